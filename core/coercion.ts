/**
 * Coercion: every host's cell values become one typed form, once, before any maths runs.
 *
 * Hosts disagree on how a cell arrives: Excel passes a blank as `null` (or `''`) and an omitted
 * optional argument as `null`; Google Sheets passes a blank as `''` and a date as a `Date`; an error
 * cell arrives as an error object (Excel `CustomFunctions.Error`, HyperFormula `DetailedCellError`) or
 * as its text (`#N/A`). The functions here turn each of those into a number, {@link BLANK}, text or an
 * {@link ErrorValue} with a message naming the argument and the cell.
 *
 * The number path allocates nothing, so a million-row range costs one `typeof` check per cell.
 */
import { ErrorCode, ErrorValue, errorCodeFromText, isErrorValue, makeError, ERROR_CODES } from './errors';
import { Messages, position } from './messages';

/** The one blank value, whatever the host sent (`''`, `null`, `undefined`, white space). */
export const BLANK: unique symbol = Symbol('blank');
export type Blank = typeof BLANK;

/** A value as a host may pass it for one cell. */
export type HostCell = number | string | boolean | null | undefined | Date | object;
/** An argument as a host passes it: one cell, or a range as rows of cells. */
export type HostArg = HostCell | readonly (readonly HostCell[])[] | readonly HostCell[];

/** A range: rows of raw host cells, rectangular. */
export type Grid = readonly (readonly HostCell[])[];

const ERROR_SET: ReadonlySet<string> = new Set(ERROR_CODES);
/** 1899-12-30, day 0 of the Excel/Sheets serial-date system (with Lotus's leap-year quirk absorbed). */
const SERIAL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;

/** A host error object or error text, if `raw` is one: Excel `CustomFunctions.Error` (`code`), Excel's
 * data-type form of an error cell (`{ type: 'Error', basicValue: '#N/A' }`), HyperFormula
 * `DetailedCellError` (`value`), our own {@link ErrorValue} (`error`), or `#N/A` as text. Read here,
 * once, so a host passes its ranges to the core as they came, without a pass of its own over them. */
export function hostErrorCode(raw: unknown): ErrorCode | undefined {
  if (typeof raw === 'string') return raw.charCodeAt(0) === 35 /* # */ ? errorCodeFromText(raw) : undefined;
  if (typeof raw !== 'object' || raw === null) return undefined;
  try {
    if (raw instanceof Date || Array.isArray(raw)) return undefined;
    const candidate = raw as { error?: unknown; code?: unknown; value?: unknown; type?: unknown; basicType?: unknown; basicValue?: unknown };
    const dataType = candidate.type === 'Error' || candidate.basicType === 'Error' ? candidate.basicValue : undefined;
    for (const field of [candidate.error, candidate.code, candidate.value, dataType]) {
      if (typeof field === 'string' && ERROR_SET.has(field)) return field as ErrorCode;
    }
    return undefined;
  } catch {
    return undefined; // an object that throws when read (a throwing getter, a revoked proxy) is no error cell
  }
}

/** Excel/Sheets serial number of a date: days since 1899-12-30, fraction of a day for the time.
 * Uses the date's calendar fields as the runtime sees them (Apps Script: the script's time zone). */
export function dateToSerial(date: Date): number {
  const utc = Date.UTC(
    date.getFullYear(), date.getMonth(), date.getDate(),
    date.getHours(), date.getMinutes(), date.getSeconds(), date.getMilliseconds(),
  );
  return (utc - SERIAL_EPOCH_UTC) / MS_PER_DAY;
}

/** A serial number back to a `Date` at UTC midnight (plus the time of day). */
export function serialToDate(serial: number): Date {
  return new Date(SERIAL_EPOCH_UTC + Math.round(serial * MS_PER_DAY));
}

function isBlankText(text: string): boolean {
  return text.length === 0 || text.trim().length === 0;
}

/**
 * One cell as a number. `row`/`column`/`rows`/`columns` only serve the message, which is built
 * only when the cell is bad. Booleans are refused rather than read as 1/0: a TRUE in a cost
 * column is a mistake to report, not a cost of 1.
 */
export function toNumber(raw: HostCell, param: string, row = 0, column = 0, rows = 1, columns = 1): number | Blank | ErrorValue {
  if (typeof raw === 'number') {
    if (raw - raw === 0) return raw; // finite: NaN - NaN and Infinity - Infinity are NaN
    return makeError('#NUM!', Messages.notFinite(param, position(row, column, rows, columns)));
  }
  if (raw === null || raw === undefined) return BLANK;
  if (typeof raw === 'string') {
    if (isBlankText(raw)) return BLANK;
    const code = hostErrorCode(raw);
    if (code) return makeError(code, Messages.upstreamError(param, code, position(row, column, rows, columns)));
    return makeError('#VALUE!', Messages.notANumber(param, raw, position(row, column, rows, columns)));
  }
  if (typeof raw === 'boolean') {
    return makeError('#VALUE!', Messages.notANumber(param, raw, position(row, column, rows, columns)));
  }
  const read = readObject(raw);
  if (typeof read === 'number') {
    if (read - read === 0) return read;
    return makeError('#VALUE!', Messages.invalidDate(param, position(row, column, rows, columns)));
  }
  return objectError(read, param, position(row, column, rows, columns));
}

/**
 * An object cell read once, never throwing: a date as its serial number (NaN for an invalid date), an
 * error value (ours, copied) or a host error's code, or undefined for anything else. An object that
 * throws when read (a throwing getter, a proxy whose traps throw) is undefined too: one bad cell, not
 * a failed call.
 */
function readObject(raw: unknown): number | ErrorValue | ErrorCode | undefined {
  try {
    if (raw instanceof Date) return dateToSerial(raw);
    if (isErrorValue(raw)) return makeError(raw.error, raw.message);
  } catch {
    return undefined;
  }
  return hostErrorCode(raw);
}

/** The error for an object cell that is not a date: its own error, a host error's code, or #VALUE!. */
function objectError(read: ErrorValue | ErrorCode | undefined, param: string, where: string): ErrorValue {
  if (read === undefined) return makeError('#VALUE!', Messages.unsupportedValue(param, where));
  return typeof read === 'string' ? makeError(read, Messages.upstreamError(param, read, where)) : read;
}

/**
 * One cell as a TRUE/FALSE flag, read as 1 (TRUE) or 0 (FALSE): a boolean, the text TRUE or FALSE
 * (any case), or a number (which its parameter's rule then checks, e.g. 1 or 0 only). Blank and
 * error cells are read as by {@link toNumber}.
 */
export function toFlag(raw: HostCell, param: string, row = 0, column = 0, rows = 1, columns = 1): number | Blank | ErrorValue {
  if (typeof raw === 'boolean') return raw ? 1 : 0;
  if (typeof raw === 'string' && !isBlankText(raw) && hostErrorCode(raw) === undefined) {
    const upper = raw.trim().toUpperCase();
    if (upper === 'TRUE') return 1;
    if (upper === 'FALSE') return 0;
    return makeError('#VALUE!', Messages.notAFlag(param, raw, position(row, column, rows, columns)));
  }
  return toNumber(raw, param, row, column, rows, columns);
}

/** One cell as text: numbers are written as the spreadsheet would show them in General format. */
export function toText(raw: HostCell, param: string, row = 0, column = 0, rows = 1, columns = 1): string | Blank | ErrorValue {
  if (raw === null || raw === undefined) return BLANK;
  if (typeof raw === 'string') {
    if (isBlankText(raw)) return BLANK;
    const code = hostErrorCode(raw);
    if (code) return makeError(code, Messages.upstreamError(param, code, position(row, column, rows, columns)));
    return raw.trim();
  }
  if (typeof raw === 'number') {
    if (raw - raw === 0) return String(raw);
    return makeError('#NUM!', Messages.notFinite(param, position(row, column, rows, columns)));
  }
  if (typeof raw === 'boolean') return raw ? 'TRUE' : 'FALSE';
  const read = readObject(raw);
  if (typeof read === 'number') {
    // The calendar day of the serial number toNumber reads (the date's own fields, not its UTC day).
    const day = serialToDate(Math.floor(read)).getTime();
    if (day - day === 0) return new Date(day).toISOString().slice(0, 10);
    return makeError('#VALUE!', Messages.invalidDate(param, position(row, column, rows, columns)));
  }
  return objectError(read, param, position(row, column, rows, columns));
}

/**
 * A range argument as a rectangular grid. A flat array is one row (as `{1,2,3}` is in a formula).
 * Returns an error for an empty or ragged range.
 */
export function toGrid(arg: HostArg, param: string): Grid | ErrorValue {
  if (!Array.isArray(arg)) return [[arg as HostCell]];
  if (arg.length === 0) return makeError('#VALUE!', `${param} is an empty range.`);
  if (!Array.isArray(arg[0])) {
    if ((arg as readonly unknown[]).some((cell) => Array.isArray(cell))) {
      return makeError('#VALUE!', `${param} mixes single values and rows; pass a rectangular range.`);
    }
    return [arg as readonly HostCell[]];
  }
  const grid = arg as Grid;
  const width = grid[0].length;
  if (width === 0) return makeError('#VALUE!', `${param} is an empty range.`);
  for (let r = 1; r < grid.length; r++) {
    if (!Array.isArray(grid[r]) || grid[r].length !== width) {
      return makeError('#VALUE!', `${param} is not rectangular: row ${r + 1} has a different number of cells.`);
    }
  }
  return grid;
}

export function shapeText(rows: number, columns: number): string {
  if (rows === 1 && columns === 1) return 'a single cell';
  return `${rows} row${rows === 1 ? '' : 's'} by ${columns} column${columns === 1 ? '' : 's'}`;
}

/** A grid that is one row or one column, read as a list in reading order. A single blank value
 * (not a range) is a missing argument: `#N/A`. */
export function toVector(arg: HostArg, param: string): readonly HostCell[] | ErrorValue {
  if (!Array.isArray(arg) && (arg === null || arg === undefined || (typeof arg === 'string' && isBlankText(arg)))) {
    return makeError('#N/A', Messages.requiredBlank(param));
  }
  const grid = toGrid(arg, param);
  if (isErrorValue(grid)) return grid;
  if (grid.length === 1) return grid[0];
  if (grid[0].length === 1) return grid.map((row) => row[0]);
  return makeError('#VALUE!', Messages.notAVector(param, shapeText(grid.length, grid[0].length)));
}

/** A single-value argument: a cell, or a range of exactly one cell. */
export function toSingle(arg: HostArg, param: string): HostCell | ErrorValue {
  if (!Array.isArray(arg)) return arg as HostCell;
  const grid = toGrid(arg, param);
  if (isErrorValue(grid)) return grid;
  if (grid.length === 1 && grid[0].length === 1) return grid[0][0];
  return makeError('#VALUE!', `${param} must be a single value, but it is ${shapeText(grid.length, grid[0].length)}.`);
}

/**
 * A host's argument with each cell put in the form the core reads (`normalise`): a single cell
 * directly; a range copied only when a cell changes, so the common all-numbers range costs one check
 * per cell. `worth` skips, cheaply, cells `normalise` would leave as they are.
 */
export function normaliseArg(arg: unknown, normalise: (cell: unknown) => unknown, worth: (cell: unknown) => boolean): HostArg {
  if (!Array.isArray(arg)) return normalise(arg) as HostArg;
  let copy: unknown[][] | undefined;
  for (let r = 0; r < arg.length; r++) {
    const row: unknown = arg[r];
    if (!Array.isArray(row)) continue;
    for (let c = 0; c < row.length; c++) {
      const cell: unknown = row[c];
      if (!worth(cell)) continue;
      const next = normalise(cell);
      if (next !== cell) {
        copy ??= arg.map((each) => (Array.isArray(each) ? each.slice() : each)) as unknown[][];
        copy[r][c] = next;
      }
    }
  }
  return (copy ?? arg) as HostArg;
}

/**
 * A serial number from a date's wall-clock fields written as `yyyy-MM-ddTHH:mm:ss.SSS` (what Apps
 * Script's `Utilities.formatDate(date, zone, "yyyy-MM-dd'T'HH:mm:ss.SSS")` gives): the date as the
 * spreadsheet's time zone shows it. Anything else is undefined.
 */
export function serialFromLocalText(text: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,3}))?$/.exec(text);
  if (!m) return undefined;
  const [y, mo, d, h, mi, s, ms] = m.slice(1).map((part) => Number(part ?? 0));
  return (Date.UTC(y, mo - 1, d, h, mi, s, ms) - SERIAL_EPOCH_UTC) / MS_PER_DAY;
}
