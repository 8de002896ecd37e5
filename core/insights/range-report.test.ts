/**
 * rangeReport: the ROI range and break-even of the portfolio and of each initiative with a benefit, as
 * `ld-report` prints them. Reference values are worked here from the example's inputs alone
 * (core/templates/growthcorp.ts): break-even = cost / (gross benefit × confidence), ROI = (adjusted −
 * cost) / cost, a range estimate outside 0–1 or blank falls back to the point isolation.
 */
import { GROWTHCORP, IMPACT_OPTIONAL_COLUMNS, IMPACT_TABLE } from '../templates';
import { FRAGILE_CLAIM_MARGIN, portfolioFigures, rangeReport, readFramework } from './index';
import { expectClose } from './testing/close';
import { dataRow, exampleValues, ref, setCell, sourceOf, type Values } from './testing/workbook';

function reportOf(values: Values = exampleValues()) {
  const model = readFramework(sourceOf(values)).model;
  return { report: rangeReport(model, portfolioFigures(model)), figures: portfolioFigures(model) };
}

const row = (k: number) => dataRow(IMPACT_TABLE, k);

describe('rangeReport', () => {
  it('has, for every initiative of the example, its estimates, break-even, ROI range and whether the claim is fragile', () => {
    const { report, figures } = reportOf();
    const expected = GROWTHCORP.initiatives.map((i) => {
      const { change, valuePerUnit, isolation, confidence, isolationLow, isolationHigh } = i.impact;
      const cost = Object.values(i.costs).reduce((a, b) => a + b, 0);
      const gross = change * valuePerUnit;
      const roiAt = (share: number) => (gross * share * confidence - cost) / cost;
      const breakEven = cost / (gross * confidence);
      return {
        name: i.name, isolation, isolationLow: isolationLow ?? isolation, isolationHigh: isolationHigh ?? isolation,
        breakEven, roi: roiAt(isolation), roiLow: roiAt(isolationLow ?? isolation), roiHigh: roiAt(isolationHigh ?? isolation),
        fragile: isolation >= breakEven && isolation - breakEven < 0.1,
      };
    });
    expectClose(report.initiatives, expected, { exact: true, path: 'initiatives' });
    expect(report.portfolio).toEqual({
      roi: figures.portfolioROI, roiLow: figures.portfolioROILow, roiHigh: figures.portfolioROIHigh, breakEvenAttribution: figures.breakEvenAttribution,
    });
    // The case study's return, 250%, and its break-even: 1,660,000 / 10,680,000 of the improvements (docs/templates.md).
    expect(report.portfolio.roi).toBe(2.5);
    expect(report.portfolio.breakEvenAttribution).toBeCloseTo(1660000 / 10680000, 12);
    expect(report.margin).toBe(FRAGILE_CLAIM_MARGIN);
    expect(FRAGILE_CLAIM_MARGIN).toBe(0.1);
  });

  it('leaves out an initiative without a benefit, and uses the point isolation for an estimate that is blank or not a share', () => {
    const values = exampleValues();
    setCell(values, ref(IMPACT_TABLE, 'change', row(0)), null);
    setCell(values, ref(IMPACT_TABLE, 'isolationLow', row(1)), -0.2);
    setCell(values, ref(IMPACT_TABLE, 'isolationHigh', row(1)), 1.5);
    setCell(values, ref(IMPACT_TABLE, 'isolationLow', row(2)), null);
    const { report } = reportOf(values);
    expect(report.initiatives.map((r) => r.name)).toEqual(GROWTHCORP.initiatives.slice(1).map((i) => i.name));
    const [success, third] = report.initiatives;
    const point = GROWTHCORP.initiatives[1].impact.isolation;
    expect([success.isolationLow, success.isolationHigh]).toEqual([point, point]);
    expect(third.isolationLow).toBe(GROWTHCORP.initiatives[2].impact.isolation);
    // The ends of 0–1 are shares.
    setCell(values, ref(IMPACT_TABLE, 'isolationLow', row(1)), 0);
    setCell(values, ref(IMPACT_TABLE, 'isolationHigh', row(1)), 1);
    const ends = reportOf(values).report.initiatives[0];
    expect([ends.isolationLow, ends.isolationHigh]).toEqual([0, 1]);
  });

  it('calls a claim fragile when its isolation clears break-even by less than the margin, not when it clears it by more or falls short', () => {
    // Consultative Selling Academy: break-even 410,000 / (3,600,000 × 80%) = 14.236%; its isolation is set around it.
    const breakEven = 410000 / (3600000 * 0.8);
    const fragileAt = (isolation: number) => {
      const values = exampleValues();
      setCell(values, ref(IMPACT_TABLE, 'isolation', row(0)), isolation);
      return reportOf(values).report.initiatives[0].fragile;
    };
    expect(fragileAt(breakEven)).toBe(true); // exactly at break-even: clears it by 0
    expect(fragileAt(breakEven + 0.09)).toBe(true);
    expect(fragileAt(breakEven + 0.11)).toBe(false);
    expect(fragileAt(breakEven - 0.01)).toBe(false); // short of break-even: a loss, not a fragile claim
  });

  it('reports the point as both ends for a workbook built before the range columns', () => {
    const values = exampleValues();
    for (const key of IMPACT_OPTIONAL_COLUMNS) {
      for (let r = IMPACT_TABLE.headerRow; r <= IMPACT_TABLE.lastDataRow; r++) setCell(values, `Impact!${IMPACT_TABLE.columns[key]}${r}`, null);
    }
    const { report } = reportOf(values);
    expect(report.initiatives.map((r) => [r.isolationLow, r.isolationHigh])).toEqual(GROWTHCORP.initiatives.map((i) => [i.impact.isolation, i.impact.isolation]));
    expect(report.initiatives.map((r) => r.roiLow)).toEqual(report.initiatives.map((r) => r.roi));
  });
});
