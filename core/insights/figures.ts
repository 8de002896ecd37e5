/**
 * The derived figures of a framework, computed from its input cells with the core's own functions
 * (`evaluateFunction(roi, …)`, `alignedShare`, … by reference, so a typo cannot compile), so they agree with the custom functions and with the
 * workbook's native formulas. Nothing here trusts a formula cell's value.
 */
import { evaluateFunction } from '../index';
import { adjustedBenefit as adjustedBenefitOf, benefitCostRatio, netBenefits, paybackMonths as paybackMonthsOf, roi as roiOf } from '../functions/finance';
import { alignedShare, alignmentScore, objectiveCoverage, portfolioAlignment } from '../functions/alignment';
import { breakevenIsolation } from '../functions/uncertainty';
import { isErrorValue } from '../errors';
import { COST_CATEGORIES, MAX_STRENGTH, MIN_SUPPORT } from '../templates/layout';
import type { FrameworkModel, Initiative, NumberField, Objective } from './model';

/** A figure, or why it is not available. */
export type Figure = number | null;

export interface InitiativeFigures {
  readonly index: number;
  readonly name: string;
  /** Change × value per unit; null when either is missing or invalid. */
  readonly grossBenefit: Figure;
  /** ADJUSTED_BENEFIT(gross, isolation, confidence); null when it cannot be computed. */
  readonly adjustedBenefit: Figure;
  /** Why the adjusted benefit is not available (the core's message), when it is not. */
  readonly benefitProblem: string | null;
  /** The sum of the cost categories (blanks count as 0, as the workbook's SUM does). */
  readonly cost: number;
  readonly net: Figure;
  readonly bcr: Figure;
  readonly roi: Figure;
  readonly paybackMonths: Figure;
  /** ADJUSTED_BENEFIT with the low (high) isolation estimate, the point value where the estimate is
   * blank or not a fraction 0–1; null when there is no adjusted benefit. */
  readonly adjustedLow: Figure;
  readonly adjustedHigh: Figure;
  /** ROI with those benefits. */
  readonly roiLow: Figure;
  readonly roiHigh: Figure;
  /** BREAKEVEN_ISOLATION(gross, cost, confidence): the isolation share at which ROI is 0; null without a
   * gross benefit, a valid confidence or any cost, or when gross × confidence ≤ 0 (the Impact sheet's blank). */
  readonly breakEven: Figure;
  /** Gross benefit × confidence, when there is an adjusted benefit (the break-even attribution's denominator). */
  readonly attributable: Figure;
  /** ALIGNMENT_SCORE, 0–100; null when the links cannot be read. */
  readonly alignmentScore: Figure;
  /** Strongest link to any objective (0 when none). */
  readonly strongestLink: number;
  /** At least one link of {@link MIN_SUPPORT} (direct) or more. */
  readonly aligned: boolean;
  /** Link strengths by objective slot (invalid or blank read as 0): a plain object, so it serialises. */
  readonly strengths: Readonly<Record<number, number>>;
  /** The sum of the strengths ("link points"). */
  readonly linkPoints: number;
}

export interface ObjectiveFigures {
  readonly slot: number;
  readonly name: string;
  readonly weight: number;
  /** Strongest link any initiative gives it. */
  readonly strongestLink: number;
  readonly supported: boolean;
  /** Cost and adjusted benefits shared out by link points: an initiative's figure × its strength to
   * this objective ÷ the sum of its strengths (the template's "per link point" rule). */
  readonly investment: number;
  readonly benefits: number;
  /** How many initiatives support it directly (link ≥ 2). */
  readonly initiatives: number;
  /** (current − baseline) / |baseline|, when both are numbers and baseline ≠ 0. */
  readonly changeToDate: Figure;
  /** (current − baseline) / (target − baseline): 1 means the target is reached, whichever way it points. */
  readonly progressToTarget: Figure;
}

export interface PortfolioFigures {
  readonly initiatives: readonly InitiativeFigures[];
  readonly objectives: readonly ObjectiveFigures[];
  readonly totalInvestment: number;
  readonly totalAdjustedBenefits: number;
  readonly netBenefits: number;
  readonly portfolioROI: Figure;
  readonly portfolioBCR: Figure;
  /** Adjusted benefits with every initiative's low (high) isolation estimate, and the ROI they give. */
  readonly adjustedBenefitsLow: number;
  readonly adjustedBenefitsHigh: number;
  readonly portfolioROILow: Figure;
  readonly portfolioROIHigh: Figure;
  /**
   * The break-even attribution: investment ÷ Σ (gross benefit × confidence) over the initiatives with an
   * adjusted benefit, the share of every improvement the programs must have caused for the portfolio to
   * pay back (above 1: it cannot). null when that sum is 0 or less. As the Dashboard's C23.
   */
  readonly breakEvenAttribution: Figure;
  readonly alignedShare: Figure;
  readonly objectiveCoverage: Figure;
  readonly portfolioAlignment: Figure;
  /**
   * This period's budget (Alignment) and next period's (Plan), summed over initiatives; null when the
   * sum passes the largest number there is (the sheet's SUM shows #NUM!), so no report prints "$Infinity".
   */
  readonly thisBudget: number | null;
  readonly nextBudget: number | null;
  readonly budgetChange: Figure;
}

const num = (value: unknown): Figure => (typeof value === 'number' && Number.isFinite(value) ? value : null);

/** A value the core returned, or null for an error or blank. */
function result(value: unknown): Figure {
  return isErrorValue(value) ? null : num(value);
}

function weightOf(o: Objective): number {
  return o.weight.value !== null && o.weight.value > 0 ? o.weight.value : 0;
}

function strengthsOf(i: Initiative): Record<number, number> {
  const out: Record<number, number> = {};
  for (const link of i.links) {
    const v = link.strength.value;
    out[link.slot] = v !== null && Number.isInteger(v) && v >= 0 && v <= MAX_STRENGTH ? v : 0;
  }
  return out;
}

export function initiativeFigures(i: Initiative, objectives: readonly Objective[]): InitiativeFigures {
  const change = i.impact.change.value;
  const value = i.impact.valuePerUnit.value;
  const grossBenefit = change !== null && value !== null ? change * value : null;
  let adjustedBenefit: Figure = null;
  let benefitProblem: string | null = null;
  if (grossBenefit !== null) {
    const adjusted = evaluateFunction(adjustedBenefitOf, [grossBenefit, i.impact.isolation.value, i.impact.confidence.value]);
    if (isErrorValue(adjusted)) benefitProblem = adjusted.message;
    adjustedBenefit = result(adjusted);
  }
  let cost = 0;
  for (const [key] of COST_CATEGORIES) {
    const v = i.costs[key].value;
    if (v !== null) cost += v;
  }
  // A blank Participants' time takes the Learning data time cost when ROI says to (as ROI's formula does).
  const time = i.costs.participantTime;
  if (time.value === null && time.invalid === undefined && i.learning?.timeCost != null) cost += i.learning.timeCost;
  const hasBenefit = adjustedBenefit !== null;
  const net = hasBenefit ? result(evaluateFunction(netBenefits, [adjustedBenefit, cost])) : null;
  const bcr = hasBenefit ? result(evaluateFunction(benefitCostRatio, [adjustedBenefit, cost])) : null;
  const roi = hasBenefit ? result(evaluateFunction(roiOf, [adjustedBenefit, cost])) : null;
  const paybackMonths = hasBenefit ? result(evaluateFunction(paybackMonthsOf, [cost, adjustedBenefit])) : null;
  const isolation = i.impact.isolation.value;
  const confidence = i.impact.confidence.value;
  const estimate = (field: NumberField | undefined) => (field && field.value !== null && field.value >= 0 && field.value <= 1 ? field.value : isolation);
  const adjustedWith = (field: NumberField | undefined): Figure =>
    hasBenefit ? result(evaluateFunction(adjustedBenefitOf, [grossBenefit, estimate(field), confidence])) : null;
  const adjustedLow = adjustedWith(i.impact.isolationLow);
  const adjustedHigh = adjustedWith(i.impact.isolationHigh);
  const roiWith = (benefit: Figure): Figure => (benefit === null ? null : result(evaluateFunction(roiOf, [benefit, cost])));
  const costEntered = COST_CATEGORIES.some(([key]) => i.costs[key].value !== null);
  const breakEven = grossBenefit !== null && confidence !== null && costEntered && grossBenefit > 0 && confidence > 0 && confidence <= 1
    ? result(evaluateFunction(breakevenIsolation, [grossBenefit, cost, confidence]))
    : null;
  const strengths = strengthsOf(i);
  const rawLinks = objectives.map((o) => i.links.find((l) => l.slot === o.slot)?.strength.value ?? null);
  const scored = objectives.some((o) => weightOf(o) > 0)
    ? evaluateFunction(alignmentScore, [[rawLinks.map((v) => v ?? '')], [objectives.map(weightOf)]])
    : null;
  const score = Array.isArray(scored) ? result(scored[0][0]) : result(scored);
  const values = Object.values(strengths);
  const strongestLink = Math.max(0, ...values);
  const linkPoints = values.reduce((a, b) => a + b, 0);
  return {
    index: i.index, name: i.name.value ?? '', grossBenefit, adjustedBenefit, benefitProblem, cost, net, bcr, roi, paybackMonths,
    adjustedLow, adjustedHigh, roiLow: roiWith(adjustedLow), roiHigh: roiWith(adjustedHigh), breakEven,
    attributable: hasBenefit && grossBenefit !== null && confidence !== null ? grossBenefit * confidence : null,
    alignmentScore: score === null ? null : score, strongestLink, aligned: strongestLink >= MIN_SUPPORT, strengths, linkPoints,
  };
}

export interface FigureOptions {
  /** Initiatives (by index) whose benefit is left out, e.g. extreme values (Phillips principle 8):
   * their costs still count, their benefit does not. */
  readonly excludeBenefits?: readonly number[];
}

/** An initiative's figures with its benefit left out (costs still count). */
function withoutBenefit(f: InitiativeFigures): InitiativeFigures {
  return {
    ...f, adjustedBenefit: null, benefitProblem: 'left out as an extreme value', net: null, bcr: null, roi: null, paybackMonths: null,
    adjustedLow: null, adjustedHigh: null, roiLow: null, roiHigh: null, attributable: null,
  };
}

export function portfolioFigures(model: FrameworkModel, options: FigureOptions = {}): PortfolioFigures {
  const objectives = model.objectives;
  const excluded = new Set(options.excludeBenefits ?? []);
  const initiatives = model.initiatives.map((i) => {
    const f = initiativeFigures(i, objectives);
    return excluded.has(i.index) ? withoutBenefit(f) : f;
  });
  const totalInvestment = initiatives.reduce((s, f) => s + f.cost, 0);
  const totalAdjustedBenefits = initiatives.reduce((s, f) => s + (f.adjustedBenefit ?? 0), 0);
  const adjustedBenefitsLow = initiatives.reduce((s, f) => s + (f.adjustedLow ?? 0), 0);
  const adjustedBenefitsHigh = initiatives.reduce((s, f) => s + (f.adjustedHigh ?? 0), 0);
  const attributable = initiatives.reduce((s, f) => s + (f.attributable ?? 0), 0);
  const portfolioROIWith = (benefits: number): Figure => (totalInvestment > 0 ? result(evaluateFunction(roiOf, [benefits, totalInvestment])) : null);
  const grid = initiatives.map((f) => objectives.map((o) => f.strengths[o.slot] ?? 0));
  const weights = [objectives.map(weightOf)];
  const haveGrid = grid.length > 0 && objectives.length > 0;
  const budgets = model.initiatives.map((i) => [i.budget.value ?? 0]);

  const objectiveFigures: ObjectiveFigures[] = objectives.map((o) => {
    let investment = 0;
    let benefits = 0;
    let strongest = 0;
    let supporters = 0;
    for (const f of initiatives) {
      const s = f.strengths[o.slot] ?? 0;
      strongest = Math.max(strongest, s);
      if (s >= MIN_SUPPORT) supporters++;
      if (s > 0 && f.linkPoints > 0) {
        investment += (f.cost * s) / f.linkPoints;
        benefits += ((f.adjustedBenefit ?? 0) * s) / f.linkPoints;
      }
    }
    const base = o.baseline.value;
    const current = o.current.value;
    const target = o.target.value;
    return {
      slot: o.slot, name: o.name.value ?? '', weight: weightOf(o), strongestLink: strongest, supported: strongest >= MIN_SUPPORT,
      investment, benefits, initiatives: supporters,
      changeToDate: base !== null && current !== null && base !== 0 ? (current - base) / Math.abs(base) : null,
      progressToTarget: base !== null && current !== null && target !== null && target !== base ? (current - base) / (target - base) : null,
    };
  });

  const finite = (sum: number) => (Number.isFinite(sum) ? sum : null);
  const thisBudget = finite(model.initiatives.reduce((s, i) => s + (i.budget.value ?? 0), 0));
  const nextBudget = finite(model.initiatives.reduce((s, i) => s + (i.plan.nextBudget.value ?? 0), 0));
  return {
    initiatives,
    objectives: objectiveFigures,
    totalInvestment,
    totalAdjustedBenefits,
    netBenefits: totalAdjustedBenefits - totalInvestment,
    portfolioROI: totalInvestment > 0 ? result(evaluateFunction(roiOf, [totalAdjustedBenefits, totalInvestment])) : null,
    portfolioBCR: totalInvestment > 0 ? result(evaluateFunction(benefitCostRatio, [totalAdjustedBenefits, totalInvestment])) : null,
    adjustedBenefitsLow,
    adjustedBenefitsHigh,
    portfolioROILow: portfolioROIWith(adjustedBenefitsLow),
    portfolioROIHigh: portfolioROIWith(adjustedBenefitsHigh),
    breakEvenAttribution: attributable > 0 ? result(evaluateFunction(breakevenIsolation, [attributable, totalInvestment, 1])) : null,
    alignedShare: haveGrid ? result(evaluateFunction(alignedShare, [grid])) : null,
    objectiveCoverage: haveGrid && weights[0].some((w) => w > 0) ? result(evaluateFunction(objectiveCoverage, [grid, weights])) : null,
    portfolioAlignment: haveGrid && weights[0].some((w) => w > 0) ? result(evaluateFunction(portfolioAlignment, [grid, weights, budgets])) : null,
    thisBudget,
    nextBudget,
    budgetChange: thisBudget !== null && nextBudget !== null && thisBudget > 0 && nextBudget > 0 ? nextBudget / thisBudget - 1 : null,
  };
}
