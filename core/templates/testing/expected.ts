/**
 * What the framework's figures must be for a dataset, computed by the core's own functions
 * (`evaluate('ROI', …)`, `ALIGNMENT_SCORE`, `ALIGNED_SHARE`, …) from the same rows the workbook holds.
 * Where the core has no function (a sum, a share of a budget) the arithmetic is written out here and
 * says so. The recalculation tests (HyperFormula: core/templates/recalc.test.ts; LibreOffice:
 * test/templates/libreoffice.test.ts) compare the recalculated workbook with these values.
 */
import { evaluate } from '../../index';
import type { CellResult, HostArg, Result } from '../../index';
import { COST_CATEGORIES } from '..';
import type { ExampleDataset } from '..';

export interface ExpectedInitiative {
  readonly name: string;
  readonly cost: number;
  readonly adjustedBenefit: number;
  readonly net: number;
  readonly bcr: number;
  readonly roi: number;
  readonly payback: number;
  readonly alignmentScore: number;
  readonly aligned: 'Yes' | 'No';
  readonly priority: number;
  /** BREAKEVEN_ISOLATION(gross, cost, confidence), and ADJUSTED_BENEFIT with the low (high) isolation estimate. */
  readonly breakEven: number;
  readonly adjustedLow: number;
  readonly adjustedHigh: number;
}

export interface ExpectedObjective {
  readonly name: string;
  readonly investment: number;
  readonly benefits: number;
  readonly thisBudget: number;
  readonly nextBudget: number;
  readonly covered: boolean;
}

export interface ExpectedFigures {
  readonly initiatives: readonly ExpectedInitiative[];
  readonly objectives: readonly ExpectedObjective[];
  readonly totalInvestment: number;
  readonly totalAdjustedBenefits: number;
  readonly portfolioROI: number;
  readonly portfolioBCR: number;
  /** ROI with every low (high) isolation estimate; the break-even attribution (Dashboard C22, D22, C23). */
  readonly portfolioROILow: number;
  readonly portfolioROIHigh: number;
  readonly breakEvenAttribution: number;
  readonly alignedShare: number;
  readonly objectiveCoverage: number;
  readonly portfolioAlignment: number;
  readonly gaps: readonly string[];
  readonly thisBudget: number;
  readonly nextBudget: number;
  readonly budgetChange: number;
  readonly revenueGrowth: number | undefined;
  readonly firstBCR: number | undefined;
  /** Initiative names by net benefit, highest first (ties: the earlier row first). */
  readonly topByNetBenefit: readonly string[];
  /** Initiative names by priority (alignment score × BCR), highest first. */
  readonly rankedByPriority: readonly string[];
}

function num(result: Result, what: string): number {
  if (typeof result !== 'number') throw new Error(`core gave ${JSON.stringify(result)} for ${what}`);
  return result;
}

/** A spilled column from the core as numbers. */
function column(result: Result, what: string): number[] {
  if (!Array.isArray(result)) throw new Error(`core gave ${JSON.stringify(result)} for ${what}`);
  return result.map((row: CellResult[], i: number) => num(row[0] as Result, `${what} row ${i + 1}`));
}

const col = (values: readonly number[]): HostArg => values.map((v) => [v]);
const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

function byDescending(names: readonly string[], keys: readonly number[]): string[] {
  return names
    // Equal figures computed along different paths differ in the last bits; as figures they tie, and
    // a tie goes to the earlier row, as in the sheets (their rank keys subtract ROW()/1000000).
    .map((name, i) => ({ name, key: Number(keys[i].toPrecision(12)), i }))
    .sort((a, b) => b.key - a.key || a.i - b.i)
    .map((x) => x.name);
}

export function expectedFigures(data: ExampleDataset): ExpectedFigures {
  const xs = data.initiatives;
  const objectives = data.objectives;
  const links = xs.map((x) => objectives.map((_, j) => x.links[j] ?? 0));
  const weights = [objectives.map((o) => o.weight)];

  // Fully loaded cost: the sum of the nine categories (plain addition, as the ROI sheet's SUM).
  const costs = xs.map((x) => sum(COST_CATEGORIES.map(([key]) => x.costs[key])));
  // Gross benefit = change × value per unit (Impact sheet); the adjustment is the core's.
  const gross = xs.map((x) => x.impact.change * x.impact.valuePerUnit);
  const adjusted = column(evaluate('ADJUSTED_BENEFIT', [col(gross), col(xs.map((x) => x.impact.isolation)), col(xs.map((x) => x.impact.confidence))]), 'ADJUSTED_BENEFIT');
  const net = column(evaluate('NET_BENEFITS', [col(adjusted), col(costs)]), 'NET_BENEFITS');
  const bcr = column(evaluate('BCR', [col(adjusted), col(costs)]), 'BCR');
  const roi = column(evaluate('ROI', [col(adjusted), col(costs)]), 'ROI');
  const payback = column(evaluate('PAYBACK_MONTHS', [col(costs), col(adjusted)]), 'PAYBACK_MONTHS');
  // The range: the same adjustment with the low (high) estimate, the point value where there is none.
  const withEstimate = (key: 'isolationLow' | 'isolationHigh') =>
    column(evaluate('ADJUSTED_BENEFIT', [col(gross), col(xs.map((x) => x.impact[key] ?? x.impact.isolation)), col(xs.map((x) => x.impact.confidence))]), `ADJUSTED_BENEFIT (${key})`);
  const adjustedLow = withEstimate('isolationLow');
  const adjustedHigh = withEstimate('isolationHigh');
  const breakEven = column(evaluate('BREAKEVEN_ISOLATION', [col(gross), col(costs), col(xs.map((x) => x.impact.confidence))]), 'BREAKEVEN_ISOLATION');
  // Σ gross × confidence (every example row has an adjusted benefit): the break-even attribution's denominator.
  const attributable = sum(xs.map((x, i) => gross[i] * x.impact.confidence));
  const scores = column(evaluate('ALIGNMENT_SCORE', [links, weights]), 'ALIGNMENT_SCORE');
  // Aligned: the row on its own through ALIGNED_SHARE (1 when it has a link of 2 or more).
  const aligned = links.map((row) => (num(evaluate('ALIGNED_SHARE', [[row]]), 'ALIGNED_SHARE') === 1 ? 'Yes' : 'No') as 'Yes' | 'No');
  // Plan's priority score: alignment score × BCR (see core/templates/sheets/plan.ts).
  const priority = scores.map((s, i) => s * bcr[i]);

  const totalInvestment = sum(costs);
  const totalAdjustedBenefits = sum(adjusted);
  const gapsResult = evaluate('COVERAGE_GAPS', [[objectives.map((o) => o.objective)], links]);
  const gaps = Array.isArray(gapsResult) ? gapsResult.flat().filter((g): g is string => typeof g === 'string' && g !== '') : [];
  const covered = objectives.map((o) => !gaps.includes(o.objective));

  // Budget by objective: each initiative's money split over its links in proportion to strength
  // (Plan sheet), added up per objective.
  const linkTotals = links.map((row) => sum(row));
  const share = (amounts: readonly number[], j: number) => sum(amounts.map((a, i) => (linkTotals[i] === 0 ? 0 : (a / linkTotals[i]) * links[i][j])));
  const budgets = xs.map((x) => x.budget);
  const nextBudgets = xs.map((x) => x.nextBudget);
  const thisBudget = sum(budgets);
  const nextBudget = sum(nextBudgets);
  const revenue = objectives.find((o) => o.category === 'Revenue growth');
  const first = data.history[0];

  return {
    initiatives: xs.map((x, i) => ({
      name: x.name, cost: costs[i], adjustedBenefit: adjusted[i], net: net[i], bcr: bcr[i], roi: roi[i], payback: payback[i],
      alignmentScore: scores[i], aligned: aligned[i], priority: priority[i],
      breakEven: breakEven[i], adjustedLow: adjustedLow[i], adjustedHigh: adjustedHigh[i],
    })),
    objectives: objectives.map((o, j) => ({
      name: o.objective,
      investment: share(costs, j),
      benefits: share(adjusted, j),
      thisBudget: share(budgets, j),
      nextBudget: share(nextBudgets, j),
      covered: covered[j],
    })),
    totalInvestment,
    totalAdjustedBenefits,
    portfolioROI: num(evaluate('ROI', [totalAdjustedBenefits, totalInvestment]), 'ROI'),
    portfolioBCR: num(evaluate('BCR', [totalAdjustedBenefits, totalInvestment]), 'BCR'),
    portfolioROILow: num(evaluate('ROI', [sum(adjustedLow), totalInvestment]), 'ROI (low)'),
    portfolioROIHigh: num(evaluate('ROI', [sum(adjustedHigh), totalInvestment]), 'ROI (high)'),
    breakEvenAttribution: num(evaluate('BREAKEVEN_ISOLATION', [attributable, totalInvestment]), 'BREAKEVEN_ISOLATION (portfolio)'),
    alignedShare: num(evaluate('ALIGNED_SHARE', [links]), 'ALIGNED_SHARE'),
    objectiveCoverage: num(evaluate('OBJECTIVE_COVERAGE', [links, weights]), 'OBJECTIVE_COVERAGE'),
    portfolioAlignment: num(evaluate('PORTFOLIO_ALIGNMENT', [links, weights, col(budgets)]), 'PORTFOLIO_ALIGNMENT'),
    gaps,
    thisBudget,
    nextBudget,
    // (next − this) / this, as the Plan sheet writes it.
    budgetChange: (nextBudget - thisBudget) / thisBudget,
    // (current − baseline) / baseline of the first Revenue growth objective, as the Strategy sheet writes it.
    revenueGrowth: revenue ? (revenue.current - revenue.baseline) / revenue.baseline : undefined,
    firstBCR: first ? num(evaluate('BCR', [first.benefits, first.investment]), 'BCR (first snapshot)') : undefined,
    topByNetBenefit: byDescending(xs.map((x) => x.name), net),
    rankedByPriority: byDescending(xs.map((x) => x.name), priority),
  };
}
