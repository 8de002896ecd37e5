/**
 * `medianWithout`: the median of the others, from one sorted list, equals sorting the others each
 * time. Then the thresholds of the Phillips and uncertainty checks on the GrowthCorp example
 * (core/templates/growthcorp.ts), at and just past each edge.
 */
import fc from 'fast-check';
import { ALIGNMENT_TABLE, IMPACT_TABLE, ROI_TABLE } from '../templates';
import { checkHealth, readFramework, type HealthOptions } from './index';
import { medianWithout } from './phillips';
import { dataRow, exampleValues, ref, setCell, sourceOf, type Values } from './testing/workbook';

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

test('equals the median of the list with that one value removed, for every value, duplicates included', () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 2, maxLength: 30 }), (values) => {
      const sorted = [...values].sort((a, b) => a - b);
      return values.every((v, k) => medianWithout(sorted, v) === median(values.filter((_, j) => j !== k)));
    }),
  );
});

test.each([
  [[1, 2, 3, 100], 100, 2],
  [[1, 2, 3, 100], 1, 3],
  [[1, 2, 3, 4, 5], 3, 3],
  [[1, 2, 3, 4, 5], 1, 3.5],
  [[5, 5, 5, 40], 40, 5],
])('medianWithout(%j, %d) = %d', (sorted, value, expected) => {
  expect(medianWithout(sorted, value)).toBe(expected);
});

describe('the thresholds of the Phillips checks, at and past their edges', () => {
  const row = (k: number) => dataRow(ALIGNMENT_TABLE, k);
  const rules = (values: Values, options: Partial<HealthOptions> = {}) =>
    checkHealth(readFramework(sourceOf(values)).model, { today: '2025-06-30', ...options }).map((f) => `${f.rule} ${f.sheet}!${f.cell}`);

  it('calls an ROI extreme above the limit, not at it', () => {
    // Customer Success Playbook: 220,000 of costs; a change of 40 × 45,000 × 50% × 80% = 720,000 (ROI 227%).
    // At a limit of ROI 2.2727… (= (720,000 − 220,000) / 220,000) exactly, nothing; just under it, the finding.
    // (Other initiatives return more and are flagged too at such a low limit: only the Playbook's cell is looked at.)
    const roi = (720000 - 220000) / 220000;
    const playbook = (options: Partial<HealthOptions>) => rules(exampleValues(), options).filter((r) => r === `roi-extreme ROI!${ROI_TABLE.columns.roi}${row(1)}`);
    expect(playbook({ extremeROI: roi })).toEqual([]);
    expect(playbook({ extremeROI: roi - 1e-9 })).toHaveLength(1);
  });

  it('calls a benefit out of line above the factor times the median of the others, not at it', () => {
    // The others' adjusted benefits (growthcorp.ts): 1,440,000; 810,000; 720,000; 810,000; 700,000; 610,000: median 765,000.
    const values = exampleValues();
    setCell(values, ref(IMPACT_TABLE, 'change', row(1)), 40 * 2); // 1,440,000: 1.88… times 765,000
    const factor = 1440000 / 765000;
    // (The Academy's 1,440,000 stands in the same ratio to its others: both are flagged just under the factor.)
    const outliers = (factor: number) => rules(values, { outlierFactor: factor, extremeROI: 100 }).filter((r) => r.startsWith('benefit-outlier'));
    expect(outliers(factor)).toEqual([]);
    expect(outliers(factor - 1e-9)).toEqual([`benefit-outlier Impact!${IMPACT_TABLE.columns.adjustedBenefit}${row(0)}`, `benefit-outlier Impact!${IMPACT_TABLE.columns.adjustedBenefit}${row(1)}`]);
  });

  it('needs at least three other benefits to call one out of line', () => {
    const values = exampleValues();
    // Only 4 initiatives keep a benefit (3 others for the Playbook's): with 3 others it is judged, with 2 it is not.
    for (const k of [2, 3, 4]) for (const key of ['change', 'valuePerUnit']) setCell(values, ref(IMPACT_TABLE, key, row(k)), null);
    setCell(values, ref(IMPACT_TABLE, 'change', row(1)), 40000);
    const judged = rules(values, { extremeROI: 1e9 });
    expect(judged.filter((r) => r.startsWith('benefit-outlier'))).toEqual([`benefit-outlier Impact!${IMPACT_TABLE.columns.adjustedBenefit}${row(1)}`]);
    for (const key of ['change', 'valuePerUnit']) setCell(values, ref(IMPACT_TABLE, key, row(5)), null);
    expect(rules(values, { extremeROI: 1e9 }).filter((r) => r.startsWith('benefit-outlier'))).toEqual([]);
  });

  it('counts benefit years above 1 only, and a metric that names several years, but not one year', () => {
    const values = exampleValues();
    setCell(values, `Impact!R${IMPACT_TABLE.headerRow}`, 'Benefit years');
    setCell(values, `Impact!R${row(0)}`, 1);
    setCell(values, `Impact!R${row(1)}`, 1.5);
    setCell(values, `Impact!R${row(2)}`, 'two');
    expect(rules(values).filter((r) => r.startsWith('multi-year'))).toEqual([`multi-year-benefit Impact!R${row(1)}`]);
  });
});

describe('the fragile-claim and range checks, at their edges', () => {
  const row = (k: number) => dataRow(ALIGNMENT_TABLE, k);
  const rules = (values: Values) => checkHealth(readFramework(sourceOf(values)).model, { today: '2025-06-30' }).map((f) => `${f.rule} ${f.sheet}!${f.cell}`);

  it('calls a claim fragile from break-even up to, not at, 10 points above it', () => {
    // Cloud Certification Path: 180,000 of costs on 1,250,000 × 80% = 1,000,000: break-even isolation 18%.
    const values = exampleValues();
    setCell(values, ref(IMPACT_TABLE, 'isolationLow', row(5)), null);
    const at = (isolation: number) => {
      setCell(values, ref(IMPACT_TABLE, 'isolation', row(5)), isolation);
      return rules(values).filter((r) => r.startsWith('roi-fragile') || r.startsWith('roi-range'));
    };
    expect(at(0.18)).toEqual([`roi-fragile Impact!I${row(5)}`]); // exactly at break-even: ROI 0, fragile
    expect(at(0.2799)).toEqual([`roi-fragile Impact!I${row(5)}`]);
    expect(at(0.28)).toEqual([]); // 10 points above: not fragile
    expect(at(0.17)).toEqual([]); // below break-even it loses money: the audit's other checks, not this one
  });

  it('names the low estimate when the range turns negative, or the point share when the estimate is blank', () => {
    const values = exampleValues();
    setCell(values, ref(IMPACT_TABLE, 'isolationLow', row(0)), 0.1);
    expect(rules(values).filter((r) => r.startsWith('roi-range'))).toEqual([`roi-range-negative Impact!O${row(0)}`]);
  });
});
