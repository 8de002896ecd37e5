/**
 * portfolioFigures against figures worked out here from the example's inputs alone
 * (core/templates/growthcorp.ts), with the formulas the module comments and the function catalogue
 * state: every initiative's benefit, cost, ratios, payback, range and break-even, every objective's
 * share of cost and benefit by link points, and the portfolio totals (the brief's case study:
 * $1,660,000 invested, $5,810,000 returned, BCR 3.5x, 100% aligned). Then the edges, on planted copies.
 */
import { ALIGNMENT_TABLE, GROWTHCORP, IMPACT_TABLE, LINK_COLUMNS, PLAN_TABLE, ROI_TABLE, STRATEGY_TABLE } from '../templates';
import { initiativeFigures, portfolioFigures, readFramework } from './index';
import { expectClose } from './testing/close';
import { dataRow, exampleValues, ref, setCell, sourceOf, type Values } from './testing/workbook';

const figuresOf = (values: Values = exampleValues(), excludeBenefits?: number[]) => portfolioFigures(readFramework(sourceOf(values)).model, { excludeBenefits });
const row = (k: number) => dataRow(ALIGNMENT_TABLE, k);

function reference() {
  const weights = GROWTHCORP.objectives.map((o) => o.weight);
  const weightSum = weights.reduce((a, b) => a + b, 0);
  const initiatives = GROWTHCORP.initiatives.map((i, index) => {
    const { change, valuePerUnit, isolation, confidence, isolationLow, isolationHigh } = i.impact;
    const cost = Object.values(i.costs).reduce((a, b) => a + b, 0);
    const gross = change * valuePerUnit;
    const adjusted = gross * isolation * confidence;
    const adjustedLow = gross * (isolationLow ?? isolation) * confidence;
    const adjustedHigh = gross * (isolationHigh ?? isolation) * confidence;
    const linkPoints = i.links.reduce((a, b) => a + b, 0);
    return {
      index, name: i.name, grossBenefit: gross, adjustedBenefit: adjusted, benefitProblem: null, cost,
      net: adjusted - cost, bcr: adjusted / cost, roi: (adjusted - cost) / cost, paybackMonths: (cost / adjusted) * 12,
      adjustedLow, adjustedHigh, roiLow: (adjustedLow - cost) / cost, roiHigh: (adjustedHigh - cost) / cost,
      breakEven: cost / (gross * confidence), attributable: gross * confidence,
      alignmentScore: (100 * i.links.reduce((s, v, j) => s + v * weights[j], 0)) / (3 * weightSum),
      strongestLink: Math.max(...i.links), aligned: Math.max(...i.links) >= 2,
      strengths: Object.fromEntries(i.links.map((v, j) => [j + 1, v])), linkPoints,
    };
  });
  const objectives = GROWTHCORP.objectives.map((o, j) => {
    const strongest = Math.max(...GROWTHCORP.initiatives.map((i) => i.links[j]));
    return {
      slot: j + 1, name: o.objective, weight: o.weight, strongestLink: strongest, supported: strongest >= 2,
      investment: initiatives.reduce((s, f) => s + (f.cost * GROWTHCORP.initiatives[f.index].links[j]) / f.linkPoints, 0),
      benefits: initiatives.reduce((s, f) => s + (f.adjustedBenefit * GROWTHCORP.initiatives[f.index].links[j]) / f.linkPoints, 0),
      initiatives: GROWTHCORP.initiatives.filter((i) => i.links[j] >= 2).length,
      changeToDate: (o.current - o.baseline) / Math.abs(o.baseline),
      progressToTarget: (o.current - o.baseline) / (o.target - o.baseline),
    };
  });
  const investment = initiatives.reduce((s, f) => s + f.cost, 0);
  const benefits = initiatives.reduce((s, f) => s + f.adjustedBenefit, 0);
  const low = initiatives.reduce((s, f) => s + f.adjustedLow, 0);
  const high = initiatives.reduce((s, f) => s + f.adjustedHigh, 0);
  const budgets = GROWTHCORP.initiatives.map((i) => i.budget);
  const thisBudget = budgets.reduce((a, b) => a + b, 0);
  const nextBudget = GROWTHCORP.initiatives.reduce((s, i) => s + i.nextBudget, 0);
  return {
    initiatives, objectives,
    totalInvestment: investment, totalAdjustedBenefits: benefits, netBenefits: benefits - investment,
    portfolioROI: (benefits - investment) / investment, portfolioBCR: benefits / investment,
    adjustedBenefitsLow: low, adjustedBenefitsHigh: high, portfolioROILow: (low - investment) / investment, portfolioROIHigh: (high - investment) / investment,
    breakEvenAttribution: investment / initiatives.reduce((s, f) => s + f.attributable, 0),
    alignedShare: initiatives.filter((f) => f.aligned).length / initiatives.length,
    objectiveCoverage: objectives.filter((o) => o.supported).reduce((s, o) => s + o.weight, 0) / weightSum,
    // PORTFOLIO_ALIGNMENT: the budget-weighted average of the initiatives' alignment scores.
    portfolioAlignment: initiatives.reduce((s, f, k) => s + f.alignmentScore * budgets[k], 0) / thisBudget,
    thisBudget, nextBudget, budgetChange: nextBudget / thisBudget - 1,
  };
}

// Figures are computed inside each test, not in a beforeAll: mutation testing runs a mutant only
// against the tests whose own code reached it, and a beforeAll belongs to no test.
describe('the example, against figures worked from its inputs', () => {
  it('has every field of every initiative, objective and total', () => {
    expectClose(figuresOf(), reference(), { exact: true, path: 'figures' });
  });

  it('is the case study of the brief', () => {
    const figures = figuresOf();
    expect([figures.totalInvestment, figures.totalAdjustedBenefits, figures.portfolioBCR, figures.alignedShare]).toEqual([1660000, 5810000, 3.5, 1]);
  });
});

describe('the edges, one planted change at a time', () => {
  it('leaves an excluded benefit out and keeps its cost', () => {
    const f = figuresOf(exampleValues(), [1]);
    const all = reference();
    expect(f.initiatives[1]).toMatchObject({
      adjustedBenefit: null, benefitProblem: 'left out as an extreme value', net: null, bcr: null, roi: null, paybackMonths: null,
      adjustedLow: null, adjustedHigh: null, roiLow: null, roiHigh: null, attributable: null, cost: 220000, grossBenefit: 1800000,
    });
    expect(f.totalInvestment).toBe(1660000);
    expect(f.totalAdjustedBenefits).toBe(5810000 - 720000);
    expect(f.adjustedBenefitsLow).toBeCloseTo(all.adjustedBenefitsLow - all.initiatives[1].adjustedLow, 6);
    expect(f.breakEvenAttribution).toBeCloseTo(1660000 / (all.initiatives.reduce((s, x) => s + x.attributable, 0) - 1800000 * 0.8), 12);
  });

  it('explains a benefit the core cannot adjust, and computes nothing from it', () => {
    const values = exampleValues();
    setCell(values, ref(IMPACT_TABLE, 'isolation', row(0)), 1.5);
    const f = figuresOf(values).initiatives[0];
    expect(f.grossBenefit).toBe(3600000);
    expect(f.adjustedBenefit).toBeNull();
    expect(f.benefitProblem).toMatch(/isolation/);
    expect([f.net, f.bcr, f.roi, f.paybackMonths, f.adjustedLow, f.roiLow, f.attributable]).toEqual([null, null, null, null, null, null, null]);
    // Its break-even still stands: it does not depend on the isolation.
    expect(f.breakEven).toBeCloseTo(410000 / (3600000 * 0.8), 12);
  });

  it('has no gross benefit without both halves', () => {
    const values = exampleValues();
    setCell(values, ref(IMPACT_TABLE, 'change', row(0)), null);
    setCell(values, ref(IMPACT_TABLE, 'valuePerUnit', row(1)), null);
    const [a, b] = figuresOf(values).initiatives;
    for (const f of [a, b]) expect([f.grossBenefit, f.adjustedBenefit, f.benefitProblem, f.breakEven]).toEqual([null, null, null, null]);
  });

  it('uses the point value for a range estimate that is blank or not a share', () => {
    const values = exampleValues();
    setCell(values, ref(IMPACT_TABLE, 'isolationLow', row(0)), null);
    setCell(values, ref(IMPACT_TABLE, 'isolationHigh', row(0)), 1.2);
    setCell(values, ref(IMPACT_TABLE, 'isolationLow', row(1)), -0.1);
    setCell(values, ref(IMPACT_TABLE, 'isolationHigh', row(1)), 1);
    const [a, b] = figuresOf(values).initiatives;
    expect([a.adjustedLow, a.adjustedHigh]).toEqual([1440000, 1440000]);
    expect([b.adjustedLow, b.adjustedHigh]).toEqual([720000, 1800000 * 0.8]);
    expect(a.roiLow).toBeCloseTo((1440000 - 410000) / 410000, 12);
  });

  it('has no break-even without a cost entered, a positive gross benefit or a confidence in (0, 1]', () => {
    const values = exampleValues();
    for (const key of ['needsAssessment', 'design', 'delivery', 'materials', 'facilities', 'participantTime', 'technology', 'evaluation', 'overhead']) setCell(values, ref(ROI_TABLE, key, row(0)), null);
    setCell(values, ref(IMPACT_TABLE, 'change', row(1)), 0);
    setCell(values, ref(IMPACT_TABLE, 'confidence', row(2)), 0);
    setCell(values, ref(IMPACT_TABLE, 'confidence', row(3)), 1.2);
    setCell(values, ref(IMPACT_TABLE, 'change', row(4)), -3);
    const f = figuresOf(values).initiatives;
    expect(f.slice(0, 5).map((x) => x.breakEven)).toEqual([null, null, null, null, null]);
    // A confidence of exactly 1 is a confidence: Cloud Certification breaks even at 180,000 / 1,250,000.
    setCell(values, ref(IMPACT_TABLE, 'confidence', row(5)), 1);
    expect(figuresOf(values).initiatives[5].breakEven).toBeCloseTo(180000 / 1250000, 12);
    // With costs of 0 entered, the break-even is 0 (as BREAKEVEN_ISOLATION gives).
    for (const key of ['needsAssessment', 'design', 'delivery', 'materials', 'facilities', 'participantTime', 'technology', 'evaluation', 'overhead']) setCell(values, ref(ROI_TABLE, key, row(6)), 0);
    expect(figuresOf(values).initiatives[6].breakEven).toBe(0);
  });

  it('reads a link that is not a whole strength from 0 to 3 as 0', () => {
    const values = exampleValues();
    [2.5, -1, 4, 'high', 3].forEach((s, j) => setCell(values, `Alignment!${LINK_COLUMNS[j]}${row(0)}`, s));
    const f = figuresOf(values).initiatives[0];
    expect(f.strengths).toEqual({ 1: 0, 2: 0, 3: 0, 4: 0, 5: 3 });
    expect([f.strongestLink, f.linkPoints, f.aligned]).toEqual([3, 3, true]);
    // ALIGNMENT_SCORE refuses the row (a strength outside 0–3): no score rather than a wrong one.
    expect(f.alignmentScore).toBeNull();
  });

  it('is linked at 2, not at 1', () => {
    const values = exampleValues();
    [1, 1, 0, 0, 0].forEach((s, j) => setCell(values, `Alignment!${LINK_COLUMNS[j]}${row(0)}`, s));
    [0, 2, 0, 0, 0].forEach((s, j) => setCell(values, `Alignment!${LINK_COLUMNS[j]}${row(1)}`, s));
    const [a, b] = figuresOf(values).initiatives;
    expect([a.strongestLink, a.aligned, b.strongestLink, b.aligned]).toEqual([1, false, 2, true]);
  });

  it('gives a weight of 0 to a blank or negative weight, and no score when no weight is above 0', () => {
    const values = exampleValues();
    setCell(values, ref(STRATEGY_TABLE, 'weight', dataRow(STRATEGY_TABLE, 0)), null);
    setCell(values, ref(STRATEGY_TABLE, 'weight', dataRow(STRATEGY_TABLE, 1)), -20);
    const f = figuresOf(values);
    expect(f.objectives.map((o) => o.weight)).toEqual([0, 0, 15, 20, 15]);
    // Consultative Selling Academy links only to the first two objectives: a score of 0 of 50 weight points.
    expect(f.initiatives[0].alignmentScore).toBe(0);
    for (let k = 2; k < 5; k++) setCell(values, ref(STRATEGY_TABLE, 'weight', dataRow(STRATEGY_TABLE, k)), 0);
    const none = figuresOf(values);
    expect(none.initiatives.map((i) => i.alignmentScore)).toEqual(GROWTHCORP.initiatives.map(() => null));
    expect([none.objectiveCoverage, none.portfolioAlignment]).toEqual([null, null]);
    expect(none.alignedShare).toBe(1);
  });

  it('has no KPI change without a baseline other than 0, and no progress without a target other than the baseline', () => {
    const values = exampleValues();
    setCell(values, ref(STRATEGY_TABLE, 'baseline', dataRow(STRATEGY_TABLE, 0)), 0);
    setCell(values, ref(STRATEGY_TABLE, 'target', dataRow(STRATEGY_TABLE, 1)), 0.88); // = its baseline
    setCell(values, ref(STRATEGY_TABLE, 'current', dataRow(STRATEGY_TABLE, 2)), null);
    setCell(values, ref(STRATEGY_TABLE, 'baseline', dataRow(STRATEGY_TABLE, 3)), -40);
    const o = figuresOf(values).objectives;
    expect([o[0].changeToDate, o[0].progressToTarget]).toEqual([null, 320000000 / 300000000]);
    expect([o[1].changeToDate, o[1].progressToTarget]).toEqual([(0.92 - 0.88) / 0.88, null]);
    expect([o[2].changeToDate, o[2].progressToTarget]).toEqual([null, null]);
    // A negative baseline: the change is measured against its size, 92 / 40.
    expect(o[3].changeToDate).toBeCloseTo(92 / 40, 12);
  });

  it('has no portfolio ratios without costs, and no budget change without both budgets', () => {
    const values = exampleValues();
    for (let k = 0; k < GROWTHCORP.initiatives.length; k++) {
      for (const key of ['needsAssessment', 'design', 'delivery', 'materials', 'facilities', 'participantTime', 'technology', 'evaluation', 'overhead']) setCell(values, ref(ROI_TABLE, key, row(k)), null);
      setCell(values, ref(PLAN_TABLE, 'nextBudget', row(k)), null);
    }
    const f = figuresOf(values);
    expect([f.totalInvestment, f.portfolioROI, f.portfolioBCR, f.portfolioROILow, f.portfolioROIHigh]).toEqual([0, null, null, null, null]);
    expect([f.nextBudget, f.budgetChange]).toEqual([0, null]);
    expect(f.objectives.map((o) => o.investment)).toEqual([0, 0, 0, 0, 0]);
  });

  it('has no alignment figures for a framework without initiatives or without objectives', () => {
    const empty = figuresOf(exampleValues('empty'));
    expect([empty.alignedShare, empty.objectiveCoverage, empty.portfolioAlignment, empty.breakEvenAttribution, empty.budgetChange]).toEqual([null, null, null, null, null]);
    const values = exampleValues();
    for (let k = 0; k < GROWTHCORP.objectives.length; k++) for (const key of STRATEGY_TABLE.inputs) setCell(values, ref(STRATEGY_TABLE, key, dataRow(STRATEGY_TABLE, k)), null);
    const noObjectives = figuresOf(values);
    expect([noObjectives.objectives.length, noObjectives.alignedShare, noObjectives.objectiveCoverage]).toEqual([0, null, null]);
  });

  it('has no KPI change or progress without a baseline, and no progress without a target', () => {
    const values = exampleValues();
    setCell(values, ref(STRATEGY_TABLE, 'baseline', dataRow(STRATEGY_TABLE, 0)), null);
    setCell(values, ref(STRATEGY_TABLE, 'target', dataRow(STRATEGY_TABLE, 1)), null);
    const o = figuresOf(values).objectives;
    expect([o[0].changeToDate, o[0].progressToTarget]).toEqual([null, null]);
    expect([o[1].changeToDate, o[1].progressToTarget]).toEqual([(0.92 - 0.88) / 0.88, null]);
  });

  it('has no budget change without this period\'s budgets, even when next period\'s are typed', () => {
    const values = exampleValues();
    for (let k = 0; k < GROWTHCORP.initiatives.length; k++) setCell(values, ref(ALIGNMENT_TABLE, 'budget', row(k)), null);
    const f = figuresOf(values);
    expect([f.thisBudget, f.nextBudget, f.budgetChange]).toEqual([0, 1740000, null]);
  });

  it('has no budget total past the largest number there is (the sheet\'s SUM shows #NUM!), and so no budget change', () => {
    // Before: two budgets of 1.7976931348623157e308 (Number.MAX_VALUE) summed to Infinity, and the summary said
    // the plan was "100% less than this period's budget of $Infinity".
    const values = exampleValues();
    setCell(values, ref(ALIGNMENT_TABLE, 'budget', row(0)), Number.MAX_VALUE);
    setCell(values, ref(ALIGNMENT_TABLE, 'budget', row(1)), Number.MAX_VALUE);
    const over = figuresOf(values);
    expect([over.thisBudget, over.nextBudget, over.budgetChange]).toEqual([null, 1740000, null]);
    setCell(values, ref(PLAN_TABLE, 'nextBudget', row(1)), Number.MAX_VALUE);
    setCell(values, ref(PLAN_TABLE, 'nextBudget', row(2)), Number.MAX_VALUE);
    expect(figuresOf(values).nextBudget).toBeNull();
    // One such budget alone still adds up.
    setCell(values, ref(ALIGNMENT_TABLE, 'budget', row(0)), null);
    for (let k = 1; k < GROWTHCORP.initiatives.length; k++) setCell(values, ref(ALIGNMENT_TABLE, 'budget', row(k)), null);
    setCell(values, ref(ALIGNMENT_TABLE, 'budget', row(3)), Number.MAX_VALUE);
    expect(figuresOf(values).thisBudget).toBe(Number.MAX_VALUE);
  });

  it('counts the cost of an initiative linked to nothing in the total, and in no objective', () => {
    const values = exampleValues();
    LINK_COLUMNS.slice(0, GROWTHCORP.objectives.length).forEach((letter) => setCell(values, `Alignment!${letter}${row(0)}`, 0));
    const before = figuresOf();
    const f = figuresOf(values);
    expect([f.initiatives[0].linkPoints, f.totalInvestment]).toEqual([0, before.totalInvestment]);
    // Its 410,000 leaves the objectives it was split over (objectives 1 and 2, 3 : 1); the others keep theirs.
    expect(f.objectives.map((o) => o.investment)).toEqual(before.objectives.map((o, j) => o.investment - [307500, 102500, 0, 0, 0][j]));
    expect(f.objectives.every((o) => Number.isFinite(o.investment) && Number.isFinite(o.benefits))).toBe(true);
  });

  it('has a break-even once any one cost is entered', () => {
    const values = exampleValues();
    for (const key of ['needsAssessment', 'design', 'delivery', 'materials', 'facilities', 'participantTime', 'technology', 'evaluation']) setCell(values, ref(ROI_TABLE, key, row(0)), null);
    setCell(values, ref(ROI_TABLE, 'overhead', row(0)), 36000);
    const f = figuresOf(values).initiatives[0];
    // Consultative Selling Academy: gross 3,600,000 at 80% confidence; 36,000 / (3,600,000 × 0.8) = 1.25%.
    expect([f.cost, f.breakEven]).toEqual([36000, 36000 / (3600000 * 0.8)]);
  });

  it('takes the learning time cost only for a blank Participants\' time, not for one typed wrongly; names a nameless initiative ""', () => {
    const model = readFramework(sourceOf(exampleValues())).model;
    const [selling] = model.initiatives;
    const blank = { ...selling.costs.participantTime, value: null };
    const learning = { ...selling.learning!, timeCost: 5000 } as NonNullable<typeof selling.learning>;
    const withTime = (participantTime: typeof blank) => initiativeFigures({ ...selling, learning, costs: { ...selling.costs, participantTime } }, model.objectives).cost;
    const others = 410000 - GROWTHCORP.initiatives[0].costs.participantTime;
    expect(withTime(blank)).toBe(others + 5000);
    expect(withTime({ ...blank, invalid: 'many hours' })).toBe(others);
    expect(initiativeFigures({ ...selling, name: { ...selling.name, value: null } }, model.objectives).name).toBe('');
    // No link read for any objective: each is blank, not a crash, and ALIGNMENT_SCORE of a row of blanks is no score.
    const unlinked = initiativeFigures({ ...selling, links: [] }, model.objectives);
    expect([unlinked.strongestLink, unlinked.linkPoints, unlinked.alignmentScore]).toEqual([0, 0, null]);
  });
});
