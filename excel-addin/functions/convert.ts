/**
 * Between Excel and the core: `CustomFunctions.Error` objects out. Excel's arguments go in as Excel
 * passes them: the core reads every form of an Excel error cell itself (`hostErrorCode` in
 * core/coercion.ts), so no pass over a range is needed here.
 * Pure: the `CustomFunctions` API is passed in, so tests run this without Office.
 */
import type { CellResult, ErrorCode, Result } from '../../core';
import { hostRows, isErrorValue } from '../../core';

/** The part of the `CustomFunctions` runtime API the wrappers use. */
export interface CustomFunctionsApi {
  readonly Error: new (code: string, message?: string) => unknown;
  readonly ErrorCode: Readonly<Record<ExcelErrorCodeName, string>>;
  associate(id: string, fn: (...args: unknown[]) => unknown): void;
}

export type ExcelErrorCodeName = 'invalidValue' | 'notAvailable' | 'divisionByZero' | 'invalidNumber' | 'nullReference';

/**
 * Which `ErrorCode` each core error becomes. Excel accepts only these five as custom-function
 * outputs (`#NAME?` and `#REF!` are input-only); any other code is reported as `#VALUE!` and its
 * message says what it was.
 */
const OUTPUT_CODES: Partial<Record<ErrorCode, ExcelErrorCodeName>> = {
  '#VALUE!': 'invalidValue',
  '#N/A': 'notAvailable',
  '#DIV/0!': 'divisionByZero',
  '#NUM!': 'invalidNumber',
  '#NULL!': 'nullReference',
};

/** Excel shows a custom message only with `#VALUE!` and `#N/A`; for the others it ignores one. */
const CODES_WITH_MESSAGE: ReadonlySet<ExcelErrorCodeName> = new Set<ExcelErrorCodeName>(['invalidValue', 'notAvailable']);

/** `CustomFunctions.ErrorCode`'s values, for a runtime that does not expose the enum. */
const ERROR_CODE_VALUES: Readonly<Record<ExcelErrorCodeName, string>> = {
  invalidValue: '#VALUE!', notAvailable: '#N/A', divisionByZero: '#DIV/0!', invalidNumber: '#NUM!', nullReference: '#NULL!',
};

export function excelErrorCode(api: CustomFunctionsApi, name: ExcelErrorCodeName): string {
  return (api.ErrorCode as Partial<Record<ExcelErrorCodeName, string>> | undefined)?.[name] ?? ERROR_CODE_VALUES[name];
}

export function toExcelError(api: CustomFunctionsApi, error: ErrorCode, message: string): unknown {
  const name = OUTPUT_CODES[error];
  if (name === undefined) return new api.Error(excelErrorCode(api, 'invalidValue'), `${error}: ${message}`);
  return CODES_WITH_MESSAGE.has(name) ? new api.Error(excelErrorCode(api, name), message) : new api.Error(excelErrorCode(api, name));
}

function toExcelCell(api: CustomFunctionsApi, cell: CellResult): unknown {
  return isErrorValue(cell) ? toExcelError(api, cell.error, cell.message) : cell;
}

/**
 * A core result as Excel wants it. A function whose metadata says `matrix` always returns rows
 * (a single value becomes a 1×1 array, which Excel shows in the one cell); each bad element is an
 * `Error` in that element only, and `''` stays a blank-looking cell.
 */
export function toExcelResult(api: CustomFunctionsApi, result: Result, matrix: boolean): unknown {
  if (Array.isArray(result)) return hostRows(result, (error) => toExcelError(api, error.error, error.message));
  const single = toExcelCell(api, result as CellResult);
  return matrix ? [[single]] : single;
}
