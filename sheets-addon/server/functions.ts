/**
 * Between Google Sheets and the core: Sheets' arguments in, Sheets' results out. Pure (no Apps
 * Script service), so tests and the bundle share it.
 *
 * The error convention (docs/sheets.md):
 * - a single-cell result that is an error THROWS `Error("#CODE: message")`; Sheets shows `#ERROR!`
 *   and the message on hover;
 * - inside a spilled array a bad element becomes the TEXT `#CODE: message` in that element only,
 *   so the other elements still show (Sheets has no way to return an error value in one element).
 * Such a text, passed back into one of our functions, reads as the error `#CODE` again, and Sheets'
 * own `#ERROR!` (a formula that threw) reads as `#VALUE!`.
 */
import { ERROR_CODES, evaluate, hostRows, isErrorValue } from '../../core';
import type { ErrorValue, HostArg, Result } from '../../core';
import type { FunctionSpec } from '../../core/types';
import { normaliseArg } from '../../core/coercion';

export type SheetsCustomFunction = (...args: unknown[]) => unknown;

/** The text shown for an error: `#DIV/0!: costs must be greater than 0.` */
export function errorText(error: Pick<ErrorValue, 'error' | 'message'>): string {
  return `${error.error}: ${error.message}`;
}

const CODE_PREFIX = new RegExp(`^(${ERROR_CODES.map((c) => c.replace(/[/!?#]/g, (ch) => `\\${ch}`)).join('|')}): `);

/** `#NUM!: costs (row 3) …` (our own array error text) → `#NUM!`; any other text is unchanged. */
export function errorCodeOfText(text: string): string | undefined {
  if (text.charCodeAt(0) !== 35 /* # */) return undefined;
  const m = CODE_PREFIX.exec(text);
  return m ? m[1] : undefined;
}

/** What Sheets shows for a cell whose formula threw (e.g. one of ours with a single error). */
const SHEETS_THROWN = '#ERROR!';

/**
 * A date cell as its serial number in the spreadsheet's own time zone (Sheets hands a custom function
 * the instant of local midnight there; the core would read its fields in the script's zone). Returns
 * undefined when the zone cannot be read, and the core's reading applies.
 */
export type DateToSerial = (date: Date) => number | undefined;

function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

function normaliseCell(cell: unknown, dates?: DateToSerial): unknown {
  if (dates && isDate(cell)) return dates(cell) ?? cell;
  if (typeof cell !== 'string' || cell.charCodeAt(0) !== 35 /* # */) return cell;
  if (cell.trim().toUpperCase() === SHEETS_THROWN) return '#VALUE!';
  return errorCodeOfText(cell) ?? cell;
}

/**
 * One argument as the core reads it. Sheets passes a range as rows of cells, a blank as `''`, a date
 * as a `Date`: the core reads all of those. Our own error texts (`#NUM!: …`, from another spilled
 * result) are turned back into their code, dates into serial numbers when `dates` is given, and a range
 * is copied only when it holds such a cell.
 */
export function fromSheetsArg(arg: unknown, dates?: DateToSerial): HostArg {
  return normaliseArg(arg, (cell) => normaliseCell(cell, dates), (cell) => typeof cell === 'string' || (dates !== undefined && typeof cell === 'object' && cell !== null));
}

/**
 * A core result as Sheets wants it: rows spill as they are, with each bad element as its error text;
 * a single error value throws, so the cell shows `#ERROR!` with the message.
 */
export function toSheetsResult(result: Result): string | number | boolean | (string | number | boolean)[][] {
  if (Array.isArray(result)) return hostRows(result, errorText) as (string | number | boolean)[][];
  if (isErrorValue(result)) throw new Error(errorText(result));
  return result as string | number | boolean;
}

/**
 * The Apps Script function for one catalogue entry. Sheets passes one argument per parameter the
 * person typed (fewer when optional ones are left out).
 */
export function makeSheetsFunction(spec: FunctionSpec, dates?: () => DateToSerial): SheetsCustomFunction {
  const count = spec.params.length;
  return (...args: unknown[]) => {
    let result: Result;
    try {
      const convert = dates?.();
      result = evaluate(spec.name, args.slice(0, count).map((arg) => fromSheetsArg(arg, convert)));
    } catch (e) {
      throw new Error(`#VALUE!: ${spec.name} failed unexpectedly: ${e instanceof Error ? e.message : String(e)}`);
    }
    return toSheetsResult(result);
  };
}

/**
 * Every catalogue function by name. `dates` makes a fresh date converter for each call (it may read
 * the spreadsheet's time zone, once, the first time a call meets a date).
 */
export function makeSheetsFunctions(catalogue: readonly FunctionSpec[], dates?: () => DateToSerial): Readonly<Record<string, SheetsCustomFunction>> {
  const functions: Record<string, SheetsCustomFunction> = {};
  for (const spec of catalogue) functions[spec.name] = makeSheetsFunction(spec, dates);
  return functions;
}
