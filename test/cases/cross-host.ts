/**
 * Cross-host cases, kept as data (`{ formula, args, result }`), run against the core, the built
 * Excel bundle and the built Apps Script bundle alike. `args` are cell values as a host would pass
 * them (ranges as 2-D arrays, blanks as `null` or `''`); `result` is what every host must show, with
 * errors written `{ error: code }`. Each case's `source` says where its expected value comes from.
 */
import { CATALOGUE } from '../../core';
import type { ExampleResult } from '../../core/types';

export interface CrossHostCase {
  readonly formula: string;
  readonly name: string;
  readonly args: readonly unknown[];
  readonly result: ExampleResult;
  readonly source: string;
}

function formulaText(name: string, args: readonly unknown[]): string {
  const show = (a: unknown): string =>
    Array.isArray(a) ? `{${(a as unknown[][]).map((row) => row.map(show).join(',')).join(';')}}` : a === null ? '' : typeof a === 'boolean' ? (a ? 'TRUE' : 'FALSE') : JSON.stringify(a);
  return `=${name}(${args.map(show).join(', ')})`;
}

const documented: CrossHostCase[] = CATALOGUE.flatMap((spec) =>
  spec.examples.map((example) => ({
    formula: formulaText(spec.name, example.args),
    name: spec.name,
    args: example.args,
    result: example.result,
    source: `documented example: ${example.note}`,
  })),
);

const extra: Omit<CrossHostCase, 'formula'>[] = [
  { name: 'ROI', args: [[[300], [null], ['']], [[100], [null], [50]]], result: [[2], [''], [{ error: '#N/A' }]], source: 'spec: both blank gives blank, one blank gives #N/A' },
  { name: 'ROI', args: [[[300, 200]], [[100], [100]]], result: [[2, 1]], source: 'spec: a row pairs with a column of the same length; (300−100)/100, (200−100)/100' },
  { name: 'ROI', args: [[[300], ['abc']], 100], result: [[2], [{ error: '#VALUE!' }]], source: 'spec: text is #VALUE! in its element only' },
  { name: 'ROI', args: [[[1], [2]], [[1], [2], [3]]], result: { error: '#VALUE!' }, source: 'spec: ranges of different sizes' },
  { name: 'BCR', args: [[[350000], [120000]], 100000], result: [[3.5], [1.2]], source: "brief: GrowthCorp's 3.5x now and 1.2x before" },
  { name: 'ADJUSTED_BENEFIT', args: [200000, 0.8, 80], result: { error: '#NUM!' }, source: 'spec: confidence typed as 80 instead of 80%' },
  { name: 'PAYBACK_MONTHS', args: [60000, -1], result: { error: '#NUM!' }, source: 'spec: never pays back' },
  { name: 'PROGRAM_NPV', args: [-1, 100, [[50]]], result: { error: '#NUM!' }, source: 'spec: rate ≤ −1' },
  { name: 'PROGRAM_NPV', args: [0.08, 50000, [[20000, 25000, 30000]]], result: 13766.956256668185, source: 'independent computation (Python): −50000 + 20000/1.08 + 25000/1.08² + 30000/1.08³' },
  { name: 'PARTICIPANT_COST', args: [10, 8, 50, null], result: 4000, source: 'spec: an omitted optional argument arrives as null and takes its default 0' },
  { name: 'ALIGNMENT_SCORE', args: [[[3, 3], [null, null], [1, 'x']], [[1], [1]]], result: [[100], [''], [{ error: '#VALUE!' }]], source: 'spec: full links score 100; a blank row is blank; text is an error in its row' },
  { name: 'ALIGNMENT_SCORE', args: [[[2, 1]], [[1, 1, 1]]], result: { error: '#VALUE!' }, source: 'spec: width differs from the number of weights' },
  { name: 'ALIGNED_SHARE', args: [[[0, 2], [3, 0], [1, 1], [0, 0]]], result: 0.5, source: 'spec: 2 of 4 rows have a link of 2 or more' },
  { name: 'OBJECTIVE_COVERAGE', args: [[[0, 2, 0], [1, 0, 0]], [[3, 1, 1]]], result: 0.2, source: 'independent computation: only objective 2 (weight 1 of 5) is supported' },
  { name: 'COVERAGE_GAPS', args: [[['Revenue'], ['Cost'], ['Retention']], [[3, 0, 1], [2, 0, 0]]], result: [['Cost'], ['Retention']], source: 'spec: names spill in the orientation of objectives' },
  // Issue 11: break-even attribution, sensitivity grid, simulation.
  { name: 'BREAKEVEN_ISOLATION', args: [[[500000], [80000], ['x']], 100000, null], result: [[0.2], [1.25], [{ error: '#VALUE!' }]], source: 'issue 11: costs / (gross × 1), confidence omitted; above 1 allowed; text in its element only' },
  { name: 'BREAKEVEN_ISOLATION', args: [500000, 100000, 0], result: { error: '#DIV/0!' }, source: 'issue 11: gross_benefit × confidence = 0 gives #DIV/0!' },
  { name: 'ROI_SENSITIVITY', args: [400000, 100000, [[0.25, 0.5, 1]], [[0.5], [1]]], result: [[-0.5, 0], [0, 1], [1, 3]], source: 'independent computation: (400,000 × i × c − 100,000) / 100,000; isolation given as a row still runs down' },
  { name: 'ROI_SENSITIVITY', args: [400000, 100000, [[1], [0.5]], [[1, 2, '']]], result: [[3, { error: '#NUM!' }, ''], [1, { error: '#NUM!' }, '']], source: 'spec: confidence 2 is an error down its column; a blank confidence leaves its column blank' },
  { name: 'ROI_SENSITIVITY', args: [400000, -1, [[1]], [[1]]], result: { error: '#NUM!' }, source: 'issue 11: costs of 0 or less are errors' },
  { name: 'ROI_SIMULATE', args: [90000, 200000, 400000, 80000, 100000, 140000, 100000, 7], result: [[0.36248493426993034, 1.1139715890734703, 2.1016607386995574, 0.98766]], source: 'independent computation: test/cases/roi-simulate-reference.py (Python re-implementation of Mulberry32, inverse-CDF triangles, numpy.percentile linear)' },
  { name: 'ROI_SIMULATE', args: [50000, 120000, 200000, 90000, 100000, 130000, null, 2], result: [[-0.23748046389351823, 0.14679280026625913, 0.5691956367953048, 0.6834]], source: 'independent computation: test/cases/roi-simulate-reference.py with trials omitted (10,000), seed 2' },
  { name: 'ROI_SIMULATE', args: [250000, 250000, 250000, 100000, 100000, 100000, 100, 5], result: [[1.5, 1.5, 1.5, 1]], source: 'issue 11: a degenerate range gives exactly the point ROI (250,000 − 100,000) / 100,000' },
  { name: 'ROI_SIMULATE', args: [1, 2, 3, 0, 1, 2], result: { error: '#DIV/0!' }, source: 'issue 11: costs of 0 or less are rejected' },
  { name: 'ROI_SIMULATE', args: [1, 2, 3, 1, 2, 3, 100001], result: { error: '#NUM!' }, source: 'issue 11: trials outside 100–100,000' },
  // Issue 12: year to date, run rate, plan attainment.
  { name: 'YTD', args: [[[100], [''], [90], [70]], 3], result: 190, source: 'issue 12: months 1…3 added, the blank counting 0' },
  { name: 'YTD', args: [[[80, '', 90, '#N/A']], 3, 'average'], result: 85, source: 'issue 12: the average of the non-blank months; month 4 is not read' },
  { name: 'YTD', args: [[['', '']], 2, 'average'], result: '', source: 'issue 12: blank when all months are blank' },
  { name: 'YTD', args: [[[1, 2]], 0], result: { error: '#NUM!' }, source: 'issue 12: through_month outside 1–12 gives #NUM!' },
  { name: 'YTD', args: [[[1, 2]], 'March'], result: { error: '#NUM!' }, source: 'issue 12: through_month that is not an integer 1–12 gives #NUM!' },
  { name: 'YTD', args: [[[1, 2]], 2, 'total'], result: { error: '#VALUE!' }, source: 'issue 12: aggregation other than "sum" or "average" gives #VALUE!' },
  { name: 'RUN_RATE_FORECAST', args: [[[100, 120, 90, '', '', '']], 3], result: 1240, source: 'issue 12: 310 / 3 × 12' },
  { name: 'RUN_RATE_FORECAST', args: [[[4.2], [4.6], [4.4]], 3, 'average'], result: (4.2 + 4.6 + 4.4) / 3, source: 'issue 12: for an average the forecast is the YTD average' },
  { name: 'PLAN_ATTAINMENT', args: [[[90], [110], [0]], [[100], [100], [100]], [[false], [true], [true]]], result: [[0.9], [100 / 110], [{ error: '#DIV/0!' }]], source: 'issue 12: actual / plan; plan / actual when less is better; a zero divisor is #DIV/0!' },
  { name: 'PLAN_ATTAINMENT', args: [55000, 50000, true], result: 50000 / 55000, source: 'issue 12: less is better' },
  { name: 'PLAN_ATTAINMENT', args: [450, 0], result: { error: '#DIV/0!' }, source: 'issue 12: a zero divisor gives #DIV/0!' },
];

export const CROSS_HOST_CASES: readonly CrossHostCase[] = [
  ...documented,
  ...extra.map((c) => ({ ...c, formula: formulaText(c.name, c.args) })),
];
