/**
 * Reading one cell as a number, text or date, whatever the host sent: Office.js `values` (dates as
 * serial numbers, errors as `#N/A` text), SpreadsheetApp `getValues()` (`Date` objects, `''` for
 * blanks) or the `.xlsx` adapter (`Date`, error objects). A cell that is not the expected kind keeps
 * what it held in {@link Field.invalid}, so the audit can say so; it is never guessed.
 */
import { hostErrorCode } from '../coercion';
import type { DateField, NumberField, TextField } from './model';

export function isBlankCell(raw: unknown): boolean {
  return raw === null || raw === undefined || (typeof raw === 'string' && raw.trim() === '');
}

/** How a person would see a cell that holds the wrong kind of value. */
export function describeCell(raw: unknown): string {
  if (typeof raw === 'string') return raw.length > 40 ? `${raw.slice(0, 37)}...` : raw;
  if (typeof raw === 'boolean') return raw ? 'TRUE' : 'FALSE';
  if (typeof raw === 'number') return String(raw);
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? 'an invalid date' : `the date ${isoFromDate(raw)}`;
  const code = hostErrorCode(raw);
  if (code) return code;
  return 'an unreadable value';
}

/** A field's `invalid` in a sentence: `the text "n/a"`, or as it is for `#N/A`, `TRUE` and `the date …`. */
export function invalidText(invalid: string): string {
  return /^(#|TRUE|FALSE|the date|an )/.test(invalid) ? invalid : `the text "${invalid}"`;
}

export function readNumber(raw: unknown, cell: string): NumberField {
  if (typeof raw === 'number') return Number.isFinite(raw) ? { value: raw, cell } : { value: null, cell, invalid: String(raw) };
  if (isBlankCell(raw)) return { value: null, cell };
  return { value: null, cell, invalid: describeCell(raw) };
}

export function readText(raw: unknown, cell: string): TextField {
  if (isBlankCell(raw)) return { value: null, cell };
  if (typeof raw === 'string') {
    const code = hostErrorCode(raw);
    return code ? { value: null, cell, invalid: code } : { value: raw.trim(), cell };
  }
  if (typeof raw === 'number') return Number.isFinite(raw) ? { value: String(raw), cell } : { value: null, cell, invalid: String(raw) };
  if (typeof raw === 'boolean') return { value: raw ? 'TRUE' : 'FALSE', cell };
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? { value: null, cell, invalid: 'an invalid date' } : { value: isoFromDate(raw), cell };
  return { value: null, cell, invalid: describeCell(raw) };
}

const SERIAL_EPOCH_UTC = Date.UTC(1899, 11, 30);
const MS_PER_DAY = 86_400_000;

/** A spreadsheet serial number (days since 1899-12-30) as an ISO date. */
export function isoFromSerial(serial: number): string {
  return new Date(SERIAL_EPOCH_UTC + Math.floor(serial) * MS_PER_DAY).toISOString().slice(0, 10);
}

/** An ISO date as a spreadsheet serial number. */
export function serialFromIso(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return (Date.UTC(y, m - 1, d) - SERIAL_EPOCH_UTC) / MS_PER_DAY;
}

/** A `Date` as its calendar day: UTC midnight dates (the `.xlsx` reader) by their UTC fields, others
 * (Apps Script, in the script's time zone) by their local fields. */
export function isoFromDate(date: Date): string {
  const utcMidnight = date.getUTCHours() === 0 && date.getUTCMinutes() === 0 && date.getUTCSeconds() === 0;
  const y = utcMidnight ? date.getUTCFullYear() : date.getFullYear();
  const m = utcMidnight ? date.getUTCMonth() : date.getMonth();
  const d = utcMidnight ? date.getUTCDate() : date.getDate();
  return `${String(y).padStart(4, '0')}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;

/** Is `iso` a real calendar date written `YYYY-MM-DD`? */
export function isIsoDate(iso: string): boolean {
  const m = ISO_DATE.exec(iso);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.getUTCFullYear() === Number(m[1]) && date.getUTCMonth() === Number(m[2]) - 1 && date.getUTCDate() === Number(m[3]);
}

/** Days from `from` to `to` (both ISO dates); positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  return Math.round(serialFromIso(to) - serialFromIso(from));
}

export function readDate(raw: unknown, cell: string): DateField {
  if (isBlankCell(raw)) return { value: null, cell };
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? { value: null, cell, invalid: 'an invalid date' } : { value: isoFromDate(raw), cell };
  if (typeof raw === 'number') {
    // Serial numbers from 1900-01-01 to 9999-12-31.
    return Number.isFinite(raw) && raw >= 1 && raw < 2958466 ? { value: isoFromSerial(raw), cell } : { value: null, cell, invalid: String(raw) };
  }
  if (typeof raw === 'string') {
    const m = ISO_DATE.exec(raw.trim());
    if (m && isIsoDate(raw.trim())) return { value: `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`, cell };
  }
  return { value: null, cell, invalid: describeCell(raw) };
}
