/**
 * Learning records: what an LMS export row or an xAPI statement says happened, in one normalised
 * form, with where it came from. Every input row or statement becomes exactly one record or one
 * rejection, so `records.length + rejections.length === inputCount` for every parse.
 */

/** What happened to the person in the activity, in one closed vocabulary for both sources. */
export const LEARNING_STATUSES = [
  'completed',
  'passed',
  'failed',
  'attempted',
  'experienced',
  'in progress',
  'not started',
  'withdrawn',
] as const;
export type LearningStatus = (typeof LEARNING_STATUSES)[number];

/** Statuses that mean the person finished the activity (they count as participants completing). */
export const COMPLETING_STATUSES: readonly LearningStatus[] = ['completed', 'passed'];

export type SourceKind = 'lms-csv' | 'xapi';

/** Where a record or a rejection came from, precise enough for a person to find it in the file. */
export interface SourceRef {
  readonly kind: SourceKind;
  /** The file name the caller gave (never a path we read: the core reads no files). */
  readonly file: string;
  /**
   * CSV: the row as a spreadsheet shows the file (the header is row 1; a quoted field with line
   * breaks stays in one row). Absent for xAPI.
   */
  readonly row?: number;
  /** CSV: the physical line the row starts on (differs from `row` after a field with line breaks). */
  readonly line?: number;
  /** xAPI: the statement's id, when it has one. */
  readonly statementId?: string;
  /** xAPI: the statement's 1-based position in its file. */
  readonly index?: number;
}

export interface LearningRecord {
  /**
   * Who: an e-mail address (lower case), an employee or user id as written, `account.name` for an xAPI
   * account, `sha1:<hex>` for an xAPI mbox_sha1sum, or an OpenID URI.
   */
  readonly person: string;
  /** A display name when the source gives one besides the identifier. */
  readonly personName: string | null;
  /** The activity's name as the source shows it (CSV course title; xAPI definition name, else its id). */
  readonly activity: string;
  /** xAPI: the activity IRI. CSV: a course id column when there is one. */
  readonly activityId: string | null;
  /** ISO calendar date `yyyy-mm-dd`, or null when the status has no date (in progress, not started…). */
  readonly date: string | null;
  readonly status: LearningStatus;
  /** The status as the source wrote it (CSV cell, xAPI verb IRI). */
  readonly statusText: string;
  /** Learning time in hours, or null when the source gives none. */
  readonly durationHours: number | null;
  /** Score as a fraction in [0, 1], or null when the source gives none (or only an unscaled raw score). */
  readonly score: number | null;
  /** The score as the source gave it: CSV cell text, or the xAPI scaled/raw number. */
  readonly rawScore: string | number | null;
  /** Cost in the file's currency, when present. */
  readonly cost: number | null;
  readonly source: SourceRef;
  /** Deterministic key (see key.ts): the same record imported twice has the same key. */
  readonly key: string;
}

/** Machine-readable reason codes, so a caller can tell errors from expected exclusions. */
export type RejectionCode =
  | 'csv-syntax'
  | 'field-count'
  | 'missing-column'
  | 'missing-value'
  | 'bad-date'
  | 'date-order'
  | 'bad-duration'
  | 'bad-score'
  | 'bad-cost'
  | 'bad-status'
  | 'not-json'
  | 'not-statement'
  | 'bad-actor'
  | 'bad-verb'
  | 'unknown-verb'
  | 'bad-object'
  | 'duplicate'
  | 'voided'
  | 'voiding';

/**
 * Codes for inputs that are correct but are not learning records by design (a voiding statement,
 * a statement it voids, the same statement id twice). A caller may treat these as information,
 * not failure; they are still listed, never dropped silently.
 */
export const EXCLUSION_CODES: readonly RejectionCode[] = ['voided', 'voiding', 'duplicate'];

/** Whether a rejection is an expected exclusion (see {@link EXCLUSION_CODES}) rather than bad input. */
export function isExclusion(rejection: Pick<Rejection, 'code'>): boolean {
  return EXCLUSION_CODES.includes(rejection.code);
}

export interface Rejection {
  readonly source: SourceRef;
  readonly code: RejectionCode;
  /** A sentence for a person: what is wrong and, where it helps, what to do. */
  readonly reason: string;
}

export interface ParseResult {
  readonly records: LearningRecord[];
  readonly rejections: Rejection[];
  /** Data rows (CSV, blank lines excluded) or statements (xAPI, plus unreadable files) seen. */
  readonly inputCount: number;
}
