/**
 * Alignment functions: how strongly initiatives (rows) support business objectives (columns).
 * A link strength is a whole number 0…max: 0 none, 1 indirect, 2 direct, 3 primary. Objectives carry
 * priority weights. The score is the weighted-sum model of project-portfolio prioritisation
 * (Archer & Ghasemzadeh, "An integrated framework for project portfolio selection", 1999).
 */
import { BLANK, Grid, HostArg, toGrid, toNumber, toText, toVector } from '../coercion';
import { ErrorValue, isErrorValue, makeError } from '../errors';
import { Messages, position } from '../messages';
import type { CellResult, Result } from '../types';
import { optionalWhole } from './finance';

/** One initiative's strengths; `blank` when the whole row is empty. Blank cells count as 0. */
type StrengthRow = { readonly strengths: readonly number[]; readonly blank: boolean } | ErrorValue;

const DEFAULT_MAX = 3;
const DEFAULT_MIN = 2;

/** Read every row of a strengths range; a bad cell is an error for its row only. `max` may be
 * Infinity where the function has no maximum to check against. */
export function readStrengths(grid: Grid, max: number): StrengthRow[] {
  const out: StrengthRow[] = new Array(grid.length);
  for (let r = 0; r < grid.length; r++) out[r] = readStrengthRow(grid, r, max);
  return out;
}

/** One initiative's row of strengths (see {@link readStrengths}). */
export function readStrengthRow(grid: Grid, r: number, max: number): StrengthRow {
  const rows = grid.length;
  const columns = grid[0].length;
  const strengths: number[] = new Array(columns);
  let blank = true;
  for (let c = 0; c < columns; c++) {
    const value = toNumber(grid[r][c], 'strengths', r, c, rows, columns);
    if (value === BLANK) {
      strengths[c] = 0;
    } else if (isErrorValue(value)) {
      return value;
    } else if (Math.floor(value) !== value) {
      return makeError('#NUM!', Messages.strengthNotWhole(position(r, c, rows, columns)));
    } else if (value < 0 || value > max) {
      return makeError('#NUM!', Messages.strengthOutOfRange(position(r, c, rows, columns), max === Infinity ? DEFAULT_MAX : max));
    } else {
      strengths[c] = value;
      blank = false;
    }
  }
  return { strengths, blank };
}

/** Priority weights, one per objective (a row or a column): ≥ 0, a positive sum; blank counts as 0. */
export function readWeights(arg: HostArg, objectives: number): number[] | ErrorValue {
  const cells = toVector(arg, 'weights');
  if (isErrorValue(cells)) return cells;
  if (cells.length !== objectives) {
    return makeError('#VALUE!', Messages.lengthMismatch('weights', cells.length, 'strengths', `${objectives} (one per objective column)`));
  }
  const weights: number[] = new Array(objectives);
  let sum = 0;
  for (let j = 0; j < objectives; j++) {
    const value = toNumber(cells[j], 'weights', j, 0, objectives, 1);
    if (isErrorValue(value)) return value;
    const weight = value === BLANK ? 0 : value;
    if (weight < 0) return makeError('#NUM!', Messages.mustBeNonNegative('weights', position(j, 0, objectives, 1)));
    weights[j] = weight;
    sum += weight;
  }
  if (sum <= 0) return makeError('#DIV/0!', Messages.weightsSumZero());
  return weights;
}

/** Σ wⱼ·sⱼ: multiply by 100 / (max × Σ wⱼ) for the score. */
function weightedTotal(strengths: readonly number[], weights: readonly number[]): number {
  let total = 0;
  for (let j = 0; j < strengths.length; j++) total += weights[j] * strengths[j];
  return total;
}

function sum(values: readonly number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

/** ALIGNMENT_SCORE: one score 0–100 per initiative (row), spilled as a column. */
export function alignmentScore(args: readonly HostArg[]): Result {
  const grid = toGrid(args[0], 'strengths');
  if (isErrorValue(grid)) return grid;
  const max = optionalWhole(args[2], 'max_strength', DEFAULT_MAX, Messages.maxStrengthInvalid());
  if (isErrorValue(max)) return max;
  const weights = readWeights(args[1], grid[0].length);
  if (isErrorValue(weights)) return weights;
  const scale = 100 / (max * sum(weights));
  const columns = weights.length;
  const scores: CellResult[][] = new Array(grid.length);
  for (let r = 0; r < grid.length; r++) {
    // Fast path: a row of whole numbers within 0…max, scored without allocating.
    const cells = grid[r];
    let total = 0;
    let j = 0;
    for (; j < columns; j++) {
      const v = cells[j];
      if (typeof v !== 'number' || !(v >= 0 && v <= max) || (v | 0) !== v) break; // (v | 0): whole and small
      total += weights[j] * v;
    }
    if (j === columns) {
      scores[r] = [total * scale];
      continue;
    }
    const row = readStrengthRow(grid, r, max);
    scores[r] = [isErrorValue(row) ? row : row.blank ? '' : weightedTotal(row.strengths, weights) * scale];
  }
  return Array.isArray(args[0]) ? scores : scores[0][0];
}

/** PORTFOLIO_ALIGNMENT: the budget-weighted mean ALIGNMENT_SCORE of the initiatives. */
export function portfolioAlignment(args: readonly HostArg[]): Result {
  const grid = toGrid(args[0], 'strengths');
  if (isErrorValue(grid)) return grid;
  const max = optionalWhole(args[3], 'max_strength', DEFAULT_MAX, Messages.maxStrengthInvalid());
  if (isErrorValue(max)) return max;
  const weights = readWeights(args[1], grid[0].length);
  if (isErrorValue(weights)) return weights;
  const budgets = toVector(args[2], 'budgets');
  if (isErrorValue(budgets)) return budgets;
  if (budgets.length !== grid.length) {
    return makeError('#VALUE!', Messages.lengthMismatch('budgets', budgets.length, 'strengths', `${grid.length} (one per initiative row)`));
  }
  const scale = 100 / (max * sum(weights));
  const rows = readStrengths(grid, max);
  let weighted = 0;
  let totalBudget = 0;
  let scored = false; // an initiative with a budget was read
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (isErrorValue(row)) return row;
    const budget = toNumber(budgets[r], 'budgets', r, 0, budgets.length, 1);
    if (isErrorValue(budget)) return budget;
    if (budget === BLANK) {
      if (row.blank) continue; // an empty row of the table
      return makeError('#N/A', Messages.budgetMissing(r));
    }
    if (budget < 0) return makeError('#NUM!', Messages.mustBeNonNegative('budgets', position(r, 0, budgets.length, 1)));
    scored = true;
    totalBudget += budget;
    weighted += budget * weightedTotal(row.strengths, weights) * scale;
  }
  if (!scored) return makeError('#N/A', Messages.noInitiatives());
  if (totalBudget === 0) return makeError('#DIV/0!', Messages.budgetsSumZero());
  return weighted / totalBudget;
}

/** The strongest link each objective (column) gets from any initiative; errors are whole-result. */
function strongestLinks(grid: Grid): number[] | ErrorValue {
  const best: number[] = new Array(grid[0].length).fill(0);
  for (const row of readStrengths(grid, Infinity)) {
    if (isErrorValue(row)) return row;
    for (let j = 0; j < best.length; j++) if (row.strengths[j] > best[j]) best[j] = row.strengths[j];
  }
  return best;
}

/** ALIGNED_SHARE: the share of initiatives (rows) with at least one link ≥ min_strength. */
export function alignedShare(args: readonly HostArg[]): Result {
  const grid = toGrid(args[0], 'strengths');
  if (isErrorValue(grid)) return grid;
  const min = optionalWhole(args[1], 'min_strength', DEFAULT_MIN, Messages.minStrengthInvalid());
  if (isErrorValue(min)) return min;
  let aligned = 0;
  for (const row of readStrengths(grid, Infinity)) {
    if (isErrorValue(row)) return row;
    if (row.strengths.some((s) => s >= min)) aligned++;
  }
  return aligned / grid.length;
}

/** OBJECTIVE_COVERAGE: the priority-weighted share of objectives supported at ≥ min_strength. */
export function objectiveCoverage(args: readonly HostArg[]): Result {
  const grid = toGrid(args[0], 'strengths');
  if (isErrorValue(grid)) return grid;
  const min = optionalWhole(args[2], 'min_strength', DEFAULT_MIN, Messages.minStrengthInvalid());
  if (isErrorValue(min)) return min;
  const weights = readWeights(args[1], grid[0].length);
  if (isErrorValue(weights)) return weights;
  const best = strongestLinks(grid);
  if (isErrorValue(best)) return best;
  let covered = 0;
  for (let j = 0; j < best.length; j++) if (best[j] >= min) covered += weights[j];
  return covered / sum(weights);
}

/**
 * COVERAGE_GAPS: the names of the objectives no initiative supports at ≥ min_strength, in their
 * order, spilled in the orientation of `objectives`. Columns whose objective name is blank are unused
 * and never a gap. With no gaps the result is one empty cell (`""`).
 */
export function coverageGaps(args: readonly HostArg[]): Result {
  const names = toVector(args[0], 'objectives');
  if (isErrorValue(names)) return names;
  const grid = toGrid(args[1], 'strengths');
  if (isErrorValue(grid)) return grid;
  if (grid[0].length !== names.length) {
    return makeError('#VALUE!', Messages.lengthMismatch('objectives', names.length, 'strengths', `${grid[0].length} (one per column of strengths)`));
  }
  const min = optionalWhole(args[2], 'min_strength', DEFAULT_MIN, Messages.minStrengthInvalid());
  if (isErrorValue(min)) return min;
  const best = strongestLinks(grid);
  if (isErrorValue(best)) return best;
  const gaps: string[] = [];
  for (let j = 0; j < names.length; j++) {
    const name = toText(names[j], 'objectives', j, 0, names.length, 1);
    if (isErrorValue(name)) return name;
    if (name !== BLANK && best[j] < min) gaps.push(name);
  }
  if (gaps.length === 0) return [['']];
  const asRow = isRowVector(args[0]);
  return asRow ? [gaps] : gaps.map((g) => [g]);
}

/** objectives already read as a list: more than one column means one row (a single name spills alike either way). */
function isRowVector(arg: HostArg): boolean {
  const grid = toGrid(arg, 'objectives');
  return !isErrorValue(grid) && grid[0].length > 1;
}

