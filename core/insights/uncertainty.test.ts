/**
 * The range of the return and the break-even attribution (issue 11) on the GrowthCorp example: the
 * core's figures against values worked by hand from core/templates/growthcorp.ts, their defining
 * properties, the executive summary's sentences, and a workbook built before the range columns.
 */
import { evaluate } from '../index';
import { GROWTHCORP, IMPACT_OPTIONAL_COLUMNS, IMPACT_TABLE } from '../templates';
import { checkHealth, executiveSummary, FRAGILE_CLAIM_MARGIN, portfolioFigures, readFramework } from './index';
import type { ReadResult } from './index';
import { exampleValues, setCell, sourceOf, Values } from './testing/workbook';

const TODAY = '2025-06-30';
const figuresOf = (values: Values) => portfolioFigures(readFramework(sourceOf(values)).model);

describe('GrowthCorp: ROI range and break-even attribution', () => {
  let f: ReturnType<typeof figuresOf>;
  beforeEach(() => {
    f = figuresOf(exampleValues());
  });

  it('equals the figures worked by hand from the example rows', () => {
    // Low: 3.6M×35%×80% + 1.8M×35%×80% + 1.5M×45%×90% + 1.92M×30%×75% + 1.8M×40%×75% + 1.25M×60%×80% + 1.525M×35%×80%
    //    = 1,008,000 + 504,000 + 607,500 + 432,000 + 540,000 + 600,000 + 427,000 = 4,118,500.
    // High: 1,872,000 + 864,000 + 1,012,500 + 864,000 + 945,000 + 700,000 (no high estimate: the point 70%) + 732,000 = 6,989,500.
    expect(f.adjustedBenefitsLow).toBeCloseTo(4118500, 6);
    expect(f.adjustedBenefitsHigh).toBeCloseTo(6989500, 6);
    expect(f.portfolioROILow).toBeCloseTo((4118500 - 1660000) / 1660000, 12);
    expect(f.portfolioROIHigh).toBeCloseTo((6989500 - 1660000) / 1660000, 12);
    // The point stays the case's: BCR 3.5 (5,810,000 / 1,660,000), inside the range.
    expect(f.portfolioBCR).toBe(3.5);
    expect(f.portfolioROILow!).toBeLessThan(f.portfolioROI!);
    expect(f.portfolioROIHigh!).toBeGreaterThan(f.portfolioROI!);
    // Σ gross × confidence = 2.88M + 1.44M + 1.35M + 1.44M + 1.35M + 1.0M + 1.22M = 10,680,000.
    expect(f.breakEvenAttribution).toBeCloseTo(1660000 / 10680000, 12);
  });

  it('break-even attribution: scaling every isolation share by k = costs ÷ adjusted benefits breaks even, and X = k × the (gross × confidence)-weighted mean share', () => {
    const k = f.totalInvestment / f.totalAdjustedBenefits;
    const weighted = f.initiatives.reduce((sum, x, i) => sum + x.attributable! * GROWTHCORP.initiatives[i].impact.isolation, 0);
    const attributable = f.initiatives.reduce((sum, x) => sum + x.attributable!, 0);
    expect(k * weighted).toBeCloseTo(f.totalInvestment, 6);
    expect(f.breakEvenAttribution).toBeCloseTo(k * (weighted / attributable), 12);
  });

  it("each initiative's break-even is BREAKEVEN_ISOLATION, and ROI at that share is exactly 0", () => {
    for (const x of f.initiatives) {
      const c = GROWTHCORP.initiatives[x.index].impact.confidence;
      expect(x.breakEven).toBe(evaluate('BREAKEVEN_ISOLATION', [x.grossBenefit!, x.cost, c]));
      expect(evaluate('ROI', [evaluate('ADJUSTED_BENEFIT', [x.grossBenefit!, x.breakEven!, c]) as number, x.cost]) as number).toBeCloseTo(0, 12);
      expect(GROWTHCORP.initiatives[x.index].impact.isolation - x.breakEven!).toBeGreaterThanOrEqual(FRAGILE_CLAIM_MARGIN);
    }
  });

  it('blank or unusable estimates count as the point value; no costs or no gross benefit leave break-even blank', () => {
    const values = exampleValues();
    for (const key of ['isolationLow', 'isolationHigh']) for (let k = 0; k < GROWTHCORP.initiatives.length; k++) setCell(values, `Impact!${IMPACT_TABLE.columns[key as 'isolationLow']}${IMPACT_TABLE.firstDataRow + k}`, null);
    setCell(values, `Impact!${IMPACT_TABLE.columns.isolationLow}${IMPACT_TABLE.firstDataRow}`, 'about 40%');
    const g = figuresOf(values);
    expect([g.portfolioROILow, g.portfolioROIHigh]).toEqual([g.portfolioROI, g.portfolioROI]);
    setCell(values, `Impact!${IMPACT_TABLE.columns.valuePerUnit}${IMPACT_TABLE.firstDataRow}`, null);
    expect(figuresOf(values).initiatives[0].breakEven).toBeNull();
  });

  it('the executive summary states the range and the break-even attribution in plain words', () => {
    const { model } = readFramework(sourceOf(exampleValues()));
    const text = executiveSummary(model, checkHealth(model, { today: TODAY })).paragraphs[0];
    expect(text).toContain('On the most cautious and the most generous estimates of how much of each result the programs caused, the return lies between 148% and 321%.');
    expect(text).toContain('The portfolio pays back if the programs caused at least 16% of the improvements credited to them.');
  });
});

describe('a workbook built before the range columns', () => {
  let read: ReadResult;
  beforeEach(() => {
    const values = exampleValues();
    for (const key of IMPACT_OPTIONAL_COLUMNS) {
      for (let row = IMPACT_TABLE.headerRow; row <= IMPACT_TABLE.lastDataRow; row++) setCell(values, `Impact!${IMPACT_TABLE.columns[key]}${row}`, null);
    }
    read = readFramework(sourceOf(values));
  });

  it('reads without a problem; the estimates are absent and the range is the point', () => {
    expect(read.problems).toEqual([]);
    expect(read.model.initiatives.every((i) => i.impact.isolationLow === undefined && i.impact.isolationHigh === undefined && i.derivedCells.breakEven === null)).toBe(true);
    const f = portfolioFigures(read.model);
    expect([f.portfolioROILow, f.portfolioROIHigh]).toEqual([f.portfolioROI, f.portfolioROI]);
    expect(f.breakEvenAttribution).toBeCloseTo(1660000 / 10680000, 12);
    expect(checkHealth(read.model, { today: TODAY })).toEqual([]);
  });
});
