/**
 * Uncertainty functions: how much of an improvement a program must have caused to pay back
 * (break-even attribution), ROI over a grid of isolation and confidence values (a what-if table that
 * Google Sheets lacks), and ROI simulated from low / likely / high estimates.
 *
 * Pure maths, deterministic: the simulation draws from a seeded generator written out below, so the
 * same arguments give the same result on every recalculation and in every host.
 */
import { BLANK, Grid, HostArg, HostCell, shapeText, toGrid, toNumber, toSingle } from '../coercion';
import { ErrorValue, isErrorValue, makeError } from '../errors';
import { Messages, position } from '../messages';
import { NumberRule, Rules } from '../rules';
import type { CellResult, Result } from '../types';
import { single } from './finance';

/**
 * The smallest share of an improvement the program must have caused to pay for itself:
 * costs / (gross_benefit × confidence). Above 1 means it cannot pay back even if it caused all of it.
 * At that share, ROI = (gross × share × confidence − costs) / costs = 0.
 */
export function breakevenIsolation(grossBenefit: number, costs: number, confidence: number): number | ErrorValue {
  const attributable = grossBenefit * confidence;
  if (attributable === 0) return makeError('#DIV/0!', Messages.nothingToAttribute(''));
  if (grossBenefit < 0) return makeError('#NUM!', Messages.grossBenefitNegative(''));
  return costs / attributable;
}

/** One list argument (a row, a column or a single value), each cell read as a number and checked by
 * `rule`; a bad cell is an error value in its own place, a blank cell is {@link BLANK}. */
function readList(arg: HostArg, param: string, rule: NumberRule): (number | typeof BLANK | ErrorValue)[] | ErrorValue {
  if (!Array.isArray(arg) && toNumber(arg as HostCell, param) === BLANK) return makeError('#N/A', Messages.requiredBlank(param));
  const grid: Grid | ErrorValue = toGrid(arg, param);
  if (isErrorValue(grid)) return grid;
  const rows = grid.length;
  const columns = grid[0].length;
  if (rows !== 1 && columns !== 1) return makeError('#VALUE!', Messages.notAVector(param, shapeText(rows, columns)));
  const cells: readonly HostCell[] = rows === 1 ? grid[0] : grid.map((row) => row[0]);
  return cells.map((cell, k) => {
    // One row or one column: position() then names the column or the row, so k serves as both.
    const value = toNumber(cell, param, k, k, rows, columns);
    if (typeof value === 'number' && !rule.ok(value)) return rule.fail(value, param, position(k, k, rows, columns));
    return value;
  });
}

/**
 * ROI for every pair of an isolation value (one row each) and a confidence value (one column each):
 * (gross × i × c − costs) / costs. A bad isolation value is an error across its row, a bad confidence
 * value down its column; a blank one leaves its row or column blank.
 */
export function roiSensitivity(args: readonly HostArg[]): Result {
  const gross = single(args[0], 'gross_benefit');
  if (isErrorValue(gross)) return gross;
  const costs = single(args[1], 'costs', Rules.divisor);
  if (isErrorValue(costs)) return costs;
  const isolations = readList(args[2], 'isolation_values', Rules.fraction);
  if (isErrorValue(isolations)) return isolations;
  const confidences = readList(args[3], 'confidence_values', Rules.fraction);
  if (isErrorValue(confidences)) return confidences;
  const out: CellResult[][] = new Array(isolations.length);
  for (let r = 0; r < isolations.length; r++) {
    const i = isolations[r];
    const row: CellResult[] = new Array(confidences.length);
    for (let k = 0; k < confidences.length; k++) {
      const c = confidences[k];
      if (isErrorValue(i)) row[k] = i;
      else if (isErrorValue(c)) row[k] = c;
      else if (i === BLANK || c === BLANK) row[k] = '';
      else row[k] = (gross * i * c - costs) / costs;
    }
    out[r] = row;
  }
  return out;
}

/** Simulation bounds and defaults (the issue's: 10,000 trials, seed 1). */
export const MIN_TRIALS = 100;
export const MAX_TRIALS = 100_000;
export const DEFAULT_TRIALS = 10_000;
export const DEFAULT_SEED = 1;
const MAX_SEED = 4_294_967_295;

/**
 * Mulberry32, a 32-bit generator by Tommy Ettinger (2017, public domain), as published in
 * bryc/code, "jshash/PRNGs.md" (https://github.com/bryc/code/blob/master/jshash/PRNGs.md#mulberry32).
 * It passes gjrand's tests and PractRand to 2^32 bytes at least and needs only `Math.imul`, which V8
 * has in every host, so Excel and Apps Script draw exactly the same numbers. Returns a function giving
 * uniform numbers in [0, 1) with 32 bits each. Written out here rather than taken from npm: it is 6
 * lines, and a dependency would have to be checked to keep this exact algorithm forever.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The triangular distribution's quantile (inverse CDF) at u ∈ [0, 1): with F(likely) = (likely − low) / (high − low),
 * low + √(u (high − low)(likely − low)) for u < F(likely), else high − √((1 − u)(high − low)(high − likely)).
 * A degenerate triangle (low = high) is exactly low: the second branch is then high − √0.
 */
export function triangularQuantile(u: number, low: number, likely: number, high: number): number {
  const width = high - low;
  if (u * width < likely - low) return low + Math.sqrt(u * width * (likely - low));
  return high - Math.sqrt((1 - u) * width * (high - likely));
}

/** Excel's PERCENTILE.INC (= numpy's default "linear" method, Hyndman & Fan type 7) of sorted values:
 * rank h = (n − 1) p, interpolating between the values either side of it. */
export function percentileInc(sorted: ArrayLike<number>, p: number): number {
  const h = (sorted.length - 1) * p;
  const below = Math.floor(h);
  const lower = sorted[below];
  if (below + 1 >= sorted.length) return lower;
  const upper = sorted[below + 1];
  return lower === upper ? lower : lower + (h - below) * (upper - lower);
}

/** An optional whole number within [min, max]; blank takes `fallback`. */
function optionalWholeIn(arg: HostArg, param: string, fallback: number, min: number, max: number, message: string): number | ErrorValue {
  const value = toNumber(toSingle(arg, param), param); // an error value (a bad shape) passes through
  if (value === BLANK) return fallback;
  if (isErrorValue(value)) return value;
  if (Math.floor(value) !== value || value < min || value > max) return makeError('#NUM!', message);
  return value;
}

/**
 * ROI simulated from triangular estimates of benefits and costs: one row of P10, P50, P90 (by
 * PERCENTILE.INC) and the share of trials with ROI > 0. Each trial draws a benefit, then a cost, from
 * one Mulberry32 stream seeded with `seed`, each by the inverse CDF of its triangle; benefits and costs
 * are independent.
 */
export function roiSimulate(args: readonly HostArg[]): Result {
  const names = ['benefit_low', 'benefit_likely', 'benefit_high', 'cost_low', 'cost_likely', 'cost_high'];
  const values: number[] = [];
  for (let k = 0; k < 6; k++) {
    const value = single(args[k], names[k], k < 3 ? undefined : Rules.divisor);
    if (isErrorValue(value)) return value;
    values.push(value);
  }
  const [bLow, bLikely, bHigh, cLow, cLikely, cHigh] = values;
  if (bLow > bLikely || bLikely > bHigh) return makeError('#NUM!', Messages.triangleOrder(names[0], names[1], names[2]));
  if (cLow > cLikely || cLikely > cHigh) return makeError('#NUM!', Messages.triangleOrder(names[3], names[4], names[5]));
  const trials = optionalWholeIn(args[6], 'trials', DEFAULT_TRIALS, MIN_TRIALS, MAX_TRIALS, Messages.trialsOutOfRange());
  if (isErrorValue(trials)) return trials;
  const seed = optionalWholeIn(args[7], 'seed', DEFAULT_SEED, 0, MAX_SEED, Messages.seedInvalid());
  if (isErrorValue(seed)) return seed;

  const next = mulberry32(seed);
  const rois = new Float64Array(trials);
  let positive = 0;
  for (let t = 0; t < trials; t++) {
    const benefit = triangularQuantile(next(), bLow, bLikely, bHigh);
    const cost = triangularQuantile(next(), cLow, cLikely, cHigh);
    const roi = (benefit - cost) / cost;
    rois[t] = roi;
    if (roi > 0) positive++;
  }
  rois.sort();
  return [[percentileInc(rois, 0.1), percentileInc(rois, 0.5), percentileInc(rois, 0.9), positive / trials]];
}
