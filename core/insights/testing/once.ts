/**
 * Test support: a fixture built on first use and then kept. A test file builds its fixtures through
 * this (or in a `beforeAll`), never at module scope or in a `describe` body: mutation testing loads
 * every related test file for each mutant with all but a few tests filtered out, and work done at
 * collection time is paid even when no test of the file runs.
 *
 * A fixture is an input (the example's values, a spec). The code a test checks runs inside the test
 * or a `beforeEach`: Stryker runs a mutant only against the tests whose own code reached it, and a
 * `beforeAll` (or a cached result) belongs to no test, so its checks would never meet the mutant.
 *
 * ```ts
 * const spec = once(() => buildWorkbookSpec('growthcorp'));
 * it('...', () => expect(spec().sheets).toHaveLength(10));
 * ```
 */
export function once<T>(build: () => T): () => T {
  let built = false;
  let value: T;
  return () => {
    if (!built) {
      value = build();
      built = true;
    }
    return value;
  };
}
