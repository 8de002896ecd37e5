/**
 * The built functions.js, loaded as Excel loads it and called as Excel calls it (arguments shaped by
 * functions.json, null for omitted optional ones, an invocation object last), on the shared
 * cross-host cases; plus what is special to Excel: error cells in input ranges, error codes and
 * which of them may carry a message.
 */
import { CATALOGUE } from '../../core';
import { CROSS_HOST_CASES } from '../../test/cases/cross-host';
import { buildFunctionsJson } from '../functions/metadata';
import { closeTo } from '../../test/support/results';
import { ensureExcelBuild } from './ensure-built';
import { ExcelError, asCrossHost, callAsExcel, loadBuiltFunctions, type LoadedBundle } from './excel-runtime';

let bundle: LoadedBundle;

beforeAll(() => {
  ensureExcelBuild();
  bundle = loadBuiltFunctions();
});

/** Codes whose custom message Excel shows; for the others it ignores one, so we send none. */
const WITH_MESSAGE = new Set(['#VALUE!', '#N/A']);

function compare(actual: unknown, expected: unknown, where: string): string | undefined {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) return `${where}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`;
    for (let r = 0; r < expected.length; r++) {
      const want = expected[r] as unknown[];
      const got = actual[r] as unknown[];
      if (!Array.isArray(got) || got.length !== want.length) return `${where}[${r}]: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`;
      for (let c = 0; c < want.length; c++) {
        const d = compare(got[c], want[c], `${where}[${r}][${c}]`);
        if (d) return d;
      }
    }
    return undefined;
  }
  if (expected !== null && typeof expected === 'object' && 'error' in expected) {
    const code = (expected as { error: string }).error;
    const got = actual as { error?: string; message?: string };
    if (!got || got.error !== code) return `${where}: expected ${code}, got ${JSON.stringify(actual)}`;
    if (WITH_MESSAGE.has(code) && (got.message ?? '').trim().length < 10) return `${where}: ${code} should carry the core's message`;
    if (!WITH_MESSAGE.has(code) && got.message) return `${where}: Excel ignores a message on ${code}; none should be sent`;
    return undefined;
  }
  if (typeof expected === 'number') {
    return typeof actual === 'number' && closeTo(actual, expected) ? undefined : `${where}: expected ${expected}, got ${JSON.stringify(actual)}`;
  }
  return actual === expected ? undefined : `${where}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`;
}

describe('functions.json', () => {
  test('is exactly what the catalogue generates (fails when either drifts)', () => {
    expect(bundle.metadata).toEqual(buildFunctionsJson(CATALOGUE));
  });

  test('states every catalogue function, parameter and description, independently of the generator', () => {
    expect(bundle.metadata.allowErrorForDataTypeAny).toBe(true);
    expect(bundle.metadata.functions.map((f) => f.id)).toEqual(CATALOGUE.map((s) => s.name));
    for (const spec of CATALOGUE) {
      const f = bundle.metadata.functions.find((x) => x.id === spec.name)!;
      expect(f.id).toMatch(/^[A-Z][A-Z0-9_.]*$/);
      expect(f.name).toBe(spec.name);
      expect(f.description).toBe(spec.description);
      expect(f.result.dimensionality).toBe(spec.spills ? 'matrix' : 'scalar');
      expect((f as { options?: { volatile?: boolean } }).options?.volatile).toBeUndefined();
      expect(f.parameters.map((p) => [p.name, p.description, p.dimensionality, p.optional === true])).toEqual(
        spec.params.map((p) => [p.name, p.description, p.range ? 'matrix' : 'scalar', p.optional === true]),
      );
      // Excel requires optional parameters to come last.
      const firstOptional = f.parameters.findIndex((p) => p.optional);
      if (firstOptional >= 0) expect(f.parameters.slice(firstOptional).every((p) => p.optional)).toBe(true);
    }
  });
});

describe('the built functions.js in an Excel-like runtime', () => {
  test('registers exactly the functions of functions.json and leaks no globals', () => {
    expect([...bundle.functions.keys()].sort()).toEqual(bundle.metadata.functions.map((f) => f.id).sort());
    expect(bundle.leakedGlobals).toEqual([]);
  });

  test.each(CROSS_HOST_CASES.map((c) => [c.formula, c] as const))('%s', (_formula, c) => {
    const result = callAsExcel(bundle, c.name, c.args);
    const shown = asCrossHost(result, !Array.isArray(c.result));
    const d = compare(shown, c.result, c.formula);
    if (d) throw new Error(`${d} (source: ${c.source})`);
  });

  test('a spilling function returns rows even for one value, so Excel always gets the declared shape', () => {
    expect(callAsExcel(bundle, 'ROI', [350000, 100000])).toEqual([[2.5]]);
    expect(callAsExcel(bundle, 'PROGRAM_NPV', [0, 100, [[60, 60]]])).toBe(20);
  });

  test('an error cell in an input range is an error in that element only, with a message', () => {
    const result = callAsExcel(bundle, 'ROI', [[[300], [new ExcelError('#N/A')], [200]], 100]) as unknown[][];
    expect(result[0][0]).toBe(2);
    expect(result[2][0]).toBe(1);
    expect(result[1][0]).toBeInstanceOf(ExcelError);
    expect(result[1][0]).toMatchObject({ code: '#N/A' });
    expect((result[1][0] as ExcelError).message).toMatch(/benefits \(row 2\) is an error \(#N\/A\)/);
  });

  test("an error cell in Excel's data-type form (errorType / basicValue) is read too", () => {
    const divZero = { type: 'Error', basicType: 'Error', basicValue: '#DIV/0!', errorType: 'Div0' };
    const result = callAsExcel(bundle, 'BCR', [[[350], [120]], [[100], [divZero]]]) as unknown[][];
    expect(result[0][0]).toBe(3.5);
    expect(result[1][0]).toEqual(new ExcelError('#DIV/0!'));
  });

  test('codes Excel cannot output (#REF!, #NAME?) become #VALUE! whose message names the original', () => {
    const result = callAsExcel(bundle, 'NET_BENEFITS', [new ExcelError('#REF!'), 10]) as unknown[][];
    expect(result[0][0]).toBeInstanceOf(ExcelError);
    expect((result[0][0] as ExcelError).code).toBe('#VALUE!');
    expect((result[0][0] as ExcelError).message).toMatch(/^#REF!: benefits is an error \(#REF!\)/);
  });

  test('#NUM! and #DIV/0! carry no message (Excel would ignore it); #VALUE! and #N/A carry the core message', () => {
    const num = (callAsExcel(bundle, 'ADJUSTED_BENEFIT', [500000, 60, 0.8]) as unknown[][])[0][0] as ExcelError;
    expect(num).toEqual(new ExcelError('#NUM!'));
    expect(num.message).toBeUndefined();
    const value = (callAsExcel(bundle, 'ROI', ['lots', 100]) as unknown[][])[0][0] as ExcelError;
    expect(value.code).toBe('#VALUE!');
    expect(value.message).toBe('benefits must be a number, but it is the text "lots".');
    const na = (callAsExcel(bundle, 'ROI', [300, null]) as unknown[][])[0][0] as ExcelError;
    expect(na.code).toBe('#N/A');
    expect(na.message).toMatch(/costs is blank/);
  });

  test('omitted optional arguments arrive as null and take their defaults; blanks stay blank', () => {
    expect(callAsExcel(bundle, 'PARTICIPANT_COST', [25, 16, 45])).toEqual([[18000]]);
    expect(callAsExcel(bundle, 'ALIGNED_SHARE', [[[3, 2, 0], [0, 0, 1]]])).toBe(0.5);
    expect(callAsExcel(bundle, 'ROI', [[[''], [null]], [[''], [null]]])).toEqual([[''], ['']]);
  });

  test('the invocation object is dropped even when trailing optional arguments are not passed at all', () => {
    const fn = bundle.functions.get('PARTICIPANT_COST')!;
    const invocation = { address: 'Sheet1!B2', functionName: 'LD.PARTICIPANT_COST' };
    expect(fn(25, 16, 45, invocation)).toEqual([[18000]]);
    expect(fn(25, 16, 45, null, invocation)).toEqual([[18000]]);
    expect(fn(25, 16, 45, 0.3, {})).toEqual([[23400]]);
    expect(bundle.functions.get('ALIGNED_SHARE')!([[3, 2, 0], [0, 0, 1]], invocation)).toBe(0.5);
  });

  test('the uncertainty and reporting functions: declared shapes, TRUE/FALSE flags, omitted trials and seed', () => {
    const simulated = callAsExcel(bundle, 'ROI_SIMULATE', [90000, 200000, 400000, 80000, 100000, 140000]) as number[][];
    expect(simulated).toHaveLength(1);
    expect(simulated[0]).toHaveLength(4);
    expect(simulated).toEqual(callAsExcel(bundle, 'ROI_SIMULATE', [90000, 200000, 400000, 80000, 100000, 140000, 10000, 1]));
    expect(callAsExcel(bundle, 'ROI_SIMULATE', [3, 2, 4, 1, 1, 1])).toEqual([[new ExcelError('#NUM!')]]);
    expect(callAsExcel(bundle, 'YTD', [[[100, 120, 90]], 2])).toBe(220);
    expect(callAsExcel(bundle, 'RUN_RATE_FORECAST', [[[100, 120, 90]], 2])).toBe(1320);
    const na = callAsExcel(bundle, 'YTD', [[[1]], 1, 'median']) as ExcelError;
    expect(na.code).toBe('#VALUE!');
    expect(na.message).toMatch(/aggregation must be "sum" or "average"/);
    expect(callAsExcel(bundle, 'PLAN_ATTAINMENT', [[[40], [40]], 50, [[true], [false]]])).toEqual([[1.25], [0.8]]);
    expect(callAsExcel(bundle, 'BREAKEVEN_ISOLATION', [500000, 100000])).toEqual([[0.2]]);
    expect(callAsExcel(bundle, 'ROI_SENSITIVITY', [300000, 100000, [[1], [0.5]], [[1, 0.5]]])).toEqual([[2, 0.5], [0.5, -0.25]]);
  });

  test('a whole 10,000-row range goes through in one call', () => {
    const benefits = Array.from({ length: 10000 }, (_, i) => [200 + i]);
    const costs = Array.from({ length: 10000 }, () => [100]);
    const result = callAsExcel(bundle, 'ROI', [benefits, costs]) as number[][];
    expect(result).toHaveLength(10000);
    expect(result[9999][0]).toBeCloseTo((10199 - 100) / 100, 12);
  });
});
