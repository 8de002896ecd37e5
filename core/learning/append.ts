/**
 * What an import appends to the workbook: the Learning data rows and the Mappings rows, decided once
 * here for the task pane, the sidebar and `ld-import`. Pure: it reads no workbook; the caller gives
 * the keys already in the Learning data sheet and the mappings already in the Mappings sheet.
 *
 * Rules (docs/learning-data.md, "Appending an import"):
 * - **Append only.** Nothing already in either sheet is changed: a record whose key is in the sheet
 *   is skipped (`alreadyThere`), so re-importing the same file appends nothing.
 * - **Once per import.** The same key twice in one import (an export listing a completion twice,
 *   overlapping LRS pages) is appended once; the others are counted as `repeated`.
 * - **Unmatched activities are not appended.** A record whose activity has no confirmed initiative is
 *   never guessed into one: it is left out, counted, and its activity listed (with how many records
 *   and where the first one is), so the caller can ask the person and import again. The records
 *   already appended then are skipped by their keys, so the second import adds only the rest.
 * - **Mappings are remembered.** Every activity → initiative used by this import that the Mappings
 *   sheet does not already hold gets a new row (activity, initiative, how it was matched, date).
 *   A later Mappings row for the same activity overrides an earlier one ({@link mappingsFromRows}),
 *   so a changed mapping is a new row, never an edit.
 */
import { enteredValue } from '../text';
import { fnv1a64 } from './key';
import type { MatchKind } from './match';
import type { LearningRecord, SourceRef } from './types';

/**
 * The Learning data columns, in sheet order (core/templates/layout.ts, LEARNING_TABLE, has the same
 * keys in the same order; append.test.ts checks that they agree).
 */
export const LEARNING_ROW_KEYS = ['importId', 'source', 'key', 'person', 'activity', 'initiative', 'date', 'status', 'hours', 'score', 'cost'] as const;
export type LearningRowKey = (typeof LEARNING_ROW_KEYS)[number];

/** The Mappings columns, in sheet order (MAPPINGS_TABLE in the same file; checked the same way). */
export const MAPPING_ROW_KEYS = ['activity', 'initiative', 'matchedBy', 'confirmedOn'] as const;
export type MappingRowKey = (typeof MAPPING_ROW_KEYS)[number];

/** How a mapping was decided: a match kind, or `user` when a person chose the initiative. */
export type MatchedBy = MatchKind | 'user';

/** A cell as a typed file stores it: text, a number (dates as serial numbers), or blank. */
export type LearningCell = string | number | null;

const SERIAL_EPOCH_UTC = Date.UTC(1899, 11, 30);

/**
 * An ISO date as a spreadsheet serial number (days since 1899-12-30, the 1900 date system that Excel,
 * Google Sheets and LibreOffice share for dates after 1 March 1900). The Learning data sheet shows
 * dates through the `yyyy-mm-dd` number format, and `COUNTIFS` compares them with month bounds.
 *
 * @example serialOfIsoDate('2025-03-14') // 45730
 */
export function serialOfIsoDate(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Math.round((Date.UTC(y, m - 1, d) - SERIAL_EPOCH_UTC) / 86_400_000);
}

/**
 * Where a record came from, in the words a person would use to find it: `export.csv row 12`
 * (`export.csv row 12 (line 14)` after fields with line breaks),
 * `statements.json statement 6f1c…` (or `statement #3` when it has no id).
 *
 * @example sourceText({ kind: 'lms-csv', file: 'export.csv', row: 12 }) // 'export.csv row 12'
 */
export function sourceText(source: SourceRef): string {
  if (source.kind === 'lms-csv') {
    if (source.row === undefined) return source.file;
    // After a quoted field with line breaks the row and the line a text editor shows differ: say both.
    return source.line !== undefined && source.line !== source.row ? `${source.file} row ${source.row} (line ${source.line})` : `${source.file} row ${source.row}`;
  }
  if (source.statementId !== undefined) return `${source.file} statement ${source.statementId}`;
  return source.index !== undefined ? `${source.file} statement #${source.index}` : source.file;
}

/**
 * A deterministic import id: the day and 8 hex digits of FNV-1a 64 over the imported records' keys
 * in order. The same files imported on the same day get the same id; any other content another one.
 *
 * @example importIdFor(['lms-65db58015dd3155d'], '2025-04-01') // '2025-04-01-' + 8 hex digits
 */
export function importIdFor(keys: Iterable<string>, isoDay: string): string {
  const joined: string[] = [];
  for (const key of keys) joined.push(key);
  return `${isoDay}-${fnv1a64(joined.join('\n')).slice(0, 8)}`;
}

/**
 * One Learning data row as typed values, in {@link LEARNING_ROW_KEYS} order: the date as a serial
 * number, hours, score (a fraction) and cost as numbers, blanks as null. For a typed file (`.xlsx`);
 * a host that parses what it is given needs {@link enteredRow}.
 */
export function learningRow(record: LearningRecord, initiative: string, importId: string): LearningCell[] {
  const row: Record<LearningRowKey, LearningCell> = {
    importId,
    source: sourceText(record.source),
    key: record.key,
    person: record.person,
    activity: record.activity,
    initiative,
    date: record.date === null ? null : serialOfIsoDate(record.date),
    status: record.status,
    hours: record.durationHours,
    score: record.score,
    cost: record.cost,
  };
  return LEARNING_ROW_KEYS.map((k) => row[k]);
}

/** A row as a host must be given it: text through `enteredText` (a person or a file wrote it), blanks as ''. */
export function enteredRow(row: readonly LearningCell[]): (string | number)[] {
  return row.map((v) => (v === null ? '' : enteredValue(v)));
}

export interface UnmatchedActivity {
  readonly activity: string;
  /** Records of this activity left out of the import (already-there ones not counted). */
  readonly records: number;
  /** Where the first of them is. */
  readonly first: SourceRef;
}

export interface AppendInput {
  /** Parsed records, in file order (parseLmsCsv / parseXapi `records`). */
  readonly records: readonly LearningRecord[];
  /** Activity → initiative for this import: mappings confirmed now and before (e.g. `acceptProposals(...).mapping`). */
  readonly mapping: ReadonlyMap<string, string>;
  /** How each mapping in `mapping` was decided (default `user`), written to the Mappings sheet. */
  readonly matchedBy?: ReadonlyMap<string, MatchedBy>;
  /** The keys already in the Learning data sheet's key column. */
  readonly existingKeys: Iterable<string>;
  /** The mappings already in the Mappings sheet ({@link mappingsFromRows}). */
  readonly existingMappings?: ReadonlyMap<string, string>;
  /** The import's id; by default {@link importIdFor} the appended keys and `today`. */
  readonly importId?: string;
  /** The day of the import, `yyyy-mm-dd` (the import id's day and the Mappings `confirmedOn`). */
  readonly today: string;
}

export interface AppendPlan {
  readonly importId: string;
  /** The records appended, in file order, with the initiative each is appended under. */
  readonly added: readonly { readonly record: LearningRecord; readonly initiative: string }[];
  /** Rows to append to Learning data, typed ({@link learningRow}); for a host, map each through {@link enteredRow}. */
  readonly rows: readonly LearningCell[][];
  /** Rows to append to Mappings (activity, initiative, matchedBy, confirmedOn as a serial date). */
  readonly mappingRows: readonly LearningCell[][];
  readonly counts: {
    /** Rows appended. */
    readonly added: number;
    /** Records whose key is already in the sheet (skipped, whether their activity is mapped or not). */
    readonly alreadyThere: number;
    /** Records with the key of an earlier record of this import (skipped). */
    readonly repeated: number;
    /** Records left out because their activity has no initiative. */
    readonly unmatched: number;
  };
  /** Activities with no initiative, in order of first appearance: listed, never guessed. */
  readonly unmatched: readonly UnmatchedActivity[];
}

/**
 * The rows an import appends (see the file's comment for the rules).
 *
 * @example planAppend({ records, mapping: new Map([['SQL Basics', 'Data Academy']]), existingKeys: [], today: '2025-04-01' }).counts.added
 */
export function planAppend(input: AppendInput): AppendPlan {
  const known = new Set(input.existingKeys);
  const seen = new Set<string>();
  const added: { record: LearningRecord; initiative: string }[] = [];
  const unmatched = new Map<string, { records: number; first: SourceRef }>();
  let alreadyThere = 0;
  let repeated = 0;
  let unmatchedRecords = 0;
  for (const record of input.records) {
    if (known.has(record.key)) {
      alreadyThere += 1;
      continue;
    }
    const initiative = input.mapping.get(record.activity);
    if (initiative === undefined) {
      unmatchedRecords += 1;
      const entry = unmatched.get(record.activity);
      if (entry) entry.records += 1;
      else unmatched.set(record.activity, { records: 1, first: record.source });
      continue;
    }
    if (seen.has(record.key)) {
      repeated += 1;
      continue;
    }
    seen.add(record.key);
    added.push({ record, initiative });
  }
  const importId = input.importId ?? importIdFor(added.map((a) => a.record.key), input.today);
  const rows = added.map((a) => learningRow(a.record, a.initiative, importId));

  const confirmedOn = serialOfIsoDate(input.today);
  const remembered = input.existingMappings ?? new Map<string, string>();
  const mappingRows: LearningCell[][] = [];
  const used = new Set<string>();
  for (const a of added) {
    const activity = a.record.activity;
    if (used.has(activity)) continue;
    used.add(activity);
    if (remembered.get(activity) === a.initiative) continue;
    mappingRows.push([activity, a.initiative, input.matchedBy?.get(activity) ?? 'user', confirmedOn]);
  }

  return {
    importId,
    added,
    rows,
    mappingRows,
    counts: { added: added.length, alreadyThere, repeated, unmatched: unmatchedRecords },
    unmatched: [...unmatched].map(([activity, u]) => ({ activity, records: u.records, first: u.first })),
  };
}

/** A cell read as text: trimmed text, a finite number as its digits, anything else ''. */
export const cellText = (cell: unknown): string => (typeof cell === 'string' ? cell.trim() : typeof cell === 'number' && Number.isFinite(cell) ? String(cell) : '');

/**
 * The confirmed mappings a Mappings sheet holds, from its rows as (activity, initiative) pairs:
 * text trimmed (a number as its digits), rows with a blank cell skipped, and a later row for an activity overrides an earlier one.
 *
 * @example mappingsFromRows([['CS 101', 'Old'], ['CS 101', 'Customer Success Playbook']]).get('CS 101') // 'Customer Success Playbook'
 */
export function mappingsFromRows(rows: Iterable<readonly unknown[]>): Map<string, string> {
  const out = new Map<string, string>();
  for (const row of rows) {
    const activity = cellText(row[0]);
    const initiative = cellText(row[1]);
    if (activity === '' || initiative === '') continue;
    out.set(activity, initiative);
  }
  return out;
}
