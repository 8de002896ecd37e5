/**
 * `sensitivity(model, subject)`: which inputs move ROI most, for one initiative or the portfolio (a
 * tornado), and ROI simulated over the same ranges (P10, P50, P90 and the chance that ROI > 0).
 *
 * Definitions (docs/insights.md, "Sensitivity"):
 * - Base: the figures the Dashboard and the ROI sheet show (core/insights/figures.ts): adjusted
 *   benefit = gross benefit × isolation × confidence, ROI = (adjusted benefit − cost) ÷ cost, cost
 *   the sum of the nine cost categories. The portfolio sums every initiative's adjusted benefit (an
 *   initiative without a measured benefit adds only its costs) and every cost.
 * - Each input is moved to its low and then its high end, every other input at its base value, and
 *   ROI is computed at each end (the core's `ROI`). Its swing is |ROI at high − ROI at low|; the
 *   inputs are listed by swing, largest first (ties keep the order below). For the portfolio an
 *   input moves in every initiative at once.
 *   - Isolation: the Impact sheet's low and high isolation estimates when the initiative has either
 *     (a blank end is the point value, as on the Dashboard); when it has neither, the point value
 *     ± {@link ISOLATION_DEFAULT_SWING} (25%) of itself. Clamped to 0–100%.
 *   - Confidence: ± {@link RELATIVE_SWING} (20%) of itself, clamped to 0–100%.
 *   - Gross benefit (change × value per unit): ± 20%.
 *   - Each of the nine cost categories: ± 20% of its amount (a category with no cost has no swing).
 * - Simulation: the core's `ROI_SIMULATE` with {@link SIMULATION_TRIALS} trials and seed
 *   {@link SIMULATION_SEED}, so the figures are the same on every opening and in both hosts.
 *   Benefit is triangular from every benefit input at its low end together (gross −20%, isolation
 *   low, confidence low) through the base adjusted benefit to every one at its high end; cost from
 *   −20% through the base cost to +20%. Moving the inputs together makes a deliberately wide range.
 *
 * ```ts
 * const s = sensitivity(model, 1);   // the second initiative on Alignment; 'portfolio' for all
 * if (s.ok) s.inputs[0].label;       // 'Isolation': the input that moves its ROI most
 * ```
 */
import { evaluateFunction } from '../index';
import { isErrorValue } from '../errors';
import { roi as roiOf } from '../functions/finance';
import { roiSimulate } from '../functions/uncertainty';
import { COST_CATEGORIES, type CostKey } from '../templates/layout';
import { initiativeFigures } from './figures';
import type { FrameworkModel, ImpactEvidence, Initiative, NumberField } from './model';

/** How far confidence, gross benefit and each cost move either way, relative to their value. */
export const RELATIVE_SWING = 0.2;
/** How far isolation moves either way, relative to itself, when the Impact sheet gives no low or high estimate. */
export const ISOLATION_DEFAULT_SWING = 0.25;
/** The simulation's trials and seed: fixed, so the panel shows the same figures every time. */
export const SIMULATION_TRIALS = 10_000;
export const SIMULATION_SEED = 1;

/** The portfolio, or one initiative by its {@link Initiative.index} (its position on Alignment). */
export type SensitivitySubject = 'portfolio' | number;

export type SensitivityInput = 'isolation' | 'confidence' | 'benefit' | CostKey;

/** Where the isolation range came from: the Impact sheet's estimates, the ±25% default, or both (portfolio). */
export type IsolationSource = 'estimates' | 'default' | 'both';

/** One bar of the tornado. */
export interface InputSwing {
  readonly input: SensitivityInput;
  /** `Isolation`, `Confidence`, `Gross benefit`, or the cost category's header (`Delivery`). */
  readonly label: string;
  /** The input's base, low and high values: fractions for isolation and confidence (for the
   * portfolio, weighted by the benefit they scale: Σ gross × isolation × confidence ÷ Σ gross ×
   * confidence), money for gross benefit and costs. Null when it has no meaning (no benefit measured). */
  readonly base: number | null;
  readonly low: number | null;
  readonly high: number | null;
  /** ROI with this input at its low end, and at its high end, every other input at its base value. */
  readonly roiAtLow: number;
  readonly roiAtHigh: number;
  /** |roiAtHigh − roiAtLow|: the bar's length. */
  readonly swing: number;
}

/** ROI_SIMULATE's answer and what it was given. */
export interface SimulatedRoi {
  readonly p10: number;
  readonly p50: number;
  readonly p90: number;
  /** The share of trials with ROI > 0. */
  readonly chancePositive: number;
  readonly trials: number;
  readonly seed: number;
  readonly benefit: { readonly low: number; readonly likely: number; readonly high: number };
  readonly cost: { readonly low: number; readonly likely: number; readonly high: number };
}

export type Sensitivity =
  | {
      readonly ok: true;
      readonly subject: SensitivitySubject;
      /** `Portfolio`, or the initiative's name. */
      readonly name: string;
      readonly benefit: number;
      readonly cost: number;
      readonly roi: number;
      /** Largest swing first. */
      readonly inputs: readonly InputSwing[];
      readonly isolationSource: IsolationSource;
      /** Null when ROI_SIMULATE refused the ranges; `simulationProblem` says why. */
      readonly simulation: SimulatedRoi | null;
      readonly simulationProblem: string | null;
      /** Portfolio: initiatives without a measured benefit (their costs count, their benefit does not). */
      readonly unmeasured: readonly string[];
    }
  | { readonly ok: false; readonly subject: SensitivitySubject; readonly name: string; readonly reason: string };

/** What one initiative contributes, with the ends of its ranges. */
interface Line {
  readonly name: string;
  /** Null when its adjusted benefit cannot be computed: it adds costs only. */
  readonly gross: number | null;
  readonly isolation: Range;
  readonly confidence: Range;
  readonly costs: Readonly<Record<CostKey, number>>;
  readonly isolationSource: 'estimates' | 'default';
}

interface Range { readonly base: number; readonly low: number; readonly high: number }

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));

/** A fraction typed as an estimate, or null when blank, invalid or outside 0–100%. */
function estimate(field: NumberField | undefined): number | null {
  const v = field?.value;
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= 1 && !field?.invalid ? v : null;
}

/** The isolation range of an initiative whose point isolation is `point` (see the file's comment). */
export function isolationRange(impact: ImpactEvidence, point: number): Range & { readonly source: 'estimates' | 'default' } {
  // The Impact sheet's optional estimates (absent in workbooks made before those columns).
  const low = estimate(impact.isolationLow);
  const high = estimate(impact.isolationHigh);
  if (low === null && high === null) {
    return { base: point, low: clamp01(point * (1 - ISOLATION_DEFAULT_SWING)), high: clamp01(point * (1 + ISOLATION_DEFAULT_SWING)), source: 'default' };
  }
  return { base: point, low: low ?? point, high: high ?? point, source: 'estimates' };
}

function lineOf(i: Initiative, model: FrameworkModel): Line {
  const f = initiativeFigures(i, model.objectives);
  const costs = {} as Record<CostKey, number>;
  for (const [key] of COST_CATEGORIES) costs[key] = i.costs[key].value ?? 0;
  const measured = f.adjustedBenefit !== null && f.grossBenefit !== null;
  // A measured benefit means both fractions were read as numbers (ADJUSTED_BENEFIT requires them).
  const s = measured ? i.impact.isolation.value ?? 0 : 0;
  const c = measured ? i.impact.confidence.value ?? 0 : 0;
  const isolation = isolationRange(i.impact, s);
  return {
    name: initiativeLabel(i), gross: measured ? f.grossBenefit : null, costs, isolationSource: isolation.source,
    isolation, confidence: { base: c, low: clamp01(c * (1 - RELATIVE_SWING)), high: clamp01(c * (1 + RELATIVE_SWING)) },
  };
}

type End = 'base' | 'low' | 'high';
/** Which end each input is at; unnamed inputs are at base. */
type Setting = Partial<Record<SensitivityInput, End>>;

const relativeFactor = (end: End) => (end === 'low' ? 1 - RELATIVE_SWING : end === 'high' ? 1 + RELATIVE_SWING : 1);

/** Adjusted benefit and cost of `lines` with the inputs at the ends `at` says. */
function totals(lines: readonly Line[], at: Setting): { benefit: number; cost: number } {
  let benefit = 0;
  let cost = 0;
  for (const line of lines) {
    if (line.gross !== null) {
      benefit += line.gross * relativeFactor(at.benefit ?? 'base') * line.isolation[at.isolation ?? 'base'] * line.confidence[at.confidence ?? 'base'];
    }
    for (const [key] of COST_CATEGORIES) cost += line.costs[key] * relativeFactor(at[key] ?? 'base');
  }
  return { benefit, cost };
}

/** ROI by the core's own function (the catalogue's `ROI`, by reference). */
function roiFor({ benefit, cost }: { benefit: number; cost: number }): number {
  const value = evaluateFunction(roiOf, [benefit, cost]);
  if (typeof value !== 'number') throw new Error(`ROI of ${benefit} over ${cost} is not a number`); // cost > 0 is checked first
  return value;
}

/** The input's value at `end`, as {@link InputSwing.base} defines it. */
function inputValue(lines: readonly Line[], input: SensitivityInput, end: End): number | null {
  const measured = lines.filter((l) => l.gross !== null);
  if (input === 'benefit') return measured.reduce((s, l) => s + l.gross! * relativeFactor(end), 0);
  if (input === 'isolation' || input === 'confidence') {
    if (measured.length === 0) return null;
    const other = input === 'isolation' ? 'confidence' : 'isolation';
    const weight = (l: Line) => l.gross! * l[other].base;
    const total = measured.reduce((s, l) => s + weight(l), 0);
    // One initiative: its own value (also when its gross benefit is 0 and a weighted mean has no meaning).
    if (lines.length === 1) return measured[0][input][end];
    return total === 0 ? null : measured.reduce((s, l) => s + weight(l) * l[input][end], 0) / total;
  }
  return lines.reduce((s, l) => s + l.costs[input], 0) * relativeFactor(end);
}

const LABELS: Readonly<Record<SensitivityInput, string>> = {
  isolation: 'Isolation', confidence: 'Confidence', benefit: 'Gross benefit',
  ...(Object.fromEntries(COST_CATEGORIES.map(([key, header]) => [key, header])) as Record<CostKey, string>),
};
const INPUTS: readonly SensitivityInput[] = ['isolation', 'confidence', 'benefit', ...COST_CATEGORIES.map(([key]) => key)];

/** The inputs' swings, largest first; ties keep {@link INPUTS}' order. Swings are compared to 12 significant
 * digits, so two that are equal by hand (confidence and gross benefit both scale the benefit by ±20%) tie
 * even when floating point rounds them a last bit apart. */
function tornado(lines: readonly Line[]): InputSwing[] {
  const swings = INPUTS.map((input): InputSwing => {
    const roiAtLow = roiFor(totals(lines, { [input]: 'low' }));
    const roiAtHigh = roiFor(totals(lines, { [input]: 'high' }));
    return {
      input, label: LABELS[input], base: inputValue(lines, input, 'base'), low: inputValue(lines, input, 'low'), high: inputValue(lines, input, 'high'),
      roiAtLow, roiAtHigh, swing: Math.abs(roiAtHigh - roiAtLow),
    };
  });
  const key = (s: InputSwing) => Number(s.swing.toPrecision(12));
  return swings.map((s, k) => ({ s, k, key: key(s) })).sort((a, b) => b.key - a.key || a.k - b.k).map(({ s }) => s);
}

/** ROI_SIMULATE over the benefit and cost triangles (see the file's comment). */
function simulate(lines: readonly Line[], base: { benefit: number; cost: number }): { simulation: SimulatedRoi | null; problem: string | null } {
  const low = totals(lines, { benefit: 'low', isolation: 'low', confidence: 'low' }).benefit;
  const high = totals(lines, { benefit: 'high', isolation: 'high', confidence: 'high' }).benefit;
  // Estimates typed out of order (a low above the point) would give an unordered triangle: widen it to hold the point.
  const benefit = { low: Math.min(low, base.benefit), likely: base.benefit, high: Math.max(high, base.benefit) };
  const cost = { low: base.cost * (1 - RELATIVE_SWING), likely: base.cost, high: base.cost * (1 + RELATIVE_SWING) };
  const result = evaluateFunction(roiSimulate, [benefit.low, benefit.likely, benefit.high, cost.low, cost.likely, cost.high, SIMULATION_TRIALS, SIMULATION_SEED]);
  if (isErrorValue(result)) return { simulation: null, problem: result.message };
  const [[p10, p50, p90, chancePositive]] = result as number[][];
  return { simulation: { p10, p50, p90, chancePositive, trials: SIMULATION_TRIALS, seed: SIMULATION_SEED, benefit, cost }, problem: null };
}

/** An initiative's name as the panel shows it: its name, or where it is when it has none. */
export function initiativeLabel(i: Pick<Initiative, 'name' | 'row'>): string {
  return i.name.value?.trim() || `(no name, Alignment row ${i.row})`;
}

/** The tornado and the simulation for the portfolio or one initiative; `ok: false` says why there is no ROI. */
export function sensitivity(model: FrameworkModel, subject: SensitivitySubject): Sensitivity {
  let lines: Line[];
  let name: string;
  if (subject === 'portfolio') {
    name = 'Portfolio';
    lines = model.initiatives.map((i) => lineOf(i, model));
    if (lines.length === 0) return { ok: false, subject, name, reason: 'The framework has no initiatives yet: add them on Alignment, Impact and ROI.' };
  } else {
    const initiative = model.initiatives.find((i) => i.index === subject);
    if (!initiative) return { ok: false, subject, name: '', reason: `There is no initiative number ${subject + 1} any more: show the sensitivity again to refresh the list.` };
    name = initiativeLabel(initiative);
    const f = initiativeFigures(initiative, model.objectives);
    if (f.grossBenefit === null) {
      return { ok: false, subject, name, reason: `“${name}” has no measured benefit yet: fill in its change and value per unit on Impact.` };
    }
    if (f.adjustedBenefit === null) return { ok: false, subject, name, reason: `The benefit of “${name}” cannot be worked out: ${f.benefitProblem ?? 'check its isolation and confidence on Impact.'}` };
    lines = [lineOf(initiative, model)];
  }
  const base = totals(lines, {});
  if (!(base.cost > 0)) {
    return { ok: false, subject, name, reason: `${subject === 'portfolio' ? 'The portfolio has' : `“${name}” has`} no fully loaded cost on ROI, so there is no ROI to test.` };
  }
  const sources = new Set(lines.filter((l) => l.gross !== null).map((l) => l.isolationSource));
  const { simulation, problem } = simulate(lines, base);
  return {
    ok: true, subject, name, benefit: base.benefit, cost: base.cost, roi: roiFor(base), inputs: tornado(lines),
    isolationSource: sources.size === 2 ? 'both' : sources.has('estimates') ? 'estimates' : 'default',
    simulation, simulationProblem: problem,
    unmeasured: lines.filter((l) => l.gross === null).map((l) => l.name),
  };
}
