/**
 * `evaluate` never throws (issue 10): whatever a host, a script or a fuzzer passes as the name or the
 * arguments, the result is a value a spreadsheet can show, never an exception.
 */
import fc from 'fast-check';
import { CATALOGUE, evaluate, evaluateFunction, isErrorValue } from './index';

/** A proxy whose every trap throws, standing for a host object that misbehaves. */
function throwingProxy(target: object): object {
  const boom = () => {
    throw new Error('trap');
  };
  return new Proxy(target, {
    get: boom, has: boom, ownKeys: boom, getPrototypeOf: boom, getOwnPropertyDescriptor: boom, apply: boom,
  });
}
function revokedProxy(target: object): object {
  const { proxy, revoke } = Proxy.revocable(target, {});
  revoke();
  return proxy;
}
/** Throws something that is not an Error and cannot be turned into text. */
const throwsBareObject = new Proxy({}, {
  get() {
    throw Object.create(null);
  },
});

const hostile: unknown[] = [
  Object.create(null),
  Symbol('s'),
  BigInt(10),
  () => 1,
  throwingProxy({}),
  throwingProxy([]),
  throwingProxy([[1]]),
  revokedProxy({}),
  revokedProxy([]),
  throwsBareObject,
  { error: '#N/A', message: 'looks like an error' },
  { valueOf: () => { throw new Error('valueOf'); }, toString: () => { throw new Error('toString'); } },
  [[Object.create(null)]],
  [[Symbol('cell')]],
  [[1, 2], [3]],
  [],
  [[]],
  new Date(NaN),
  NaN,
  -Infinity,
];

/** A result a host can write: a cell value, an error value, or rows of them. */
function isShowable(result: unknown): boolean {
  const cell = (v: unknown) => typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean' || isErrorValue(v);
  return cell(result) || (Array.isArray(result) && result.every((row) => Array.isArray(row) && row.every(cell)));
}

/** Hostile values are drawn by index and put in place inside the property: fast-check itself would trip on their traps. */
const HOSTILE = Symbol('hostile');
type Drawn = { readonly [HOSTILE]: number };
const hostileIndex = fc.nat({ max: hostile.length - 1 }).map((k): Drawn => ({ [HOSTILE]: k }));
const resolve = (v: unknown): unknown => {
  if (typeof v === 'object' && v !== null && HOSTILE in v) return hostile[(v as Drawn)[HOSTILE]];
  return Array.isArray(v) ? v.map(resolve) : v;
};

const names = fc.oneof(
  fc.constantFrom(...CATALOGUE.map((s) => s.name), 'ld.roi', ' bcr ', 'NOPE'),
  fc.anything(),
  hostileIndex,
);
const cells = fc.oneof(fc.anything(), hostileIndex, fc.double(), fc.string());
const args = fc.oneof(
  fc.array(fc.oneof(cells, fc.array(fc.array(cells, { maxLength: 3 }), { maxLength: 3 })), { maxLength: 6 }),
  cells,
);

test('for any name and any arguments, evaluate returns a showable value and does not throw', () => {
  fc.assert(
    fc.property(names, args, (name, given) => {
      const result = evaluate(resolve(name) as string, resolve(given) as never);
      return isShowable(result);
    }),
    { numRuns: 3000 },
  );
});

test.each(hostile.map((v, k) => [k, v]))('hostile value %#, as name, as the arguments and as a cell of every function', (_k, value) => {
  expect(isShowable(evaluate(value as string, []))).toBe(true);
  for (const spec of CATALOGUE) {
    expect(isShowable(evaluate(spec.name, value as never))).toBe(true);
    expect(isShowable(evaluate(spec.name, [value, value, value] as never))).toBe(true);
    expect(isShowable(evaluate(spec.name, [[[value]], 1] as never))).toBe(true);
  }
});

test('a name that is not text is #NAME? with a message in words, a hostile argument list #VALUE! naming the function', () => {
  expect(evaluate(Object.create(null), [])).toEqual({ error: '#NAME?', message: expect.stringMatching(/no function called an? object/) });
  expect(evaluate(Symbol('roi') as never, [])).toEqual({ error: '#NAME?', message: expect.stringMatching(/a symbol/) });
  expect(evaluate('ROI', throwingProxy([1, 2]) as never)).toEqual({ error: '#VALUE!', message: expect.stringMatching(/^ROI could not read its arguments/) });
  // Ordinary calls are untouched: (350,000 − 100,000) / 100,000 = 2.5 (the catalogue's documented example).
  expect(evaluate('ROI', [350000, 100000])).toBe(2.5);
});

test('a name that is not text is described in words in the #NAME? message', () => {
  const message = (what: string) => ({ error: '#NAME?', message: `There is no function called ${what}.` });
  expect(evaluate(42 as never, [])).toEqual(message('42'));
  expect(evaluate(true as never, [])).toEqual(message('true'));
  expect(evaluate(BigInt(7) as never, [])).toEqual(message('7'));
  expect(evaluate(null as never, [])).toEqual(message('a blank name'));
  expect(evaluate(undefined as never, [])).toEqual(message('a blank name'));
  expect(evaluate((() => 1) as never, [])).toEqual(message('a function where a name was expected'));
});

test('only a leading LD. namespace is dropped from a name', () => {
  expect(evaluate('ROILD.', [300, 100])).toMatchObject({ error: '#NAME?' });
});

test('arguments given as one value, not a list, are one argument: ALIGNED_SHARE(3) is 1 (one initiative with a primary link)', () => {
  expect(evaluate('ALIGNED_SHARE', 3 as never)).toBe(1);
});

test('evaluateFunction with a function that is not in the catalogue is #NAME? naming it', () => {
  function notInCatalogue() {
    return 1;
  }
  expect(evaluateFunction(notInCatalogue, [])).toEqual({ error: '#NAME?', message: 'There is no function called notInCatalogue.' });
  expect(evaluateFunction(Object.defineProperty(() => 1, 'name', { value: '' }), [])).toEqual({
    error: '#NAME?',
    message: 'There is no function called an unnamed function.',
  });
});
