/**
 * `planPortfolio(model, budget)`: which initiatives to fund next period within a budget, the budget by
 * objective, what is left unfunded, three return scenarios and the break-even improvement each
 * initiative needs.
 *
 * Rules (the same as the Plan sheet's where it has one):
 * - Request: an initiative asks for its "Budget next period" (Plan), or this period's budget when that
 *   is blank. Initiatives with no request (0 or blank) are left out.
 * - Priority = alignment score (0–100) × expected BCR; a BCR not yet measured counts as 1 (break-even),
 *   exactly as the Plan sheet's priority score. Ties: higher alignment, then sheet order.
 * - Funding: in priority order, fund an initiative when its whole request fits in what is left of
 *   the budget; otherwise skip it and try the next (a smaller one may still fit). Never funded:
 *   initiatives linked to no objective at the direct level (not aligned: no link of 2 or more), and
 *   those whose measured expected BCR is below 1 (they return less than they cost).
 * - Budget by objective: each funded request is split across the objectives it links to in proportion
 *   to link strength (a 3 gets three times the share of a 1), as on the Plan sheet.
 * - Scenarios: the confidence % gives the estimate's error range, ±(1 − confidence) around the
 *   isolation %: isolation runs from isolation × confidence (low) to min(1, isolation × (2 −
 *   confidence)) (high). Every scenario applies confidence once, as the workbook does, so
 *   conservative = gross × isolation × confidence², expected = gross × isolation × confidence (the
 *   workbook's adjusted benefit), optimistic = gross × min(1, isolation × (2 − confidence)) × confidence.
 *   Benefits and costs (this period's fully loaded cost) are scaled by request ÷ this period's budget:
 *   an initiative grown by 40% is assumed to cost and return 40% more.
 * - Break-even: BREAKEVEN_BENEFIT(cost, isolation, confidence) is the gross benefit at which ROI is 0;
 *   divided by the value per unit it is the yearly change in the business metric needed.
 */
import { evaluateFunction } from '../index';
import { adjustedBenefit, benefitCostRatio, breakevenBenefit, roi } from '../functions/finance';
import { isErrorValue } from '../errors';
import { portfolioFigures } from './figures';
import { money } from './format';
import type { FrameworkModel } from './model';

export type ScenarioName = 'conservative' | 'expected' | 'optimistic';

export interface ScenarioFigures {
  readonly benefits: number;
  readonly costs: number;
  readonly bcr: number | null;
  readonly roi: number | null;
}

export interface PlanLine {
  readonly name: string;
  /** The initiative's row on Alignment. */
  readonly row: number;
  readonly request: number;
  readonly alignmentScore: number | null;
  /** Measured BCR (adjusted benefits ÷ fully loaded cost); null when not measured yet. */
  readonly expectedBCR: number | null;
  readonly priority: number;
  readonly rank: number;
  readonly funded: boolean;
  /** Why it is not funded (empty when funded). */
  readonly reason: string;
  /** Benefits in each scenario (null when no benefit is measured). */
  readonly scenarios: Readonly<Record<ScenarioName, number | null>>;
  /** Cost the scenarios are set against: fully loaded cost × request ÷ this period's budget. */
  readonly scenarioCost: number;
  /** Gross benefit needed to break even (BREAKEVEN_BENEFIT), and as a yearly change in the metric. */
  readonly breakEvenBenefit: number | null;
  readonly breakEvenChange: number | null;
  /** The change measured now, and the metric's name. */
  readonly currentChange: number | null;
  readonly metric: string | null;
  /** currentChange ÷ breakEvenChange: above 1 means it already pays for itself. */
  readonly breakEvenCover: number | null;
}

export interface ObjectiveBudget {
  readonly slot: number;
  readonly objective: string;
  readonly amount: number;
  readonly share: number;
}

export interface PortfolioPlan {
  readonly budget: number;
  readonly requested: number;
  readonly funded: number;
  readonly left: number;
  readonly lines: readonly PlanLine[];
  readonly fundedLines: readonly PlanLine[];
  readonly unfundedLines: readonly PlanLine[];
  readonly byObjective: readonly ObjectiveBudget[];
  readonly scenarios: Readonly<Record<ScenarioName, ScenarioFigures>>;
  /** The rules above, in one paragraph for the panel. */
  readonly rules: string;
}

export const PLAN_RULES =
  'Initiatives are ranked by alignment score × expected benefit-cost ratio (an unmeasured ratio counts as 1). ' +
  'In that order each is funded when its whole request (next period’s budget, or this period’s when blank) fits in what is left; ' +
  'initiatives with no direct link to an objective, or that return less than they cost, are not funded. ' +
  'Scenarios vary the isolation % across the error range given by the confidence %: conservative ×confidence, optimistic ×(2 − confidence), capped at 100%.';

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

export function planPortfolio(model: FrameworkModel, budget: number): PortfolioPlan {
  if (typeof budget !== 'number' || !Number.isFinite(budget) || budget < 0) throw new Error('planPortfolio: budget must be a number of 0 or more');
  const figures = portfolioFigures(model);
  const candidates = model.initiatives.map((i) => {
    const f = figures.initiatives[i.index];
    const request = i.plan.nextBudget.value ?? i.budget.value ?? 0;
    const ev = i.impact;
    const iso = ev.isolation.value;
    const conf = ev.confidence.value;
    const validShares = iso !== null && conf !== null && iso >= 0 && iso <= 1 && conf >= 0 && conf <= 1;
    const scale = i.budget.value !== null && i.budget.value > 0 ? request / i.budget.value : 1;
    const scenarioCost = f.cost * scale;
    const gross = f.grossBenefit;
    const scenarios: Record<ScenarioName, number | null> = { conservative: null, expected: null, optimistic: null };
    if (gross !== null && validShares) {
      scenarios.expected = f.adjustedBenefit;
      scenarios.conservative = num(evaluateFunction(adjustedBenefit, [gross, iso * conf, conf]));
      scenarios.optimistic = num(evaluateFunction(adjustedBenefit, [gross, Math.min(1, iso * (2 - conf)), conf]));
      for (const k of Object.keys(scenarios) as ScenarioName[]) if (scenarios[k] !== null) scenarios[k] = scenarios[k]! * scale;
    }
    const breakEven = validShares ? evaluateFunction(breakevenBenefit, [f.cost, iso, conf]) : null;
    const breakEvenBenefit = breakEven === null || isErrorValue(breakEven) ? null : num(breakEven);
    const value = ev.valuePerUnit.value;
    const breakEvenChange = breakEvenBenefit !== null && value !== null && value > 0 ? breakEvenBenefit / value : null;
    const currentChange = ev.change.value;
    const score = f.alignmentScore;
    return {
      initiative: i, f, request, score, scenarios, scenarioCost, breakEvenBenefit, breakEvenChange, currentChange,
      priority: (score ?? 0) * (f.bcr ?? 1),
    };
  });
  const ranked = candidates
    .filter((c) => c.request > 0)
    .sort((a, b) => b.priority - a.priority || (b.score ?? 0) - (a.score ?? 0) || a.initiative.index - b.initiative.index);

  let left = budget;
  const lines: PlanLine[] = ranked.map((c, k) => {
    let reason = '';
    if (!c.f.aligned) reason = 'not directly linked to any business objective';
    else if (c.f.bcr !== null && c.f.bcr < 1) reason = 'returns less than it costs';
    else if (c.request > left) reason = `its request of ${money(c.request)} is more than the ${money(left)} left`;
    const funded = reason === '';
    if (funded) left -= c.request;
    return {
      name: c.f.name, row: c.initiative.row, request: c.request, alignmentScore: c.score, expectedBCR: c.f.bcr, priority: c.priority, rank: k + 1,
      funded, reason, scenarios: c.scenarios, scenarioCost: c.scenarioCost, breakEvenBenefit: c.breakEvenBenefit, breakEvenChange: c.breakEvenChange,
      currentChange: c.currentChange, metric: c.initiative.impact.metric.value,
      breakEvenCover: c.breakEvenChange !== null && c.breakEvenChange > 0 && c.currentChange !== null ? c.currentChange / c.breakEvenChange : null,
    };
  });
  const fundedLines = lines.filter((l) => l.funded);
  const funded = fundedLines.reduce((s, l) => s + l.request, 0);

  const figuresByRow = new Map(model.initiatives.map((i) => [i.row, figures.initiatives[i.index]]));
  const byObjective: ObjectiveBudget[] = model.objectives.map((o) => {
    let amount = 0;
    for (const line of fundedLines) {
      const f = figuresByRow.get(line.row)!;
      // A funded line is aligned (a link of MIN_SUPPORT or more), so its link points are above 0.
      amount += (line.request * (f.strengths[o.slot] ?? 0)) / f.linkPoints;
    }
    return { slot: o.slot, objective: o.name.value ?? '', amount, share: funded > 0 ? amount / funded : 0 };
  });

  const scenarioTotals = (name: ScenarioName): ScenarioFigures => {
    const measured = fundedLines.filter((l) => l.scenarios[name] !== null);
    const benefits = measured.reduce((s, l) => s + l.scenarios[name]!, 0);
    const costs = measured.reduce((s, l) => s + l.scenarioCost, 0);
    return {
      benefits, costs,
      bcr: costs > 0 ? num(evaluateFunction(benefitCostRatio, [benefits, costs])) : null,
      roi: costs > 0 ? num(evaluateFunction(roi, [benefits, costs])) : null,
    };
  };
  return {
    budget, requested: lines.reduce((s, l) => s + l.request, 0), funded, left: budget - funded,
    lines, fundedLines, unfundedLines: lines.filter((l) => !l.funded), byObjective,
    scenarios: { conservative: scenarioTotals('conservative'), expected: scenarioTotals('expected'), optimistic: scenarioTotals('optimistic') },
    rules: PLAN_RULES,
  };
}
