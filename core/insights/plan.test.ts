/**
 * planPortfolio and snapshotRow on the GrowthCorp example (core/templates/growthcorp.ts). Reference
 * values are worked by hand from the example's rows and checked against the core's own functions.
 */
import { evaluate } from '../index';
import { ALIGNMENT_TABLE, GROWTHCORP, HISTORY_TABLE, LINK_COLUMNS } from '../templates';
import { planPortfolio, portfolioFigures, readFramework, snapshotRow } from './index';
import { serialFromIso } from './cells';
import { exampleValues, setCell, sourceOf, Values } from './testing/workbook';

const modelOf = (values: Values = exampleValues()) => readFramework(sourceOf(values)).model;
const REQUESTED = GROWTHCORP.initiatives.reduce((s, i) => s + i.nextBudget, 0); // 1,740,000

describe('planPortfolio', () => {
  it('funds everything when the budget covers every request, in priority order', () => {
    const plan = planPortfolio(modelOf(), 2000000);
    expect(plan.requested).toBe(REQUESTED);
    expect(plan.funded).toBe(REQUESTED);
    expect(plan.left).toBe(2000000 - REQUESTED);
    expect(plan.unfundedLines).toEqual([]);
    // Priority = ALIGNMENT_SCORE × BCR, as on the Plan sheet.
    const weights = [GROWTHCORP.objectives.map((o) => o.weight)];
    for (const line of plan.lines) {
      const i = GROWTHCORP.initiatives.find((x) => x.name === line.name)!;
      const score = (evaluate('ALIGNMENT_SCORE', [[i.links.slice()], weights]) as number[][])[0][0];
      const cost = Object.values(i.costs).reduce((a, b) => a + b, 0);
      const benefit = evaluate('ADJUSTED_BENEFIT', [i.impact.change * i.impact.valuePerUnit, i.impact.isolation, i.impact.confidence]) as number;
      expect(line.priority).toBeCloseTo(score * (evaluate('BCR', [benefit, cost]) as number), 9);
    }
    const priorities = plan.lines.map((l) => l.priority);
    expect(priorities).toEqual([...priorities].sort((a, b) => b - a));
    // Customer Success Playbook: score 100 × (30×2 + 20×3) / (3 × 100) = 40; BCR 720,000 / 220,000.
    expect(plan.lines[0].name).toBe('Customer Success Playbook');
    expect(plan.lines[0].priority).toBeCloseTo(40 * (720000 / 220000), 9);
  });

  it('fills a smaller budget in priority order, skipping what does not fit', () => {
    const plan = planPortfolio(modelOf(), 1500000);
    // Ranks 1–5 take 240k + 420k + 190k + 200k + 220k = 1,270,000; rank 6 (280k) does not fit in 230k; rank 7 (190k) does.
    expect(plan.fundedLines.map((l) => l.rank)).toEqual([1, 2, 3, 4, 5, 7]);
    expect(plan.funded).toBe(1460000);
    expect(plan.unfundedLines.map((l) => [l.name, l.reason])).toEqual([['Engineering Leadership Program', 'its request of $280,000 is more than the $230,000 left']]);
    expect(plan.byObjective.reduce((s, o) => s + o.amount, 0)).toBeCloseTo(plan.funded, 6);
  });

  it('never funds an initiative with no direct link to an objective', () => {
    const values = exampleValues();
    GROWTHCORP.objectives.forEach((_, j) => setCell(values, `Alignment!${LINK_COLUMNS[j]}${ALIGNMENT_TABLE.firstDataRow}`, 0));
    const plan = planPortfolio(modelOf(values), 10000000);
    expect(plan.unfundedLines.map((l) => [l.name, l.reason])).toEqual([['Consultative Selling Academy', 'not directly linked to any business objective']]);
  });

  it('splits the budget by objective in proportion to link strength', () => {
    const plan = planPortfolio(modelOf(), 2000000);
    // Objective 3 (Reduce cost to serve) gets 3/5 of Support Efficiency's 200,000 and 1/5 of Cloud Certification's 190,000.
    expect(plan.byObjective[2].amount).toBeCloseTo((200000 * 3) / 5 + (190000 * 1) / 5, 6);
  });

  it('gives conservative, expected and optimistic returns from the confidence and isolation ranges', () => {
    const line = planPortfolio(modelOf(), 2000000).lines.find((l) => l.name === 'Customer Success Playbook')!;
    // Gross 40 × 45,000 = 1,800,000; isolation 50%, confidence 80%; request 240,000 / budget 160,000 = 1.5.
    expect(line.scenarios.expected).toBeCloseTo(1800000 * 0.5 * 0.8 * 1.5, 6);
    expect(line.scenarios.conservative).toBeCloseTo(1800000 * (0.5 * 0.8) * 0.8 * 1.5, 6);
    expect(line.scenarios.optimistic).toBeCloseTo(1800000 * (0.5 * 1.2) * 0.8 * 1.5, 6);
    // Break-even: BREAKEVEN_BENEFIT(220,000, 50%, 80%) = 550,000 of gross benefit = 12.2 accounts saved.
    expect(line.breakEvenBenefit).toBe(evaluate('BREAKEVEN_BENEFIT', [220000, 0.5, 0.8]));
    expect(line.breakEvenChange).toBeCloseTo(550000 / 45000, 9);
    expect(line.breakEvenCover).toBeCloseTo(40 / (550000 / 45000), 9);
  });

  it('caps optimistic isolation at 100%', () => {
    const values = exampleValues();
    setCell(values, `Impact!I${ALIGNMENT_TABLE.firstDataRow}`, 0.9);
    setCell(values, `Impact!J${ALIGNMENT_TABLE.firstDataRow}`, 0.5);
    const line = planPortfolio(modelOf(values), 2000000).lines.find((l) => l.name === 'Consultative Selling Academy')!;
    // 0.9 × (2 − 0.5) = 1.35 → 1; gross 3,600,000 × 1 × 0.5 × (420,000 / 300,000).
    expect(line.scenarios.optimistic).toBeCloseTo(3600000 * 1 * 0.5 * 1.4, 6);
  });

  it('orders the portfolio scenarios and refuses a negative budget', () => {
    const { scenarios } = planPortfolio(modelOf(), 2000000);
    expect(scenarios.conservative.benefits).toBeLessThan(scenarios.expected.benefits);
    expect(scenarios.expected.benefits).toBeLessThan(scenarios.optimistic.benefits);
    expect(() => planPortfolio(modelOf(), -1)).toThrow(/budget/);
  });
});

describe('snapshotRow', () => {
  it('is the row under the last snapshot, with the figures the core computes', () => {
    const model = modelOf();
    const row = snapshotRow(model, '2025-09-30', 'Quarter close');
    const figures = portfolioFigures(model);
    expect(row.sheet).toBe('History log');
    expect(row.row).toBe(HISTORY_TABLE.firstDataRow + GROWTHCORP.history.length);
    expect(row.values).toEqual({
      date: '2025-09-30', investment: 1660000, benefits: 5810000, alignedShare: 1, coverage: 1,
      alignment: figures.portfolioAlignment, note: 'Quarter close',
    });
    expect(row.cells.map((c) => c.address)).toEqual(['A', 'B', 'C', 'F', 'G', 'H', 'I'].map((l) => `${l}${row.row}`));
    expect(row.cells[0].value).toBe(serialFromIso('2025-09-30'));
    expect(serialFromIso('2025-09-30')).toBe(45930); // Excel: =DATE(2025,9,30) is 45930
    expect(row.sameDateRow).toBeNull();
    expect(row.beyondCapacity).toBe(false);
    expect(snapshotRow(model, '2025-06-30').sameDateRow).toBe(HISTORY_TABLE.firstDataRow + 4);
    expect(() => snapshotRow(model, 'today')).toThrow(/ISO date/);
  });
});

describe('portfolioFigures', () => {
  it('is plain data that survives JSON (no Map, no Date)', () => {
    const figures = portfolioFigures(modelOf());
    expect(JSON.parse(JSON.stringify(figures))).toEqual(JSON.parse(JSON.stringify(figures, null, 0)));
    expect(figures.initiatives[0].strengths).toEqual({ 1: 3, 2: 1, 3: 0, 4: 0, 5: 0 });
    expect(figures.initiatives[0].linkPoints).toBe(4);
    expect(JSON.parse(JSON.stringify(figures)).initiatives[0].strengths['1']).toBe(3);
  });
});
