/**
 * Bad input never crashes: for every function, text, blanks, booleans, NaN/Infinity, negative and
 * out-of-range values, mismatched shapes, host error values and a 100,000-row range each give the
 * documented spreadsheet error (or result) with a message, and nothing throws.
 */
import { CATALOGUE, evaluate, isErrorValue } from './index';
import { expectResult } from '../test/support/results';

/** A host error cell as Excel (`CustomFunctions.Error`-like), HyperFormula and Sheets' text show it. */
const excelNa = { code: '#N/A', message: '' };
const hyperFormulaDiv0 = { type: 'DIV_BY_ZERO', value: '#DIV/0!' };
const NOW = new Date(2026, 0, 15);

type Row = readonly [what: string, args: readonly unknown[], expected: unknown];

const TABLE: Record<string, readonly Row[]> = {
  ROI: [
    ['text benefits', ['lots', 100], { error: '#VALUE!' }],
    ['boolean costs', [100, true], { error: '#VALUE!' }],
    ['NaN benefits', [NaN, 100], { error: '#NUM!' }],
    ['Infinity costs', [100, Infinity], { error: '#NUM!' }],
    ['zero costs', [100, 0], { error: '#DIV/0!' }],
    ['negative costs', [100, -1], { error: '#NUM!' }],
    ['blank costs', [100, null], { error: '#N/A' }],
    ['both blank', [null, ''], ''],
    ['white space is blank', ['  ', null], ''],
    ['Excel error object', [excelNa, 100], { error: '#N/A' }],
    ['HyperFormula error', [100, hyperFormulaDiv0], { error: '#DIV/0!' }],
    ['error text from Sheets', ['#REF!', 100], { error: '#REF!' }],
    ['mismatched shapes', [[[1], [2]], [[1, 2, 3]]], { error: '#VALUE!' }],
    ['ragged range', [[[1, 2], [3]], 1], { error: '#VALUE!' }],
    ['empty range', [[], 1], { error: '#VALUE!' }],
    ['too many arguments', [1, 2, 3], { error: '#VALUE!' }],
    ['too few arguments', [1], { error: '#VALUE!' }],
    ['a date counts as its serial number', [NOW, 46037], 0],
    ['an object that is no cell value', [{ foo: 1 }, 1], { error: '#VALUE!' }],
  ],
  BCR: [
    ['text', [100, 'x'], { error: '#VALUE!' }],
    ['zero costs', [100, 0], { error: '#DIV/0!' }],
    ['negative costs', [100, -5], { error: '#NUM!' }],
    ['one blank', [null, 5], { error: '#N/A' }],
    ['error element only', [[[1], ['#N/A'], [3]], 1], [[1], [{ error: '#N/A' }], [3]]],
  ],
  NET_BENEFITS: [
    ['boolean', [false, 1], { error: '#VALUE!' }],
    ['negative costs', [1, -1], { error: '#NUM!' }],
    ['Infinity', [Infinity, 1], { error: '#NUM!' }],
  ],
  ADJUSTED_BENEFIT: [
    ['isolation typed as 80', [1000, 80, 0.9], { error: '#NUM!' }],
    ['confidence above 100%', [1000, 0.5, 1.2], { error: '#NUM!' }],
    ['negative isolation', [1000, -0.1, 0.9], { error: '#NUM!' }],
    ['text confidence', [1000, 0.5, 'high'], { error: '#VALUE!' }],
    ['two of three blank', [1000, null, ''], { error: '#N/A' }],
    ['all blank', [null, null, null], ''],
  ],
  PAYBACK_MONTHS: [
    ['never pays back', [100, 0], { error: '#NUM!' }],
    ['negative benefits', [100, -10], { error: '#NUM!' }],
    ['negative costs', [-100, 10], { error: '#NUM!' }],
    ['text', ['a', 10], { error: '#VALUE!' }],
  ],
  PROGRAM_NPV: [
    ['rate of −100%', [-1, 100, [[1]]], { error: '#NUM!' }],
    ['rate as text', ['8%', 100, [[1]]], { error: '#VALUE!' }],
    ['rate blank', [null, 100, [[1]]], { error: '#N/A' }],
    ['rate as a range', [[[0.1, 0.2]], 100, [[1]]], { error: '#VALUE!' }],
    ['negative costs', [0.1, -100, [[1]]], { error: '#NUM!' }],
    ['benefits blank', [0.1, 100, null], { error: '#N/A' }],
    ['benefits a 2-D block', [0.1, 100, [[1, 2], [3, 4]]], { error: '#VALUE!' }],
    ['benefits with text', [0.1, 100, [[1], ['x']]], { error: '#VALUE!' }],
    ['benefits with an error cell', [0.1, 100, [[1], [excelNa]]], { error: '#N/A' }],
    ['overflow', [-0.999999, 0, [Array.from({ length: 500 }, () => 1e300)]], { error: '#NUM!' }],
  ],
  PROGRAM_IRR: [
    ['zero costs', [0, [[1]]], { error: '#NUM!' }],
    ['costs as text', ['lots', [[1]]], { error: '#VALUE!' }],
    ['benefits blank', [100, null], { error: '#N/A' }],
    ['only losses', [100, [[-1, -2]]], { error: '#NUM!' }],
    ['benefits with text', [100, [['x']]], { error: '#VALUE!' }],
    ['benefits with an error cell', [100, [[hyperFormulaDiv0]]], { error: '#DIV/0!' }],
  ],
  PARTICIPANT_COST: [
    ['loading typed as 30', [10, 8, 50, 30], { error: '#NUM!' }],
    ['negative hours', [10, -8, 50], { error: '#NUM!' }],
    ['text rate', [10, 8, 'fifty'], { error: '#VALUE!' }],
    ['blank loading takes its default', [10, 8, 50, ''], 4000],
    ['required blank', [10, null, 50], { error: '#N/A' }],
  ],
  UTILITY_GAIN: [
    ['negative years', [10, -1, 0.5, 100, 0], { error: '#NUM!' }],
    ['negative sd_value', [10, 1, 0.5, -100, 0], { error: '#NUM!' }],
    ['boolean', [10, 1, true, 100, 0], { error: '#VALUE!' }],
    ['mismatched', [[[1], [2]], [[1], [2], [3]], 1, 1, 1], { error: '#VALUE!' }],
  ],
  COST_PER_PARTICIPANT: [
    ['negative participants', [100, -2], { error: '#NUM!' }],
    ['text', [100, 'ten'], { error: '#VALUE!' }],
  ],
  BREAKEVEN_BENEFIT: [
    ['confidence typed as 80', [100, 0.5, 80], { error: '#NUM!' }],
    ['negative costs', [-1, 0.5, 0.5], { error: '#NUM!' }],
  ],
  ALIGNMENT_SCORE: [
    ['strength 4', [[[4, 0]], [[1, 1]]], [[{ error: '#NUM!' }]]],
    ['strength 1.5', [[[1.5, 0]], [[1, 1]]], [[{ error: '#NUM!' }]]],
    ['negative strength', [[[-1, 0]], [[1, 1]]], [[{ error: '#NUM!' }]]],
    ['text strength', [[['high', 0]], [[1, 1]]], [[{ error: '#VALUE!' }]]],
    ['boolean strength', [[[true, 0]], [[1, 1]]], [[{ error: '#VALUE!' }]]],
    ['error cell in a strength', [[[excelNa, 0]], [[1, 1]]], [[{ error: '#N/A' }]]],
    ['weights wrong length', [[[1, 0]], [[1, 1, 1]]], { error: '#VALUE!' }],
    ['weights a 2-D block', [[[1, 0]], [[1, 1], [1, 1]]], { error: '#VALUE!' }],
    ['negative weight', [[[1, 0]], [[1, -1]]], { error: '#NUM!' }],
    ['weights all zero', [[[1, 0]], [[0, 0]]], { error: '#DIV/0!' }],
    ['weights blank', [[[1, 0]], null], { error: '#N/A' }],
    ['text weight', [[[1, 0]], [[1, 'x']]], { error: '#VALUE!' }],
    ['max_strength 0', [[[1, 0]], [[1, 1]], 0], { error: '#NUM!' }],
    ['max_strength 2.5', [[[1, 0]], [[1, 1]], 2.5], { error: '#NUM!' }],
    ['max_strength text', [[[1, 0]], [[1, 1]], 'three'], { error: '#VALUE!' }],
    ['NaN strength', [[[NaN, 0]], [[1, 1]]], [[{ error: '#NUM!' }]]],
  ],
  PORTFOLIO_ALIGNMENT: [
    ['budgets wrong length', [[[1], [2]], 1, [[1], [2], [3]]], { error: '#VALUE!' }],
    ['negative budget', [[[1], [2]], 1, [[1], [-2]]], { error: '#NUM!' }],
    ['budgets all zero', [[[1], [2]], 1, [[0], [0]]], { error: '#DIV/0!' }],
    ['text budget', [[[1], [2]], 1, [[1], ['x']]], { error: '#VALUE!' }],
    ['bad strength', [[[1], [9]], 1, [[1], [1]]], { error: '#NUM!' }],
    ['nothing to score', [[[''], ['']], 1, [[''], ['']]], { error: '#N/A' }],
  ],
  ALIGNED_SHARE: [
    ['text strength', [[[1, 'x']]], { error: '#VALUE!' }],
    ['fractional strength', [[[1, 0.5]]], { error: '#NUM!' }],
    ['min_strength text', [[[1, 0]], 'two'], { error: '#VALUE!' }],
    ['blank cells count as 0', [[[null, ''], [2, '']]], 0.5],
  ],
  OBJECTIVE_COVERAGE: [
    ['weights wrong length', [[[1, 2]], [[1]]], { error: '#VALUE!' }],
    ['weights zero', [[[1, 2]], [[0, 0]]], { error: '#DIV/0!' }],
    ['negative strength', [[[1, -2]], [[1, 1]]], { error: '#NUM!' }],
  ],
  COVERAGE_GAPS: [
    ['names wrong length', [[['A', 'B']], [[1, 2, 3]]], { error: '#VALUE!' }],
    ['names a 2-D block', [[['A', 'B'], ['C', 'D']], [[1, 2]]], { error: '#VALUE!' }],
    ['name is an error cell', [[['A', '#N/A']], [[0, 0]]], { error: '#N/A' }],
    ['objectives blank', [null, [[0]]], { error: '#N/A' }],
    ['text strength', [[['A']], [['x']]], { error: '#VALUE!' }],
  ],
  BREAKEVEN_ISOLATION: [
    ['text gross_benefit', ['lots', 100], { error: '#VALUE!' }],
    ['boolean costs', [100, true], { error: '#VALUE!' }],
    ['negative costs', [100, -1], { error: '#NUM!' }],
    ['confidence typed as 80', [100, 10, 80], { error: '#NUM!' }],
    ['negative confidence', [100, 10, -0.1], { error: '#NUM!' }],
    ['zero gross benefit', [0, 10], { error: '#DIV/0!' }],
    ['negative gross benefit', [-100, 10], { error: '#NUM!' }],
    ['blank costs', [100, null], { error: '#N/A' }],
    ['all blank', [null, '', null], ''],
    ['Excel error object', [excelNa, 100], { error: '#N/A' }],
    ['mismatched ranges', [[[1], [2]], [[1], [2], [3]]], { error: '#VALUE!' }],
    ['error element only', [[[100], ['#DIV/0!'], [400]], 100], [[1], [{ error: '#DIV/0!' }], [0.25]]],
    ['too many arguments', [1, 2, 3, 4], { error: '#VALUE!' }],
  ],
  ROI_SENSITIVITY: [
    ['costs zero', [100, 0, [[0.5]], [[0.5]]], { error: '#DIV/0!' }],
    ['costs negative', [100, -5, [[0.5]], [[0.5]]], { error: '#NUM!' }],
    ['gross_benefit text', ['x', 5, [[0.5]], [[0.5]]], { error: '#VALUE!' }],
    ['gross_benefit blank', [null, 5, [[0.5]], [[0.5]]], { error: '#N/A' }],
    ['gross_benefit a range', [[[1, 2]], 5, [[0.5]], [[0.5]]], { error: '#VALUE!' }],
    ['isolation a 2-D block', [100, 5, [[0.5, 0.5], [0.5, 0.5]], [[0.5]]], { error: '#VALUE!' }],
    ['isolation blank', [100, 5, null, [[0.5]]], { error: '#N/A' }],
    ['isolation typed as 80', [100, 50, [[80], [0.5]], [[1]]], [[{ error: '#NUM!' }], [0]]],
    ['negative confidence', [100, 50, [[1]], [[-0.5, 1]]], [[{ error: '#NUM!' }, 1]]],
    ['text confidence', [100, 50, [[1]], [['high', 1]]], [[{ error: '#VALUE!' }, 1]]],
    ['error cell in isolation', [100, 50, [[excelNa], [1]], [[1]]], [[{ error: '#N/A' }], [1]]],
    ['costs an error cell', [100, hyperFormulaDiv0, [[1]], [[1]]], { error: '#DIV/0!' }],
    ['too few arguments', [100, 50, [[1]]], { error: '#VALUE!' }],
  ],
  ROI_SIMULATE: [
    ['benefit low above likely', [3, 2, 4, 1, 1, 1], { error: '#NUM!' }],
    ['benefit likely above high', [1, 5, 4, 1, 1, 1], { error: '#NUM!' }],
    ['cost low above likely', [1, 2, 3, 2, 1, 3], { error: '#NUM!' }],
    ['cost likely above high', [1, 2, 3, 1, 4, 3], { error: '#NUM!' }],
    ['cost of 0', [1, 2, 3, 0, 1, 2], { error: '#DIV/0!' }],
    ['negative cost', [1, 2, 3, -1, 1, 2], { error: '#NUM!' }],
    ['99 trials', [1, 2, 3, 1, 1, 2, 99], { error: '#NUM!' }],
    ['100,001 trials', [1, 2, 3, 1, 1, 2, 100001], { error: '#NUM!' }],
    ['fractional trials', [1, 2, 3, 1, 1, 2, 1000.5], { error: '#NUM!' }],
    ['text trials', [1, 2, 3, 1, 1, 2, 'many'], { error: '#VALUE!' }],
    ['negative seed', [1, 2, 3, 1, 1, 2, 100, -1], { error: '#NUM!' }],
    ['fractional seed', [1, 2, 3, 1, 1, 2, 100, 0.5], { error: '#NUM!' }],
    ['text benefit', ['x', 2, 3, 1, 1, 2], { error: '#VALUE!' }],
    ['blank benefit', [1, null, 3, 1, 1, 2], { error: '#N/A' }],
    ['boolean cost', [1, 2, 3, true, 1, 2], { error: '#VALUE!' }],
    ['error cell', [1, 2, excelNa, 1, 1, 2], { error: '#N/A' }],
    ['a range for one value', [[[1, 2]], 2, 3, 1, 1, 2], { error: '#VALUE!' }],
    ['Infinity', [1, 2, Infinity, 1, 1, 2], { error: '#NUM!' }],
    ['blank trials and seed take their defaults', [120, 120, 120, 100, 100, 100, '', ''], [[0.2, 0.2, 0.2, 1]]],
  ],
  YTD: [
    ['through_month 0', [[[1, 2]], 0], { error: '#NUM!' }],
    ['through_month 13', [[[1, 2]], 13], { error: '#NUM!' }],
    ['through_month 2.5', [[[1, 2]], 2.5], { error: '#NUM!' }],
    ['through_month negative', [[[1, 2]], -1], { error: '#NUM!' }],
    ['through_month text', [[[1, 2]], 'March'], { error: '#NUM!' }],
    ['through_month blank', [[[1, 2]], null], { error: '#NUM!' }],
    ['through_month TRUE', [[[1, 2]], true], { error: '#NUM!' }],
    ['through_month an error cell keeps its code', [[[1, 2]], excelNa], { error: '#N/A' }],
    ['aggregation "median"', [[[1, 2]], 2, 'median'], { error: '#VALUE!' }],
    ['aggregation a number', [[[1, 2]], 2, 1], { error: '#VALUE!' }],
    ['13 months', [[Array(13).fill(1)], 12], { error: '#VALUE!' }],
    ['a 2-D block', [[[1, 2], [3, 4]], 2], { error: '#VALUE!' }],
    ['text in a month read', [[[1, 'n/a']], 2], { error: '#VALUE!' }],
    ['an error cell in a month read', [[[1, hyperFormulaDiv0]], 2], { error: '#DIV/0!' }],
    ['boolean in a month read', [[[true, 1]], 2], { error: '#VALUE!' }],
    ['monthly_actuals blank', [null, 2], { error: '#N/A' }],
    ['an error after through_month is not read', [[[1, 2, '#REF!']], 2], 3],
  ],
  RUN_RATE_FORECAST: [
    ['through_month 0', [[[1, 2]], 0], { error: '#NUM!' }],
    ['through_month 12.5', [[[1, 2]], 12.5], { error: '#NUM!' }],
    ['through_month text', [[[1, 2]], '3'], { error: '#NUM!' }],
    ['aggregation "mean"', [[[1, 2]], 2, 'mean'], { error: '#VALUE!' }],
    ['13 months', [[Array(13).fill(1)], 3], { error: '#VALUE!' }],
    ['text in a month read', [[['x']], 1], { error: '#VALUE!' }],
    ['too many arguments', [[[1]], 1, 'sum', 4], { error: '#VALUE!' }],
  ],
  PLAN_ATTAINMENT: [
    ['zero plan', [10, 0], { error: '#DIV/0!' }],
    ['zero actual, less is better', [0, 10, true], { error: '#DIV/0!' }],
    ['text actual', ['ten', 10], { error: '#VALUE!' }],
    ['boolean plan', [10, true], { error: '#VALUE!' }],
    ['flag 2', [10, 10, 2], { error: '#VALUE!' }],
    ['flag as other text', [10, 10, 'yes'], { error: '#VALUE!' }],
    ['blank flag is FALSE', [10, 20, ''], 0.5],
    ['plan blank', [10, null], { error: '#N/A' }],
    ['all blank', [null, null, null], ''],
    ['mismatched ranges', [[[1], [2]], [[1, 2, 3]]], { error: '#VALUE!' }],
    ['error element only', [[[1], [excelNa]], 2], [[0.5], [{ error: '#N/A' }]]],
    ['flag error cell', [1, 2, '#N/A'], { error: '#N/A' }],
  ],
};

test('every function has a bad-input table', () => {
  expect(Object.keys(TABLE).sort()).toEqual(CATALOGUE.map((s) => s.name).sort());
});

describe.each(Object.entries(TABLE))('%s', (name, rows) => {
  test.each(rows.map((r) => [r[0], r[1], r[2]] as const))('%s', (_what, args, expected) => {
    let result: unknown;
    expect(() => {
      result = evaluate(name, args as never);
    }).not.toThrow();
    expectResult(result, expected);
  });
});

describe('messages a person understands', () => {
  test.each([
    ['ADJUSTED_BENEFIT', [1000, 80, 0.9], /isolation.*80%.*not 80/],
    ['ROI', [100, 0], /costs is 0; costs must be greater than 0/],
    ['ROI', [[[1], ['abc']], 1], /benefits \(row 2\) must be a number, but it is the text "abc"/],
    ['ROI', [100, null], /costs is blank/],
    ['PAYBACK_MONTHS', [100, 0], /never pays back/],
    ['ALIGNMENT_SCORE', [[[1, 0], [0, 5]], [[1, 1]]], /row 2, column 2.*outside 0 to 3/],
    ['ROI', [[[1], [2]], [[1, 2, 3]]], /benefits is 2 rows by 1 column but costs is 1 row by 3 columns/],
    ['ROI_SIMULATE', [3, 2, 4, 1, 1, 1], /benefit_low, benefit_likely and benefit_high must be in order/],
    ['ROI_SIMULATE', [1, 2, 3, 1, 1, 2, 50], /trials must be a whole number from 100 to 100,000/],
    ['ROI_SENSITIVITY', [100, 50, [[1], [80]], [[1]]], /isolation_values \(row 2\) must be a fraction between 0 and 1: enter 80%/],
    ['ROI_SENSITIVITY', [100, 50, [[1]], [[1, 'x']]], /confidence_values \(column 2\) must be a number/],
    ['BREAKEVEN_ISOLATION', [0, 10], /gross_benefit × confidence is 0/],
    ['YTD', [[[1]], 13], /through_month must be a whole number from 1 to 12/],
    ['YTD', [[[1]], 1, 'median'], /aggregation must be "sum" or "average", but it is the text "median"/],
    ['YTD', [[Array(13).fill(1)], 1], /at most 12 months/],
    ['YTD', [[[1, 'x']], 2], /monthly_actuals \(column 2\) must be a number/],
    ['PLAN_ATTAINMENT', [1, 1, 'yes'], /less_is_better must be TRUE or FALSE/],
    ['PLAN_ATTAINMENT', [1, 0], /plan is 0/],
  ])('%s %j', (name, args, pattern) => {
    const result = evaluate(name, args as never);
    const error = isErrorValue(result) ? result : (result as unknown[][]).flat().find(isErrorValue);
    expect(error?.message).toMatch(pattern);
  });
});

describe('100,000-row ranges', () => {
  const N = 100_000;
  let benefits: number[][];
  let costs: number[][];
  beforeAll(() => {
    benefits = Array.from({ length: N }, (_, i) => [1000 + i]);
    costs = Array.from({ length: N }, (_, i) => [i % 1000 === 999 ? 0 : 500]);
  });

  test('ROI spills 100,000 results; the zero-cost rows alone are #DIV/0!', () => {
    const result = evaluate('ROI', [benefits, costs]) as unknown[][];
    expect(result).toHaveLength(N);
    expect(result[0][0]).toBeCloseTo((1000 - 500) / 500, 12);
    expect(result[N - 1][0]).toMatchObject({ error: '#DIV/0!' });
    expect(result.filter((row) => isErrorValue(row[0]))).toHaveLength(N / 1000);
  });

  test('ALIGNMENT_SCORE over 100,000 initiatives × 12 objectives', () => {
    const strengths = Array.from({ length: N }, (_, i) => Array.from({ length: 12 }, (_, j) => (i + j) % 4));
    const weights = [Array.from({ length: 12 }, (_, j) => j + 1)];
    const result = evaluate('ALIGNMENT_SCORE', [strengths, weights]) as number[][];
    expect(result).toHaveLength(N);
    const expected0 = (100 * weights[0].reduce((s, w, j) => s + w * (j % 4), 0)) / (3 * 78);
    expect(result[0][0]).toBeCloseTo(expected0, 10);
  });

  test('PROGRAM_NPV over 100,000 years stays finite', () => {
    const result = evaluate('PROGRAM_NPV', [0.05, 1000, benefits]);
    expect(typeof result).toBe('number');
    // Σ (1000 + t − 1) xᵗ with x = 1/1.05 converges to 1000·Σxᵗ + Σt·xᵗ − Σxᵗ,
    // where Σxᵗ = 1/r and Σt·xᵗ = (1 + r)/r² (geometric series, r = 5%): 20,000 + 420 − 20.
    expect(result as number).toBeCloseTo(-1000 + 1000 / 0.05 + 1.05 / 0.05 ** 2 - 1 / 0.05, 6);
  });
});

describe('extreme numbers: a result that overflows is #NUM! with a message, never Infinity or NaN', () => {
  const TOO_LARGE = 'The result is too large to show as a number; check the inputs for extreme values.';
  test.each([
    // Each true result is beyond ±1.8e308, the largest double: 1e308 / 1e-308 is 1e616.
    ['ROI', [1e308, 1e-308]],
    ['ROI', [1, 5e-324]], // a denormal cost: 1 / 5e-324 overflows
    ['BCR', [1e308, 1e-10]],
    ['NET_BENEFITS', [-1.7e308, 1.7e308]],
    ['PAYBACK_MONTHS', [1e308, 1e-308]],
    ['PARTICIPANT_COST', [1e308, 10, 10]],
    ['UTILITY_GAIN', [1e308, 1e308, 1, 1, 0]],
    ['COST_PER_PARTICIPANT', [1e308, 1e-308]],
    ['BREAKEVEN_ISOLATION', [1e-308, 1e308]],
    ['PLAN_ATTAINMENT', [1e308, 1e-308]],
    ['PROGRAM_NPV', [0, 0, [[1e308, 1e308]]]],
    ['YTD', [[[1e308, 1e308]], 2]],
    ['RUN_RATE_FORECAST', [[[1e308]], 1]],
  ])('%s %j', (name, args) => {
    expect(evaluate(name, args as never)).toEqual({ error: '#NUM!', message: TOO_LARGE });
  });

  test('in a spilled result only the overflowing cell is #NUM!: (1e308 − 1e-300) / 1e-300 overflows, (3 − 1) / 1 = 2 does not', () => {
    expect(evaluate('ROI', [[[1e308], [3]], [[1e-300], [1]]])).toEqual([[{ error: '#NUM!', message: TOO_LARGE }], [2]]);
    expect(evaluate('ROI_SENSITIVITY', [1e308, 1e-300, [[1], [0]], [[1]]])).toEqual([[{ error: '#NUM!', message: TOO_LARGE }], [-1]]);
  });

  test('the largest finite inputs that do not overflow stay numbers: 1.7e308 − 0, and −0 as benefits is ROI −1', () => {
    expect(evaluate('NET_BENEFITS', [1.7e308, 0])).toBe(1.7e308);
    expect(evaluate('ROI', [-0, 1])).toBe(-1);
    expect(evaluate('ROI', [5e-324, 5e-324])).toBe(0); // denormals divide exactly: (d − d) / d
  });
});

describe('function names', () => {
  test.each([' roi ', 'Roi', 'ld.roi', 'Ld.Roi', ' LD.ROI\n', '\u00a0ROI'])('%j is ROI: (300 − 100) / 100 = 2', (name) => {
    expect(evaluate(name, [300, 100])).toBe(2);
  });
  test.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'LD.', 'LD.LD.ROI', 'R OI', 'ld. roi', ''])(
    '%j is no function (no lookup reaches an object prototype)',
    (name) => {
      expect(evaluate(name, [300, 100])).toEqual({ error: '#NAME?', message: `There is no function called ${name}.` });
    },
  );
});

describe('a million cells', () => {
  const N = 1_000_000;
  let row: number[];
  beforeAll(() => {
    row = Array.from({ length: N }, (_, i) => i);
  });

  test('ROI over one row of a million benefits against one cost: one row of a million results, no stack overflow', () => {
    const result = evaluate('ROI', [[row], 100]) as number[][];
    expect(result).toHaveLength(1);
    expect(result[0]).toHaveLength(N);
    expect(result[0][N - 1]).toBe((N - 1 - 100) / 100);
  });

  test('PROGRAM_NPV over a million years at 0%: the benefits add up, Σ 0…999,999 = 999,999 × 1,000,000 / 2', () => {
    expect(evaluate('PROGRAM_NPV', [0, 0, [row]])).toBe((N - 1) * N / 2);
  });
});

describe('messages, word for word', () => {
  test.each([
    ['a percentage typed as a whole number suggests the fraction', 'ADJUSTED_BENEFIT', [1000, 100, 1], 'isolation must be a fraction between 0 and 1: enter 100% (or 1), not 100.'],
    ['beyond 100 there is nothing to suggest', 'ADJUSTED_BENEFIT', [1000, 150, 1], 'isolation must be a fraction between 0 and 1 (for example 80% or 0.8).'],
    ['below 0 neither', 'ADJUSTED_BENEFIT', [1000, 0.5, -0.2], 'confidence must be a fraction between 0 and 1 (for example 80% or 0.8).'],
    ['three blanks are listed with commas and "and"', 'UTILITY_GAIN', [10, null, null, null, 0], 'years, effect_size and sd_value are blank; enter values to get a result.'],
    ['one required argument is "argument", not "arguments"', 'ALIGNED_SHARE', [], 'ALIGNED_SHARE needs at least 1 argument.'],
    ['a blank reporting month is called blank', 'YTD', [[[1]], null], 'through_month must be a whole number from 1 to 12 (the last month reported), but it is blank.'],
  ])('%s', (_what, name, args, message) => {
    const result = evaluate(name, args as never);
    expect(isErrorValue(result) ? result.message : result).toBe(message);
  });
});
