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
    typeof (value as { message?: unknown }).message === 'string' &&
    (ERROR_CODES as readonly unknown[]).includes((value as { error?: unknown }).error)
  );
}

/** `#N/A` and friends typed as text (Sheets shows errors inside spilled arrays as such text). */
export function errorCodeFromText(text: string): ErrorCode | undefined {
  const upper = text.trim().toUpperCase();
  return (ERROR_CODES as readonly string[]).includes(upper) ? (upper as ErrorCode) : undefined;
}

/** Results the core built and knows hold no error (the runner marks them): hostRows hands them on unread. */
const WITHOUT_ERRORS = new WeakSet<object>();

/** Mark `rows`, a result just built with no error element, so {@link hostRows} need not look for one. */
export function markWithoutErrors<T extends object>(rows: T): T {
  WITHOUT_ERRORS.add(rows);
  return rows;
}

/**
 * A spilled result with each error element replaced by what a host shows for it. The rows are the
 * core's own, new for each call: a row without an error is handed on as it is and only rows that hold
 * one are copied, so a range of numbers costs one check per cell on its way to the host, and a result
 * the runner marked as holding no error ({@link markWithoutErrors}) costs nothing.
 *
 * ```ts
 * hostRows([[1, makeError('#NUM!', 'm')], [2, 3]], (e) => e.error) // [[1, '#NUM!'], [2, 3]]
 * ```
 */
export function hostRows<C, E>(rows: readonly (readonly C[])[], showError: (error: ErrorValue) => E): (C | E)[][] {
  if (WITHOUT_ERRORS.has(rows)) return rows as (C | E)[][];
  let out = rows as (C | E)[][];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (!row.some(isErrorValue)) continue;
    if (out === rows) out = rows.slice() as (C | E)[][];
    out[r] = row.map((cell) => (isErrorValue(cell) ? showError(cell) : cell));
  }
  return out;
}
