/**
 * Finance functions: return on investment, the Phillips ROI Methodology's adjustments, payback,
 * discounting and utility. Pure maths: the runner has already coerced and checked every argument.
 */
import { BLANK, HostArg, toNumber, toSingle, toVector } from '../coercion';
import { ErrorValue, isErrorValue, makeError } from '../errors';
import { Messages } from '../messages';
import { NumberRule, Rules } from '../rules';
import type { Result } from '../types';

/** ROI = (benefits − costs) / costs, a fraction: 2.5 is 250%. Phillips, *Return on Investment in
 * Training and Performance Improvement Programs* (2nd ed., 2003), ch. 9. */
export const roi = (benefits: number, costs: number): number => (benefits - costs) / costs;

/** Benefit–cost ratio = benefits / costs: 3.5 is 3.5:1. */
export const benefitCostRatio = (benefits: number, costs: number): number => benefits / costs;

export const netBenefits = (benefits: number, costs: number): number => benefits - costs;

/** Phillips' isolation and confidence adjustment: the share of an improvement that the program
 * caused, discounted by how sure the estimator is. */
export const adjustedBenefit = (grossBenefit: number, isolation: number, confidence: number): number =>
  grossBenefit * isolation * confidence;

export const paybackMonths = (costs: number, annualBenefits: number): number => (costs / annualBenefits) * 12;

/** The cost of the time people spend learning, loaded for benefits (pension, insurance, taxes). */
export const participantCost = (participants: number, hours: number, hourlyRate: number, benefitsLoading: number): number =>
  participants * hours * hourlyRate * (1 + benefitsLoading);

/** Brogden–Cronbach–Gleser utility: ΔU = N × T × d × SDy − C (Cascio & Boudreau, *Investing in
 * People*, 2nd ed., 2011, ch. 10). */
export const utilityGain = (trained: number, years: number, effectSize: number, sdValue: number, cost: number): number =>
  trained * years * effectSize * sdValue - cost;

export const costPerParticipant = (costs: number, participants: number): number => costs / participants;

/** The gross benefit a program must show so that, after isolation and confidence, it repays its costs. */
export function breakevenBenefit(costs: number, isolation: number, confidence: number): number | ErrorValue {
  // Each factor checked for 0 on its own: two tiny ones multiply to 0 without either being 0, and the
  // result is then too large (#NUM! from the runner), not a program with no effect.
  if (isolation === 0 || confidence === 0) return makeError('#DIV/0!', Messages.noEffect(''));
  return costs === 0 ? 0 : costs / (isolation * confidence);
}

/**
 * Net present value of a program: costs paid now (t = 0), benefits at the end of years 1…n:
 * NPV = −costs + Σ benefitsₜ / (1 + rate)ᵗ. Unlike Excel's NPV, which discounts its first value one
 * period, the cost here is not discounted. Blank years count as 0.
 */
export function programNpv(args: readonly HostArg[]): Result {
  const rate = single(args[0], 'rate', Rules.rate);
  if (isErrorValue(rate)) return rate;
  const costs = single(args[1], 'costs', Rules.nonNegative);
  if (isErrorValue(costs)) return costs;
  const flows = toVector(args[2], 'benefits');
  if (isErrorValue(flows)) return flows;
  let npv = -costs;
  let discount = 1;
  for (let t = 0; t < flows.length; t++) {
    discount /= 1 + rate;
    const value = toNumber(flows[t], 'benefits', t, 0, flows.length, 1);
    if (value === BLANK) continue;
    if (isErrorValue(value)) return value;
    npv += value * discount;
  }
  return npv;
}

/** Present value of the benefits at `rate`, minus costs (the PROGRAM_NPV convention). A year of 0 adds
 * nothing, even where its discount has overflowed (0 × ∞ would make the sum NaN near −100%). */
function npvAt(rate: number, costs: number, flows: readonly number[]): number {
  let npv = -costs;
  let discount = 1;
  for (const flow of flows) {
    discount /= 1 + rate;
    if (flow !== 0) npv += flow * discount;
  }
  return npv;
}

/** Excel IRR's default guess: when several rates repay the costs, the one nearest it is the answer. */
const IRR_GUESS = 0.1;
/** The search covers 1 + rate from 10⁻¹² to 10¹² (rates from −99.9999999999% to a trillion). */
const IRR_LOG_LIMIT = Math.log(1e12);

/**
 * Internal rate of return with PROGRAM_NPV's timing: the rate at which −costs + Σ benefitsₜ/(1+rate)ᵗ
 * is 0. NPV is evaluated at rates stepping outward from 10% on both sides (on the scale of
 * ln(1 + rate): steps of 0.5% near 10%, growing 5% a step, about 230 rates in all), and the first
 * step across which it changes sign is bisected to full double precision. So a rate is found whenever
 * NPV changes sign at one (unlike a bare Newton iteration, which can diverge), and when the flows
 * change sign more than once, so that several rates repay the costs, the one nearest 10% is the answer,
 * as Excel's IRR with its default guess gives: IRR({−100; 500; −600}) is 100% (rates 100% and 200%).
 */
export function programIrr(args: readonly HostArg[]): Result {
  const costs = single(args[0], 'costs', Rules.positive);
  if (isErrorValue(costs)) return costs;
  const cells = toVector(args[1], 'benefits');
  if (isErrorValue(cells)) return cells;
  const flows: number[] = new Array(cells.length);
  for (let t = 0; t < cells.length; t++) {
    const value = toNumber(cells[t], 'benefits', t, 0, cells.length, 1);
    if (isErrorValue(value)) return value;
    flows[t] = value === BLANK ? 0 : value;
  }
  const npv = (rate: number) => npvAt(rate, costs, flows);
  let above = Math.log1p(IRR_GUESS); // the search runs on ln(1 + rate)
  let below = above;
  let fAbove = npv(IRR_GUESS);
  let fBelow = fAbove;
  for (let step = 0.005; above < IRR_LOG_LIMIT || below > -IRR_LOG_LIMIT; step *= 1.05) {
    if (above < IRR_LOG_LIMIT) {
      const next = Math.min(above + step, IRR_LOG_LIMIT);
      const fNext = npv(Math.expm1(next));
      if (changesSign(fAbove, fNext)) return bisect(Math.expm1(above), Math.expm1(next), fAbove, npv);
      above = next;
      fAbove = fNext;
    }
    if (below > -IRR_LOG_LIMIT) {
      const next = Math.max(below - step, -IRR_LOG_LIMIT);
      const fNext = npv(Math.expm1(next));
      if (changesSign(fNext, fBelow)) return bisect(Math.expm1(next), Math.expm1(below), fNext, npv);
      below = next;
      fBelow = fNext;
    }
  }
  // NPV tends to −costs as the rate grows: still positive at the top of the search, a rate lies above it.
  return makeError('#NUM!', fAbove > 0 ? Messages.irrTooLarge() : Messages.noIrr());
}

/** Whether NPV is 0 somewhere from the rate where it is `fLow` to the one where it is `fHigh`. */
function changesSign(fLow: number, fHigh: number): boolean {
  return (fLow >= 0 && fHigh <= 0) || (fLow <= 0 && fHigh >= 0);
}

/** The rate in [low, high], where NPV changes sign, to full double precision. */
function bisect(low: number, high: number, fLow: number, npv: (rate: number) => number): number {
  if (fLow === 0) return low;
  const lowPositive = fLow > 0;
  for (let i = 0; i < 400 && high - low > 1e-15 * Math.max(1, Math.abs(low)); i++) {
    const mid = (low + high) / 2;
    const fMid = npv(mid);
    if (fMid === 0) return mid;
    if (fMid > 0 === lowPositive) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}

/** A required single number (a one-cell range is fine), checked by `rule`. */
export function single(arg: HostArg, param: string, rule?: NumberRule): number | ErrorValue {
  const value = toNumber(toSingle(arg, param), param); // an error value (a bad shape) passes through
  if (value === BLANK) return makeError('#N/A', Messages.requiredBlank(param));
  if (isErrorValue(value)) return value;
  return rule && !rule.ok(value) ? rule.fail(value, param, '') : value;
}

/** An optional single whole number ≥ 1 (max_strength, min_strength): blank takes the default. */
export function optionalWhole(arg: HostArg, param: string, fallback: number, message: string): number | ErrorValue {
  const value = toNumber(toSingle(arg, param), param); // an error value (a bad shape) passes through
  if (value === BLANK) return fallback;
  if (isErrorValue(value)) return value;
  if (value < 1 || Math.floor(value) !== value) return makeError('#NUM!', message);
  return value;
}

