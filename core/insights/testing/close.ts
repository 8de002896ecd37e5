/**
 * Test support: `actual` has what `expected` has, numbers equal to 12 significant digits and everything
 * else exactly; with `exact`, objects also have no other keys. The failure names the path
 * (`figures.initiatives.3.roiLow: 1.16 is not 1.1600000001`), which a deep toEqual of floats cannot.
 */
export function expectClose(actual: unknown, expected: unknown, options: { readonly exact?: boolean; readonly path?: string } = {}): void {
  const path = options.path ?? 'value';
  if (typeof expected === 'number') {
    if (typeof actual !== 'number' || Math.abs(actual - expected) > 1e-12 * Math.max(1, Math.abs(expected))) throw new Error(`${path}: ${String(actual)} is not ${expected}`);
  } else if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object') throw new Error(`${path}: ${String(actual)} is not an object`);
    if (options.exact) expect([path, Object.keys(actual).sort()]).toEqual([path, Object.keys(expected).sort()]);
    for (const [key, value] of Object.entries(expected)) expectClose((actual as Record<string, unknown>)[key], value, { ...options, path: `${path}.${key}` });
  } else {
    expect([path, actual]).toEqual([path, expected]);
  }
}
