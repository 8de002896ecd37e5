/**
 * Errors are values, never exceptions: every function answers bad input with an {@link ErrorValue}
 * that carries a spreadsheet error code and a message a person understands. Host adapters turn it
 * into `CustomFunctions.Error` (Excel) or a thrown `Error` / visible text (Google Sheets).
 */

/** The spreadsheet error codes the core produces or passes through. */
export const ERROR_CODES = ['#VALUE!', '#DIV/0!', '#NUM!', '#N/A', '#REF!', '#NAME?', '#NULL!', '#CALC!', '#SPILL!', '#GETTING_DATA'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorValue {
  readonly error: ErrorCode;
  readonly message: string;
}

export function makeError(error: ErrorCode, message: string): ErrorValue {
  return { error, message };
}

export function isErrorValue(value: unknown): value is ErrorValue {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { error?: unknown }).error === 'string' &&
    typeof (value as { message?: unknown }).message === 'string' &&
    (ERROR_CODES as readonly string[]).includes((value as { error: string }).error)
  );
}

/** `#N/A` and friends typed as text (Sheets shows errors inside spilled arrays as such text). */
export function errorCodeFromText(text: string): ErrorCode | undefined {
  const upper = text.trim().toUpperCase();
  return (ERROR_CODES as readonly string[]).includes(upper) ? (upper as ErrorCode) : undefined;
}
