/**
 * Regular-reporting functions, as in the Center for Talent Reporting's Talent Development Reporting
 * principles (TDRp) management reports: year to date through a reporting month, a run-rate forecast
 * for the year, and attainment of plan. Pure maths over the monthly actuals a host passes.
 */
import { BLANK, Grid, HostArg, HostCell, hostErrorCode, shapeText, toGrid, toNumber, toSingle, toText } from '../coercion';
import { ErrorValue, isErrorValue, makeError } from '../errors';
import { Messages } from '../messages';
import type { Result } from '../types';

export type Aggregation = 'sum' | 'average';

const MONTHS = 12;

/** monthly_actuals: one row or one column of at most 12 cells (month 1 first). */
function readMonthCells(arg: HostArg): { cells: readonly HostCell[]; column: boolean } | ErrorValue {
  if (!Array.isArray(arg) && toNumber(arg as HostCell, 'monthly_actuals') === BLANK) {
    return makeError('#N/A', Messages.requiredBlank('monthly_actuals'));
  }
  const grid: Grid | ErrorValue = toGrid(arg, 'monthly_actuals');
  if (isErrorValue(grid)) return grid;
  const rows = grid.length;
  const columns = grid[0].length;
  if (rows !== 1 && columns !== 1) return makeError('#VALUE!', Messages.notAVector('monthly_actuals', shapeText(rows, columns)));
  const cells = rows === 1 ? grid[0] : grid.map((row) => row[0]);
  if (cells.length > MONTHS) return makeError('#VALUE!', Messages.tooManyMonths(cells.length));
  return { cells, column: rows !== 1 };
}

/** through_month: a whole number 1…12. An error cell keeps its code; anything else is `#NUM!`. */
function readThroughMonth(arg: HostArg): number | ErrorValue {
  const raw = toSingle(arg, 'through_month'); // an error value (a bad shape) is an error with a host code
  const value = toNumber(raw, 'through_month');
  if (isErrorValue(value) && hostErrorCode(raw) !== undefined) return value;
  if (typeof value !== 'number' || Math.floor(value) !== value || value < 1 || value > MONTHS) {
    return makeError('#NUM!', Messages.throughMonthInvalid(raw));
  }
  return value;
}

/** aggregation: "sum" (also when blank or omitted) or "average", in any case; anything else is `#VALUE!`. */
function readAggregation(arg: HostArg): Aggregation | ErrorValue {
  const text = toText(toSingle(arg, 'aggregation'), 'aggregation'); // an error value passes through
  if (text === BLANK) return 'sum';
  if (isErrorValue(text)) return text;
  const lower = text.toLowerCase();
  if (lower === 'sum' || lower === 'average') return lower;
  return makeError('#VALUE!', Messages.aggregationInvalid(text));
}

interface YearToDate {
  readonly sum: number;
  /** Months 1…through_month that hold a number. */
  readonly reported: number;
  readonly through: number;
  readonly aggregation: Aggregation;
}

/** The months 1…through_month added up, blanks skipped; cells after through_month are not read. */
function yearToDate(args: readonly HostArg[]): YearToDate | ErrorValue {
  const months = readMonthCells(args[0]);
  if (isErrorValue(months)) return months;
  const through = readThroughMonth(args[1]);
  if (isErrorValue(through)) return through;
  const aggregation = readAggregation(args[2]);
  if (isErrorValue(aggregation)) return aggregation;
  const { cells, column } = months;
  const n = cells.length;
  let sum = 0;
  let reported = 0;
  for (let m = 0; m < Math.min(through, n); m++) {
    const value = column ? toNumber(cells[m], 'monthly_actuals', m, 0, n, 1) : toNumber(cells[m], 'monthly_actuals', 0, m, 1, n);
    if (value === BLANK) continue;
    if (isErrorValue(value)) return value;
    sum += value;
    reported++;
  }
  return { sum, reported, through, aggregation };
}

/** The average of the reported months, or blank when none is reported. */
function averageOf(ytd: YearToDate): number | '' {
  return ytd.reported === 0 ? '' : ytd.sum / ytd.reported;
}

/** YTD: a sum adds months 1…through_month (blanks count 0); an average averages the non-blank ones. */
export function ytd(args: readonly HostArg[]): Result {
  const result = yearToDate(args);
  if (isErrorValue(result)) return result;
  return result.aggregation === 'sum' ? result.sum : averageOf(result);
}

/** The year's forecast at the run rate: YTD ÷ through_month × 12 for a sum, the YTD average for an average. */
export function runRateForecast(args: readonly HostArg[]): Result {
  const result = yearToDate(args);
  if (isErrorValue(result)) return result;
  return result.aggregation === 'sum' ? (result.sum / result.through) * MONTHS : averageOf(result);
}

/** Attainment of plan: actual ÷ plan, or plan ÷ actual when less is better (1 is exactly on plan). */
export function planAttainment(actual: number, plan: number, lessIsBetter: number): number | ErrorValue {
  if (lessIsBetter === 1) {
    return actual === 0 ? makeError('#DIV/0!', Messages.attainmentDivisorZero('actual', '')) : plan / actual;
  }
  return plan === 0 ? makeError('#DIV/0!', Messages.attainmentDivisorZero('plan', '')) : actual / plan;
}
