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
    Array.isArray(a) ? `{${(a as unknown[][]).map((row) => row.map(show).join(',')).join(';')}}` : a === null ? '' : JSON.stringify(a);
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
];

export const CROSS_HOST_CASES: readonly CrossHostCase[] = [
  ...documented,
  ...extra.map((c) => ({ ...c, formula: formulaText(c.name, c.args) })),
];
