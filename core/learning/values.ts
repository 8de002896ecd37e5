/**
 * Cell values of LMS exports: dates, durations, scores, amounts and statuses, read the way the
 * exports write them. Each reader returns a value or a reason; none throws and none guesses:
 * a date that could be day/month or month/day comes back as `slash` for the caller to settle
 * with the whole file's evidence or the user's choice.
 */
import { parse as parseIsoDuration } from 'tinyduration';
import { LearningMessages as M } from './messages';
import type { LearningStatus } from './types';

export type Problem = { readonly problem: string };
export const isProblem = (value: unknown): value is Problem =>
  typeof value === 'object' && value !== null && typeof (value as Problem).problem === 'string';

// ---------------------------------------------------------------- dates

export type DateOrder = 'dmy' | 'mdy';

/** A parsed date: settled (`iso`), or day and month in an order only the file or the user can tell. */
export type DateReading =
  | { readonly kind: 'iso'; readonly iso: string }
  | { readonly kind: 'slash'; readonly first: number; readonly second: number; readonly year: number };

const MONTHS: Record<string, number> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10,
  nov: 11, november: 11, dec: 12, december: 12,
};

const pad2 = (n: number): string => String(n).padStart(2, '0');

function daysInMonth(year: number, month: number): number {
  return [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/** `yyyy-mm-dd` for a real calendar date, or undefined. */
export function isoDate(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

const TIME_SUFFIX = /^(.*?\d)(?:[ T]+\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:[ap]\.?m\.?)?\s*(?:z|utc|gmt|[+-]\d{2}:?\d{2})?)$/i;

/**
 * Reads a date cell: ISO `2025-03-14` (a time after it is ignored), `2025/03/14`, day and month
 * with `/`, `.` or `-` in either order (`14/03/2025`, `03/14/2025`; two-digit years are 20yy),
 * and month names (`14 Mar 2025`, `Mar 14, 2025`, `14-Mar-25`).
 */
export function readDate(column: string, text: string): DateReading | Problem {
  const trimmed = text.trim();
  const timeless = TIME_SUFFIX.exec(trimmed)?.[1] ?? trimmed;
  const withYear = (year: number): number => (year < 100 ? 2000 + year : year);
  const checkYear = (year: number): Problem | undefined =>
    year < 1900 || year > 2100 ? { problem: M.yearOutOfRange(column, text) } : undefined;

  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(timeless);
  if (m) {
    const year = Number(m[1]);
    const yearProblem = checkYear(year);
    if (yearProblem) return yearProblem;
    const iso = isoDate(year, Number(m[2]), Number(m[3]));
    return iso ? { kind: 'iso', iso } : { problem: M.notACalendarDate(column, text, 'year-month-day') };
  }
  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})$/.exec(timeless);
  if (m) {
    const year = withYear(Number(m[3]));
    const yearProblem = checkYear(year);
    if (yearProblem) return yearProblem;
    const first = Number(m[1]);
    const second = Number(m[2]);
    if (first > 12 && second > 12) return { problem: M.badDate(column, text) };
    return { kind: 'slash', first, second, year };
  }
  // 14 Mar 2025, 14-Mar-2025, 14 March, 2025
  m = /^(\d{1,2})[\s-]+([a-z]+)\.?,?[\s-]+(\d{4}|\d{2})$/i.exec(timeless);
  const named = (day: string, monthName: string, yearText: string): DateReading | Problem => {
    const month = MONTHS[monthName.toLowerCase()];
    if (!month) return { problem: M.badDate(column, text) };
    const year = withYear(Number(yearText));
    const yearProblem = checkYear(year);
    if (yearProblem) return yearProblem;
    const iso = isoDate(year, month, Number(day));
    return iso ? { kind: 'iso', iso } : { problem: M.notACalendarDate(column, text, 'day month year') };
  };
  if (m) return named(m[1], m[2], m[3]);
  // Mar 14, 2025 / March 14 2025
  m = /^([a-z]+)\.?[\s-]+(\d{1,2})(?:st|nd|rd|th)?,?[\s-]+(\d{4})$/i.exec(timeless);
  if (m) return named(m[2], m[1], m[3]);
  return { problem: M.badDate(column, text) };
}

/** What a day/month reading says about the file's order: only a number above 12 decides. */
export function dateEvidence(reading: DateReading): DateOrder | 'ambiguous' | 'none' {
  if (reading.kind === 'iso') return 'none';
  if (reading.first === reading.second) return 'none';
  if (reading.first > 12) return 'dmy';
  if (reading.second > 12) return 'mdy';
  return 'ambiguous';
}

/** Settles a reading with an order; a day/month reading whose day and month are equal needs none. */
export function settleDate(column: string, text: string, reading: DateReading, order: DateOrder | undefined): string | Problem {
  if (reading.kind === 'iso') return reading.iso;
  if (reading.first === reading.second) {
    return isoDate(reading.year, reading.first, reading.first) ?? { problem: M.badDate(column, text) };
  }
  if (!order) return { problem: M.ambiguousDate(column, text) };
  const [day, month] = order === 'dmy' ? [reading.first, reading.second] : [reading.second, reading.first];
  return isoDate(reading.year, month, day) ?? { problem: M.notACalendarDate(column, text, order === 'dmy' ? 'day/month/year' : 'month/day/year') };
}

// ---------------------------------------------------------------- numbers

/**
 * Reads an amount or a decimal: currency signs and spaces are ignored; with both `,` and `.` the
 * later one is the decimal mark; a lone `,` is a thousands separator only in groups of three
 * (`1,200`) in a comma-delimited file, and a decimal comma otherwise (`1,5`; any `;`-delimited file).
 */
export function readNumber(text: string, delimiter: string): number | undefined {
  let t = text.trim().replace(/[\s\u00a0\u202f]/g, '').replace(/^[$€£¥₹]|[$€£¥₹]$/g, '').replace(/^(usd|eur|gbp|chf|cad|aud)|(usd|eur|gbp|chf|cad|aud)$/i, '');
  if (t === '') return undefined;
  const negative = /^\(.*\)$/.test(t);
  if (negative) t = t.slice(1, -1);
  const lastComma = t.lastIndexOf(',');
  const lastDot = t.lastIndexOf('.');
  if (lastComma >= 0 && lastDot >= 0) {
    t = lastComma > lastDot ? t.replace(/\./g, '').replace(',', '.') : t.replace(/,/g, '');
  } else if (lastComma >= 0) {
    const thousands = delimiter === ',' && /^-?\d{1,3}(,\d{3})+$/.test(t);
    if (thousands) t = t.replace(/,/g, '');
    else if ((t.match(/,/g) ?? []).length === 1) t = t.replace(',', '.');
    else return undefined;
  }
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) return undefined;
  const value = Number(t);
  if (!Number.isFinite(value)) return undefined;
  return negative ? -value : value;
}

// ---------------------------------------------------------------- durations

export type DurationUnit = 'hours' | 'minutes' | 'seconds';

/** The unit a duration header names (`Duration (mins)`, `Time Spent in Minutes`, `Hours`), or undefined. */
export function unitFromHeader(header: string): DurationUnit | undefined {
  const h = header.toLowerCase();
  if (/\bmin(ute)?s?\b/.test(h)) return 'minutes';
  if (/\bsec(ond)?s?\b/.test(h)) return 'seconds';
  if (/\b(hours?|hrs?|h)\b/.test(h)) return 'hours';
  return undefined;
}

const UNIT_HOURS: Record<string, number> = {
  h: 1, hr: 1, hrs: 1, hour: 1, hours: 1,
  m: 1 / 60, min: 1 / 60, mins: 1 / 60, minute: 1 / 60, minutes: 1 / 60,
  s: 1 / 3600, sec: 1 / 3600, secs: 1 / 3600, second: 1 / 3600, seconds: 1 / 3600,
};

/**
 * An ISO 8601 duration, whole: an optional `-`, `P`, then number-unit pairs in their order (Y M W D,
 * then after `T` H M S), at least one, each number whole or with a decimal fraction. tinyduration's
 * own pattern is anchored at neither end, so `PT1H-P1D` read as 1 hour and `P-1D` as -24 hours.
 */
const ISO_DURATION = /^-?P(?=\d|T\d)(?:\d+(?:[.,]\d+)?Y)?(?:\d+(?:[.,]\d+)?M)?(?:\d+(?:[.,]\d+)?W)?(?:\d+(?:[.,]\d+)?D)?(?:T(?=\d)(?:\d+(?:[.,]\d+)?H)?(?:\d+(?:[.,]\d+)?M)?(?:\d+(?:[.,]\d+)?S)?)?$/;

/** Hours from an ISO 8601 duration (via tinyduration); days are 24 h, weeks 7 days; years and months refused. */
export function hoursFromIsoDuration(text: string): number | 'calendar' | 'negative' | undefined {
  const t = text.trim();
  if (!ISO_DURATION.test(t)) return undefined;
  let d;
  try {
    d = parseIsoDuration(t);
  } catch {
    return undefined;
  }
  if (d.years || d.months) return 'calendar';
  const hours = (d.weeks ?? 0) * 168 + (d.days ?? 0) * 24 + (d.hours ?? 0) + (d.minutes ?? 0) / 60 + (d.seconds ?? 0) / 3600;
  if (d.negative && hours > 0) return 'negative';
  return hours;
}

/**
 * Reads a duration cell as hours. A plain number is in the column's unit (hours unless the header
 * says minutes or seconds); a number may carry its own unit (`90 min`, `1.5 h`, `1h 30m`);
 * `hh:mm` and `hh:mm:ss` are clock durations; `PT1H30M` is ISO 8601.
 */
export function readDuration(column: string, text: string, unit: DurationUnit, delimiter: string): number | Problem {
  const t = text.trim();
  if (/^-/.test(t)) return { problem: M.negativeDuration(column, text) };
  const clock = /^(\d+):(\d{1,2})(?::(\d{1,2}(?:\.\d+)?))?$/.exec(t);
  if (clock) {
    const minutes = Number(clock[2]);
    const seconds = clock[3] === undefined ? 0 : Number(clock[3]);
    if (minutes >= 60 || seconds >= 60) return { problem: M.badMinutes(column, text) };
    return Number(clock[1]) + minutes / 60 + seconds / 3600;
  }
  if (/^P/i.test(t)) {
    const hours = hoursFromIsoDuration(t.toUpperCase());
    if (typeof hours === 'number') return hours;
    if (hours === 'negative') return { problem: M.negativeDuration(column, text) };
    return { problem: M.badDuration(column, text) };
  }
  const plain = readNumber(t, delimiter);
  if (plain !== undefined) {
    if (plain < 0) return { problem: M.negativeDuration(column, text) };
    return plain * (unit === 'hours' ? 1 : unit === 'minutes' ? 1 / 60 : 1 / 3600);
  }
  // One or more number-unit pairs: 90 min, 1.5 hours, 1h 30m, 2 hrs 15 mins
  const lower = t.toLowerCase();
  if (!/^(\d+(?:[.,]\d+)?\s*[a-z]+\s*)+$/.test(lower)) return { problem: M.badDuration(column, text) };
  const pairs = lower.match(/\d+(?:[.,]\d+)?\s*[a-z]+/g) ?? [];
  let hours = 0;
  for (const pair of pairs) {
    const [, number, word] = /(\d+(?:[.,]\d+)?)\s*([a-z]+)/.exec(pair) as RegExpExecArray;
    const factor = UNIT_HOURS[word];
    if (factor === undefined) return { problem: M.badDuration(column, text) };
    hours += Number(number.replace(',', '.')) * factor;
  }
  return hours;
}

// ---------------------------------------------------------------- scores

/** A score cell: settled as a fraction, or a plain number whose scale (0–1 or 0–100) the file decides. */
export type ScoreReading = { readonly kind: 'fraction'; readonly value: number } | { readonly kind: 'plain'; readonly value: number };

/** Whether a score header says percent (`Score (%)`, `Score %`, `Percentage`). */
export function percentFromHeader(header: string): boolean {
  return /%|percent|pct/i.test(header);
}

/** Reads `85%`, `17/20`, `8.5 / 10`, or a plain number (its scale settled later by {@link settleScore}). */
export function readScore(column: string, text: string, delimiter: string, percentHeader: boolean): ScoreReading | Problem {
  const t = text.trim();
  const percent = /^(.*?)\s*%$/.exec(t);
  if (percent) {
    const value = readNumber(percent[1], delimiter);
    if (value === undefined) return { problem: M.badScore(column, text) };
    if (value < 0 || value > 100) return { problem: M.scoreOutOfRange(column, text, '0% to 100%') };
    return { kind: 'fraction', value: value / 100 };
  }
  const points = /^(.+?)\s*\/\s*(.+)$/.exec(t);
  if (points) {
    const got = readNumber(points[1], delimiter);
    const outOf = readNumber(points[2], delimiter);
    if (got === undefined || outOf === undefined) return { problem: M.badScore(column, text) };
    if (outOf <= 0 || got < 0 || got > outOf) return { problem: M.scoreOutOfRange(column, text, `0 to ${outOf}`) };
    return { kind: 'fraction', value: got / outOf };
  }
  const value = readNumber(t, delimiter);
  if (value === undefined) return { problem: M.badScore(column, text) };
  if (value < 0 || value > 100) return { problem: M.scoreOutOfRange(column, text, '0 to 100') };
  if (percentHeader) return { kind: 'fraction', value: value / 100 };
  return { kind: 'plain', value };
}

/** The scale of plain numbers in a score column: percent as soon as one is above 1. */
export type ScoreScale = 'fraction' | 'percent';

export function settleScore(reading: ScoreReading, scale: ScoreScale): number {
  return reading.kind === 'fraction' || scale === 'fraction' ? reading.value : reading.value / 100;
}

// ---------------------------------------------------------------- statuses

const STATUS_WORDS: ReadonlyArray<readonly [LearningStatus, readonly string[]]> = [
  ['completed', ['completed', 'complete', 'done', 'finished', 'attended', 'completed successfully', 'successfully completed', 'course completed', 'achieved', 'acquired']],
  ['passed', ['passed', 'pass', 'success', 'successful', 'satisfied', 'certified', 'completed passed', 'complete passed']],
  ['failed', ['failed', 'fail', 'not passed', 'unsuccessful', 'did not pass', 'completed failed', 'complete failed']],
  ['attempted', ['attempted', 'incomplete', 'not completed', 'uncompleted', 'partially completed']],
  ['experienced', ['experienced', 'viewed', 'watched', 'read', 'visited']],
  ['in progress', ['in progress', 'inprogress', 'started', 'ongoing', 'active', 'progressing', 'in process']],
  ['not started', ['not started', 'not yet started', 'not attempted', 'registered', 'enrolled', 'enroled', 'subscribed', 'assigned', 'pending', 'pending approval', 'approved', 'waitlisted', 'wait listed', 'waiting', 'scheduled']],
  ['withdrawn', ['withdrawn', 'withdrew', 'cancelled', 'canceled', 'dropped', 'no show', 'noshow', 'did not attend', 'absent', 'expired', 'removed', 'denied']],
];

let statusLookup: Map<string, LearningStatus> | undefined;

/** Every status text the CSV reader knows, for messages and docs. */
export const knownStatusTexts = (): string[] => STATUS_WORDS.flatMap(([, words]) => [...words]);

/** A status cell in the closed vocabulary, case, spaces, `-` and `_` ignored; undefined when unknown. */
export function readStatus(text: string): LearningStatus | undefined {
  const key = text.trim().toLowerCase().replace(/[-_/]+/g, ' ').replace(/[^a-z ]/g, '').replace(/\s+/g, ' ').trim();
  if (!statusLookup) {
    statusLookup = new Map();
    for (const [status, words] of STATUS_WORDS) for (const word of words) statusLookup.set(word, status);
  }
  return statusLookup.get(key);
}
