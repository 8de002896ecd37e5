/**
 * planPortfolio against a reference plan worked out here from the example's inputs alone
 * (core/templates/growthcorp.ts), not from the core's figures: every line's request, alignment score,
 * BCR, priority, rank, funding and reason, its three scenarios and break-even, the budget by
 * objective and the portfolio's scenario totals. Then the rules the module comment states, one by one
 * on planted copies: the request's fallback, what is left out, ties, shares that cannot be used.
 */
import { ALIGNMENT_TABLE, GROWTHCORP, IMPACT_TABLE, LINK_COLUMNS, PLAN_TABLE, ROI_TABLE } from '../templates';
import { planPortfolio, readFramework, type PortfolioPlan } from './index';
import { PLAN_RULES } from './plan';
import { expectClose } from './testing/close';
import { dataRow, exampleValues, ref, setCell, sourceOf, type Values } from './testing/workbook';

const modelOf = (values: Values = exampleValues()) => readFramework(sourceOf(values)).model;
const row = (k: number) => dataRow(ALIGNMENT_TABLE, k);

/** The plan as the module comment defines it, from GROWTHCORP's rows (the example's inputs). */
function referencePlan(budget: number) {
  const weights = GROWTHCORP.objectives.map((o) => o.weight);
  const weightSum = weights.reduce((a, b) => a + b, 0);
  const candidates = GROWTHCORP.initiatives.map((i, index) => {
    const cost = Object.values(i.costs).reduce((a, b) => a + b, 0);
    const { change, valuePerUnit, isolation, confidence } = i.impact;
    const gross = change * valuePerUnit;
    const adjusted = gross * isolation * confidence;
    const bcr = adjusted / cost;
    // ALIGNMENT_SCORE: 100 × Σ weight × strength / (3 × Σ weight).
    const score = (100 * i.links.reduce((s, strength, j) => s + strength * weights[j], 0)) / (3 * weightSum);
    const scale = i.nextBudget / i.budget;
    const breakEvenBenefit = cost / (isolation * confidence);
    return {
      index, name: i.name, row: row(index), request: i.nextBudget, alignmentScore: score, expectedBCR: bcr, priority: score * bcr,
      scenarios: {
        conservative: gross * (isolation * confidence) * confidence * scale,
        expected: adjusted * scale,
        optimistic: gross * Math.min(1, isolation * (2 - confidence)) * confidence * scale,
      },
      scenarioCost: cost * scale, breakEvenBenefit, breakEvenChange: breakEvenBenefit / valuePerUnit,
      currentChange: change, metric: i.impact.metric, breakEvenCover: change / (breakEvenBenefit / valuePerUnit),
      links: i.links,
    };
  });
  const ranked = [...candidates].sort((a, b) => b.priority - a.priority);
  let left = budget;
  const lines = ranked.map((c, k) => {
    const funded = c.request <= left;
    if (funded) left -= c.request;
    return { ...c, rank: k + 1, funded };
  });
  const funded = lines.filter((l) => l.funded);
  const fundedTotal = funded.reduce((s, l) => s + l.request, 0);
  const byObjective = GROWTHCORP.objectives.map((o, j) => {
    const amount = funded.reduce((s, l) => s + (l.request * l.links[j]) / l.links.reduce((a, b) => a + b, 0), 0);
    return { slot: j + 1, objective: o.objective, amount, share: amount / fundedTotal };
  });
  const totals = (name: 'conservative' | 'expected' | 'optimistic') => {
    const benefits = funded.reduce((s, l) => s + l.scenarios[name], 0);
    const costs = funded.reduce((s, l) => s + l.scenarioCost, 0);
    return { benefits, costs, bcr: benefits / costs, roi: (benefits - costs) / costs };
  };
  return { lines, fundedTotal, left: budget - fundedTotal, byObjective, scenarios: { conservative: totals('conservative'), expected: totals('expected'), optimistic: totals('optimistic') } };
}

// The plan is made inside each test, not in a beforeAll: mutation testing runs a mutant only against
// the tests whose own code reached it, and a beforeAll belongs to no test.
describe.each([2000000, 1500000, 1000000, 420000])('the example planned with a budget of %d, against the reference plan', (budget) => {
  it('ranks, funds and explains every line as the reference does', () => {
    const plan = planPortfolio(modelOf(), budget);
    const reference = referencePlan(budget);
    expect(plan.lines.map((l) => [l.rank, l.name, l.row, l.funded])).toEqual(reference.lines.map((l) => [l.rank, l.name, l.row, l.funded]));
    let left = budget;
    plan.lines.forEach((line, k) => {
      const r = reference.lines[k];
      expectClose(line, {
        request: r.request, alignmentScore: r.alignmentScore, expectedBCR: r.expectedBCR, priority: r.priority,
        scenarios: r.scenarios, scenarioCost: r.scenarioCost, breakEvenBenefit: r.breakEvenBenefit, breakEvenChange: r.breakEvenChange,
        currentChange: r.currentChange, metric: r.metric, breakEvenCover: r.breakEvenCover,
      }, { path: line.name });
      // A line that does not fit says how much it asked for and how much was left when its turn came.
      const money = (n: number) => `$${n.toLocaleString('en-US')}`;
      expect(line.reason).toBe(r.funded ? '' : `its request of ${money(r.request)} is more than the ${money(left)} left`);
      if (r.funded) left -= r.request;
    });
  });

  it('totals, splits by objective and sums the scenarios of the funded lines only', () => {
    const plan = planPortfolio(modelOf(), budget);
    const reference = referencePlan(budget);
    expect(plan.budget).toBe(budget);
    expect(plan.requested).toBe(GROWTHCORP.initiatives.reduce((s, i) => s + i.nextBudget, 0));
    expect(plan.funded).toBe(reference.fundedTotal);
    expect(plan.left).toBe(reference.left);
    expect(plan.fundedLines.map((l) => l.name)).toEqual(reference.lines.filter((l) => l.funded).map((l) => l.name));
    expect(plan.unfundedLines.map((l) => l.name)).toEqual(reference.lines.filter((l) => !l.funded).map((l) => l.name));
    expectClose(plan.byObjective, reference.byObjective, { path: 'byObjective' });
    expectClose(plan.scenarios, reference.scenarios, { path: 'scenarios' });
    expect(plan.rules).toBe(PLAN_RULES);
  });
});

describe('the rules, one planted change at a time', () => {
  const lineOf = (plan: PortfolioPlan, k: number) => plan.lines.find((l) => l.name === GROWTHCORP.initiatives[k].name);

  it('asks for this period’s budget when next period’s is blank, and leaves out what asks for nothing', () => {
    const values = exampleValues();
    setCell(values, ref(PLAN_TABLE, 'nextBudget', row(0)), null); // Consultative Selling Academy: this period 300,000
    setCell(values, ref(PLAN_TABLE, 'nextBudget', row(1)), 0); // Customer Success Playbook asks for nothing
    setCell(values, ref(PLAN_TABLE, 'nextBudget', row(2)), null);
    setCell(values, ref(ALIGNMENT_TABLE, 'budget', row(2)), null); // Support Efficiency: nothing either way
    const plan = planPortfolio(modelOf(values), 5000000);
    expect(lineOf(plan, 0)!.request).toBe(300000);
    // Asking for this period's budget, the scenarios are this period's adjusted benefit (scale 1).
    expect(lineOf(plan, 0)!.scenarios.expected).toBeCloseTo(3600000 * 0.5 * 0.8, 6);
    expect(lineOf(plan, 1)).toBeUndefined();
    expect(lineOf(plan, 2)).toBeUndefined();
    expect(plan.lines.map((l) => l.rank)).toEqual([1, 2, 3, 4, 5]);
  });

  it('does not fund what returns less than it costs, even with money left', () => {
    const values = exampleValues();
    // New Manager Essentials: 2 × 152,500 × 50% × 80% = 122,000 of benefit on 150,000 of cost, BCR 0.81.
    setCell(values, ref(IMPACT_TABLE, 'change', row(6)), 2);
    const plan = planPortfolio(modelOf(values), 5000000);
    expect(plan.unfundedLines.map((l) => [l.name, l.reason])).toEqual([['New Manager Essentials', 'returns less than it costs']]);
    expect(lineOf(plan, 6)!.expectedBCR).toBeCloseTo(122000 / 150000, 12);
    expect(plan.left).toBe(5000000 - plan.funded);
  });

  it('funds a measured BCR of exactly 1', () => {
    const values = exampleValues();
    // New Manager Essentials: 150,000 of cost, and 10 × 37,500 × 50% × 80% = 150,000 of benefit.
    setCell(values, ref(IMPACT_TABLE, 'valuePerUnit', row(6)), 37500);
    setCell(values, ref(IMPACT_TABLE, 'change', row(6)), 10);
    const plan = planPortfolio(modelOf(values), 5000000);
    expect(lineOf(plan, 6)!.expectedBCR).toBe(1);
    expect(lineOf(plan, 6)!.funded).toBe(true);
  });

  it('counts an unmeasured BCR as 1, and breaks a tie in priority by alignment, then by sheet order', () => {
    const values = exampleValues();
    // Product Discovery (row 3) and Cloud Certification (row 5): no benefit, so priority = alignment score.
    for (const k of [3, 5]) for (const key of ['change', 'valuePerUnit']) setCell(values, ref(IMPACT_TABLE, key, row(k)), null);
    // The same links for both: the same score, so the same priority; sheet order decides.
    [0, 0, 0, 3, 0].forEach((s, j) => { setCell(values, `Alignment!${LINK_COLUMNS[j]}${row(3)}`, s); setCell(values, `Alignment!${LINK_COLUMNS[j]}${row(5)}`, s); });
    const plan = planPortfolio(modelOf(values), 5000000);
    const tied = plan.lines.filter((l) => l.expectedBCR === null);
    // Innovation (weight 20 of 100) at 3: 100 × 60 / 300 = 20.
    expect(tied.map((l) => [l.name, l.alignmentScore, l.priority])).toEqual([
      ['Product Discovery and Design Thinking', 20, 20], ['Cloud Certification Path', 20, 20],
    ]);
    expect(tied[1].rank).toBe(tied[0].rank + 1);
    expect(tied[0].scenarios).toEqual({ conservative: null, expected: null, optimistic: null });
    expect(tied[0].breakEvenCover).toBeNull();
  });

  it('puts the higher alignment first when priorities tie', () => {
    const values = exampleValues();
    // Product Discovery: unmeasured (BCR 1) with score 20 (a 3 on Innovation): priority 20.
    for (const key of ['change', 'valuePerUnit']) setCell(values, ref(IMPACT_TABLE, key, row(3)), null);
    [0, 0, 0, 3, 0].forEach((s, j) => setCell(values, `Alignment!${LINK_COLUMNS[j]}${row(3)}`, s));
    // Cloud Certification, earlier in rank only if the tie-break were sheet order or lower alignment first:
    // score 10 (a 2 on Talent: 100 × 30 / 300) and BCR 2 (costs 180,000; benefit 360,000 = 900,000 × 50% × 80%).
    [0, 0, 0, 0, 2].forEach((s, j) => setCell(values, `Alignment!${LINK_COLUMNS[j]}${row(5)}`, s));
    setCell(values, ref(IMPACT_TABLE, 'change', row(5)), 900000);
    setCell(values, ref(IMPACT_TABLE, 'isolation', row(5)), 0.5);
    const plan = planPortfolio(modelOf(values), 5000000);
    const a = lineOf(plan, 3)!;
    const b = lineOf(plan, 5)!;
    expect([a.priority, b.priority, a.alignmentScore, b.alignmentScore, b.expectedBCR]).toEqual([20, 20, 20, 10, 2]);
    expect(b.rank).toBe(a.rank + 1);
  });

  it('leaves the scenarios and break-even out when the shares cannot be used, and the break-even change without a unit value', () => {
    const values = exampleValues();
    // One unusable share per initiative: each condition of a usable pair, broken alone.
    const unusable: [number, string, number | null][] = [[0, 'isolation', 1.5], [1, 'confidence', -0.2], [3, 'isolation', null], [4, 'confidence', null], [5, 'isolation', -0.1], [6, 'confidence', 1.2]];
    for (const [k, key, value] of unusable) setCell(values, ref(IMPACT_TABLE, key, row(k)), value);
    setCell(values, ref(IMPACT_TABLE, 'valuePerUnit', row(2)), 0);
    const plan = planPortfolio(modelOf(values), 5000000);
    for (const [k] of unusable) {
      expect(lineOf(plan, k)).toMatchObject({ scenarios: { conservative: null, expected: null, optimistic: null }, breakEvenBenefit: null, breakEvenChange: null, breakEvenCover: null });
    }
    // Support Efficiency with a unit value of 0: a break-even benefit (230,000 of cost / 54%), but no change that reaches it.
    expect(lineOf(plan, 2)!.breakEvenBenefit).toBeCloseTo(230000 / (0.6 * 0.9), 6);
    expect(lineOf(plan, 2)!.breakEvenChange).toBeNull();
  });

  it('scales by the request only when this period had a budget', () => {
    const values = exampleValues();
    setCell(values, ref(ALIGNMENT_TABLE, 'budget', row(1)), 0); // Customer Success Playbook asks 240,000 from nothing
    const line = lineOf(planPortfolio(modelOf(values), 5000000), 1)!;
    expect(line.request).toBe(240000);
    expect(line.scenarioCost).toBe(220000); // its cost this period, unscaled
    expect(line.scenarios.expected).toBeCloseTo(1800000 * 0.5 * 0.8, 6);
  });

  it('funds a request that takes exactly what is left', () => {
    const plan = planPortfolio(modelOf(), 1740000); // the sum of every request
    expect([plan.funded, plan.left, plan.unfundedLines.length]).toEqual([1740000, 0, 0]);
  });

  it('takes shares of exactly 0% and 100% as shares: an isolation of 0 has no break-even', () => {
    const values = exampleValues();
    setCell(values, ref(IMPACT_TABLE, 'isolation', row(0)), 0);
    setCell(values, ref(IMPACT_TABLE, 'isolation', row(1)), 1);
    setCell(values, ref(IMPACT_TABLE, 'confidence', row(2)), 1);
    setCell(values, ref(IMPACT_TABLE, 'confidence', row(3)), 0);
    const plan = planPortfolio(modelOf(values), 5000000);
    // Consultative Selling Academy: nothing isolated, so every scenario is 0 and no gross benefit breaks even.
    expect(lineOf(plan, 0)).toMatchObject({ scenarios: { conservative: 0, expected: 0, optimistic: 0 }, breakEvenBenefit: null, breakEvenChange: null, breakEvenCover: null });
    // Customer Success Playbook, isolation 100%: conservative 80% × 80%, optimistic capped at 100% (× 1.5 for the request).
    expect(lineOf(plan, 1)!.scenarios.conservative).toBeCloseTo(1800000 * 0.8 * 0.8 * 1.5, 6);
    expect(lineOf(plan, 1)!.scenarios.optimistic).toBeCloseTo(1800000 * 1 * 0.8 * 1.5, 6);
    // Support Efficiency, confidence 100%: 1,500,000 × 60% in every scenario (× 200,000 / 150,000).
    expect(lineOf(plan, 2)!.scenarios.conservative).toBeCloseTo(1500000 * 0.6 * (200000 / 150000), 6);
    expect(lineOf(plan, 2)!.breakEvenBenefit).toBeCloseTo(230000 / 0.6, 6);
    expect(lineOf(plan, 3)!.scenarios).toEqual({ conservative: 0, expected: 0, optimistic: 0 });
  });

  it('has a break-even change but no cover when the change itself is blank', () => {
    const values = exampleValues();
    setCell(values, ref(IMPACT_TABLE, 'change', row(1)), null);
    const line = lineOf(planPortfolio(modelOf(values), 5000000), 1)!;
    expect(line.breakEvenChange).toBeCloseTo(550000 / 45000, 9);
    expect([line.currentChange, line.breakEvenCover]).toEqual([null, null]);
  });

  it('with a budget of 0 funds nothing, and the totals have no ratio', () => {
    const plan = planPortfolio(modelOf(), 0);
    expect([plan.funded, plan.left, plan.fundedLines.length]).toEqual([0, 0, 0]);
    expect(plan.byObjective.map((o) => [o.amount, o.share])).toEqual(GROWTHCORP.objectives.map(() => [0, 0]));
    expect(plan.scenarios.expected).toEqual({ benefits: 0, costs: 0, bcr: null, roi: null });
    expect(plan.unfundedLines[0].reason).toBe('its request of $240,000 is more than the $0 left');
  });

  it.each([[Number.NaN], [Infinity], [-0.01], ['1000000']])('refuses a budget of %p', (budget) => {
    expect(() => planPortfolio(modelOf(), budget as number)).toThrow('planPortfolio: budget must be a number of 0 or more');
  });

  it('leaves a cost category with text out of the scenario cost, as the workbook does', () => {
    const values = exampleValues();
    setCell(values, ref(ROI_TABLE, 'materials', row(1)), '6k');
    const line = lineOf(planPortfolio(modelOf(values), 5000000), 1)!;
    expect(line.scenarioCost).toBeCloseTo((220000 - 6000) * 1.5, 6);
  });
});
