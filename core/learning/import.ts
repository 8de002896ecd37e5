/**
 * The Import panel's host operations, decided once for Excel (excel-addin/learning/import.ts) and
 * Google Sheets (sheets-addon/server/learning/import.ts): what the pane learns before an import
 * (the framework's initiatives, the mappings confirmed before, the record keys already there and the
 * first free row), how the rows go to the host in chunks, and the checks a host makes before it writes.
 * A host only reads values and replays these writes. Pure: no host, no DOM.
 *
 * Rules:
 * - **Never over a user's cell.** An import starts below the last filled cell of the Learning data
 *   table's own columns (A:K; the per-initiative figures to their right do not count), and every
 *   chunk's block is read and must be empty before it is written ({@link assertBlockEmpty}).
 * - **No sheet is made silently.** A framework without a Learning data sheet (built before imports
 *   existed) gets {@link NoLearningData}: the pane says so and offers Set up.
 * - **Chunks.** Rows go in chunks of {@link IMPORT_CHUNK_ROWS}: Excel writes each in 2 syncs (read
 *   the block, write it), Sheets in one server call of a constant number of service calls.
 *
 * ```ts
 * const targets = importTargets({ learningSheet: 'Learning data', ... });
 * const plan = planAppend({ records, mapping, existingKeys: targets.existingKeys, today });
 * for (const chunk of learningChunks(targets.nextRow, plan.rows.map(enteredRow))) host.write(chunk);
 * ```
 */
import type { FrameworkResolution } from '../framework/resolve';
import type { NoFramework } from '../insights/pane';
import { columnLetter } from '../templates/a1';
import { LEARNING_TABLE, MAPPINGS_TABLE } from '../templates/layout';
import { cellText, enteredRow, mappingsFromRows, sourceText, LEARNING_ROW_KEYS, MAPPING_ROW_KEYS, type AppendPlan } from './append';
import type { LmsCsvResult, LmsField } from './csv';
import type { MatchKind } from './match';
import type { Rejection } from './types';
import type { DateOrder } from './values';

/**
 * Rows per chunk: 5,000 rows of 11 cells is about 1.3 MB of JSON, within Excel on the web's 5 MB
 * request limit and a `google.script.run` call that Apps Script writes in well under its 6 minutes.
 */
export const IMPORT_CHUNK_ROWS = 5000;

/** Columns of the Learning data table (A:K) and of the Mappings table (A:D). */
export const LEARNING_WIDTH = LEARNING_ROW_KEYS.length;
export const MAPPINGS_WIDTH = MAPPING_ROW_KEYS.length;

/** The framework has no Learning data sheet: the pane says so and offers Set up (`setUp`). */
export interface NoLearningData extends NoFramework {
  readonly setUp: true;
}

export const NO_LEARNING_SHEET_MESSAGE = (noun: string): string =>
  `This ${noun}'s L&D framework has no Learning data sheet: it was built before imports existed. Set up the framework again to add one (your sheets stay as they are; new ones get a free name), then import. Nothing was written.`;

/** What the Import panel learns from the document before an import. Plain JSON. */
export interface ImportTargets {
  readonly ok: true;
  /** The framework's Learning data sheet in this document. */
  readonly learningSheet: string;
  /** Its Mappings sheet, or null when the framework has none (mappings are then not remembered). */
  readonly mappingsSheet: string | null;
  /** Initiative names on Alignment, in row order, each once. */
  readonly initiatives: readonly string[];
  /** Mappings confirmed before (activity → initiative; a later Mappings row wins). */
  readonly confirmed: Readonly<Record<string, string>>;
  /** Keys of the records already on Learning data. */
  readonly existingKeys: readonly string[];
  /** The first row below every filled cell of the Learning data table: where an import starts. */
  readonly nextRow: number;
}

/** A chunk of Learning data rows: where it starts and its rows (text escaped, LEARNING_TABLE order). */
export interface LearningChunk {
  readonly startRow: number;
  readonly rows: readonly (readonly (string | number)[])[];
}

/** What a host wrote for one call. */
export interface RowsWritten {
  readonly ok: true;
  readonly sheet: string;
  /** The first and last row written (lastRow < firstRow when there were no rows). */
  readonly firstRow: number;
  readonly lastRow: number;
}

/** What an import wrote: the Learning data rows and the Mappings rows. */
export interface ImportWritten {
  readonly ok: true;
  readonly learningSheet: string;
  readonly firstRow: number;
  readonly lastRow: number;
  readonly rows: number;
  /** The Mappings sheet written to, or null when there is none (nothing remembered). */
  readonly mappingsSheet: string | null;
  readonly mappings: number;
}

/** The rows an import hands its host: Learning data from `startRow`, and Mappings rows (both escaped). */
export interface ImportWrite {
  readonly startRow: number;
  readonly rows: readonly (readonly (string | number)[])[];
  readonly mappings: readonly (readonly (string | number)[])[];
}

// ---- Reading ----

const filled = (cell: unknown): boolean => cell !== '' && cell !== null && cell !== undefined;

/** The framework's Learning data and Mappings sheets, or why an import cannot go ahead. */
export function learningSheets(framework: FrameworkResolution, noun = 'workbook'): { learning: string; mappings: string | null } | NoFramework | NoLearningData {
  if (!framework.ok) return { ok: false, reason: framework.reason };
  const learning = framework.sheets.Learning;
  if (learning === undefined) return { ok: false, reason: NO_LEARNING_SHEET_MESSAGE(noun), setUp: true };
  return { learning, mappings: framework.sheets.Mappings ?? null };
}

/** Initiative names from Alignment's name column (any cells), trimmed, each once, blanks left out. */
export function initiativeNames(cells: Iterable<unknown>): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const cell of cells) {
    const name = cellText(cell);
    if (name === '' || seen.has(name)) continue;
    seen.add(name);
    out.push(name);
  }
  return out;
}

/**
 * The row number of the last row of `rows` with a filled cell in its first `width` cells, where
 * `rows[0]` is sheet row `firstRow`; `firstRow - 1` when none is filled.
 *
 * @example lastFilledRow([['a'], [''], ['b'], ['']], 6) // 8
 */
export function lastFilledRow(rows: readonly (readonly unknown[])[], firstRow: number, width = Infinity): number {
  for (let i = rows.length - 1; i >= 0; i--) {
    const row = rows[i];
    const end = Math.min(row.length, width);
    for (let c = 0; c < end; c++) if (filled(row[c])) return firstRow + i;
  }
  return firstRow - 1;
}

/** The keys in the Learning data key column's cells (from its first data row down), blanks left out. */
export function existingKeys(keyCells: Iterable<unknown>): string[] {
  const out: string[] = [];
  for (const cell of keyCells) {
    const key = cellText(cell);
    if (key !== '') out.push(key);
  }
  return out;
}

/** The column letter of the Learning data key column (C) and the table's last column (K). */
export const KEY_COLUMN = LEARNING_TABLE.columns.key;
export const LEARNING_LAST_COLUMN = columnLetter(LEARNING_WIDTH);

/** Learning data's header row, A to the last record column: where a later chunk checks its sheet. */
export const LEARNING_HEADER_ADDRESS = `A${LEARNING_TABLE.headerRow}:${LEARNING_LAST_COLUMN}${LEARNING_TABLE.headerRow}`;

/**
 * Whether a row holds Learning data's headers in order (the row at {@link LEARNING_HEADER_ADDRESS}):
 * how a chunk after the first knows the sheet the first one found by the framework's markers is
 * still the Learning data sheet, without finding the framework again.
 */
export function isLearningHeader(row: readonly unknown[]): boolean {
  return LEARNING_TABLE.defs.every((d, i) => typeof row[i] === 'string' && (row[i] as string).trim() === d.header);
}
export const MAPPINGS_LAST_COLUMN = columnLetter(MAPPINGS_WIDTH);

export interface TargetsRead {
  readonly learningSheet: string;
  readonly mappingsSheet: string | null;
  /** Alignment's initiative name cells. */
  readonly initiativeCells: Iterable<unknown>;
  /** The Mappings table's rows (activity, initiative, …) from its first data row. */
  readonly mappingRows: Iterable<readonly unknown[]>;
  /** The Learning data key column's cells from its first data row. */
  readonly keyCells: Iterable<unknown>;
  /** The first row below every filled cell of the Learning data table's columns. */
  readonly nextRow: number;
}

/** The pane's answer before an import (plain JSON). */
export function importTargets(read: TargetsRead): ImportTargets {
  return {
    ok: true,
    learningSheet: read.learningSheet,
    mappingsSheet: read.mappingsSheet,
    initiatives: initiativeNames(read.initiativeCells),
    confirmed: Object.fromEntries(mappingsFromRows(read.mappingRows)),
    existingKeys: existingKeys(read.keyCells),
    nextRow: Math.max(read.nextRow, LEARNING_TABLE.firstDataRow),
  };
}

/** Where the next Mappings row goes: below the table's last filled row. */
export function nextMappingRow(rows: readonly (readonly unknown[])[]): number {
  return Math.max(lastFilledRow(rows, MAPPINGS_TABLE.firstDataRow, MAPPINGS_WIDTH) + 1, MAPPINGS_TABLE.firstDataRow);
}

// ---- Writing ----

/** `A{start}:{last}{start+rows-1}`: the block `rows` rows of `width` columns from column A take. */
export function blockAddress(startRow: number, rows: number, width: number): string {
  return `A${startRow}:${columnLetter(width)}${startRow + rows - 1}`;
}

/** What the pane hands its host for a planned import: Learning data rows from `startRow` and the new Mappings rows. */
export function importWrite(plan: Pick<AppendPlan, 'rows' | 'mappingRows'>, startRow: number): ImportWrite {
  return { startRow, rows: plan.rows.map(enteredRow), mappings: plan.mappingRows.map(enteredRow) };
}

/** The rows cut into chunks of `size`, each with its start row. */
export function learningChunks(startRow: number, rows: readonly (readonly (string | number)[])[], size = IMPORT_CHUNK_ROWS): LearningChunk[] {
  const out: LearningChunk[] = [];
  for (let i = 0; i < rows.length; i += size) out.push({ startRow: startRow + i, rows: rows.slice(i, i + size) });
  return out;
}

/**
 * Throws unless every cell of `values` (a block read from `sheet` starting at `startRow`) is blank:
 * an import never writes over a cell, even one typed while it ran.
 */
export function assertBlockEmpty(values: readonly (readonly unknown[])[], startRow: number, sheet: string): void {
  const last = lastFilledRow(values, startRow);
  if (last < startRow) return;
  throw new Error(`Row ${last} of "${sheet}" is no longer empty (something was typed there during the import), so nothing was written over it. Import again: the rows already added are recognised and skipped.`);
}

const MAX_ROW = 1_048_576;

/** A chunk as a script passes it, checked: a row number, and rows of `width` texts or numbers. */
export function chunkArgument(startRow: unknown, rows: unknown, width: number): LearningChunk {
  if (typeof startRow !== 'number' || !Number.isInteger(startRow) || startRow < 2 || startRow > MAX_ROW) {
    throw new Error(`The first row must be a row number (got ${JSON.stringify(startRow) ?? String(startRow)}).`);
  }
  if (!Array.isArray(rows) || rows.length > IMPORT_CHUNK_ROWS || startRow + rows.length - 1 > MAX_ROW) {
    throw new Error(`Send at most ${IMPORT_CHUNK_ROWS.toLocaleString('en-US')} rows at a time.`);
  }
  rows.forEach((row: unknown, i) => {
    if (!Array.isArray(row) || row.length !== width || !row.every((v) => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)))) {
      throw new Error(`Row ${i + 1} of the import must be ${width} texts or numbers.`);
    }
  });
  return { startRow, rows: rows as (string | number)[][] };
}

/** Mappings rows as a script passes them, checked. */
export function mappingRowsArgument(rows: unknown): (string | number)[][] {
  return chunkArgument(MAPPINGS_TABLE.firstDataRow, rows, MAPPINGS_WIDTH).rows as (string | number)[][];
}

/** The Learning data table's date column (G), 1-based, and the Mappings "confirmed on" column (D): given a date format. */
export const LEARNING_DATE_COLUMN = LEARNING_TABLE.columns.date;
export const MAPPINGS_DATE_COLUMN = MAPPINGS_TABLE.columns.confirmedOn;

// ---- Sentences ----

const whole = (n: number): string => n.toLocaleString('en-US');

/** Progress while writing: `12,000 of 100,000 rows`. */
export function importProgressText(done: number, total: number): string {
  return `${whole(done)} of ${whole(total)} rows`;
}

/** `1 row` / `2 rows`. */
export function rowsText(n: number): string {
  return `${whole(n)} ${n === 1 ? 'row' : 'rows'}`;
}

/** The heading of an import's result. */
export function importHeading(written: Pick<ImportWritten, 'rows' | 'learningSheet'>): string {
  return written.rows === 0 ? `Nothing new to add to “${written.learningSheet}”` : `Added ${rowsText(written.rows)} to “${written.learningSheet}”`;
}

/** What the pane calls each detected field. */
export const FIELD_LABELS: Readonly<Record<LmsField, string>> = {
  activity: 'Activity', activityId: 'Activity id', person: 'Person', personName: 'Name', firstName: 'First name', lastName: 'Last name',
  date: 'Date', duration: 'Hours', score: 'Score', status: 'Status', cost: 'Cost',
};

/** How a proposal was found, in a person's words. */
export function proposalKindText(kind: MatchKind, score: number): string {
  switch (kind) {
    case 'confirmed': return 'confirmed before (Mappings)';
    case 'exact': return 'same name';
    case 'normalised': return 'same name apart from case and punctuation';
    case 'contains': return 'the activity’s name contains the initiative’s';
    case 'close': return `similar name (${Math.round(score * 100)}% alike)`;
  }
}

const ORDER_TEXT: Readonly<Record<DateOrder, string>> = { dmy: 'day/month/year (dd/mm/yyyy)', mdy: 'month/day/year (mm/dd/yyyy)' };

/** The date order choices the pane offers, in this order. */
export const DATE_ORDER_CHOICES: readonly { readonly value: DateOrder; readonly label: string }[] = [
  { value: 'dmy', label: `Day first: ${ORDER_TEXT.dmy}` },
  { value: 'mdy', label: `Month first: ${ORDER_TEXT.mdy}` },
];

/** Whether the person must say how the file's dates like 03/04/2025 are written before it can be imported. */
export function needsDateOrderChoice(result: Pick<LmsCsvResult, 'needsDateOrder' | 'dateOrder'>): boolean {
  return result.needsDateOrder || result.dateOrder.found === 'ambiguous' || result.dateOrder.found === 'conflicting';
}

/** What the pane says about a file's dates, or null when it has no day/month dates. */
export function dateOrderText(result: Pick<LmsCsvResult, 'dateOrder'>): string | null {
  const { found, used, examples, ambiguousRows } = result.dateOrder;
  if (found === 'dmy' || found === 'mdy') {
    const example = examples[found];
    return `Dates are read as ${ORDER_TEXT[found]}${example ? `: ${example} can only be read that way` : ''}.`;
  }
  if (found === 'ambiguous') {
    return `${whole(ambiguousRows)} ${ambiguousRows === 1 ? 'date reads' : 'dates read'} either way${examples.ambiguous ? ` (${examples.ambiguous})` : ''}, and none in the file decides. How are dates written in this file?${used ? ` Now read as ${ORDER_TEXT[used]}.` : ''}`;
  }
  if (found === 'conflicting') {
    return `The file has dates of both orders (${[examples.dmy, examples.mdy].filter(Boolean).join('; ')}). How are dates written in this file?${used ? ` Now read as ${ORDER_TEXT[used]}.` : ''}`;
  }
  return null;
}

/** A rejected row or statement, where it is and why: `export.csv row 12: Completion Date "31/02/2025" is not a date…`. */
export function rejectionText(rejection: Rejection): string {
  return `${sourceText(rejection.source)}: ${rejection.reason}`;
}

/** A file's parse in one line: `export.csv: 512 rows, 510 records, 2 rejected.` */
export function fileSummaryText(name: string, inputs: number, records: number, rejected: number, unit: 'rows' | 'statements'): string {
  return `${name}: ${whole(inputs)} ${unit === 'rows' ? (inputs === 1 ? 'row' : 'rows') : inputs === 1 ? 'statement' : 'statements'}, ${whole(records)} ${records === 1 ? 'record' : 'records'}${rejected > 0 ? `, ${whole(rejected)} rejected` : ''}.`;
}

/**
 * The result's count lines, in the order the pane lists them. `rejected` are inputs that are wrong;
 * `excluded` those left out by design (voided and voiding xAPI statements, a statement id twice).
 */
export function importCountLines(counts: AppendPlan['counts'], rejected: number, unmatchedActivities: number, excluded = 0): string[] {
  return [
    `Added: ${rowsText(counts.added)}.`,
    `Already there: ${whole(counts.alreadyThere)} (imported before; not added again).`,
    ...(counts.repeated > 0 ? [`Listed twice in these files: ${whole(counts.repeated)} (added once).`] : []),
    `Rejected: ${whole(rejected)}${rejected > 0 ? ' (listed below with where and why)' : ''}.`,
    ...(excluded > 0 ? [`Left out by design: ${whole(excluded)} (voided statements, the statements voiding them, a statement id twice; listed below).`] : []),
    `Unmatched: ${whole(counts.unmatched)} ${counts.unmatched === 1 ? 'record' : 'records'} of ${whole(unmatchedActivities)} ${unmatchedActivities === 1 ? 'activity' : 'activities'} with no initiative (not added; map them and import again).`,
  ];
}
