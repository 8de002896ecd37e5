/**
 * What the sidebar's insights panels ask of the spreadsheet: audit it, select a finding's cell, insert
 * the executive summary as a new sheet, plan a budget, append a snapshot to History. The logic in
 * between is the core's (`auditWorkbook`, `planPortfolio`, `snapshotRow`); this file only reads (one
 * `getDataRange().getValues()` per framework sheet), writes a few blocks and shapes the answers as
 * plain JSON: `google.script.run` drops a call that returns a `Date` or a function.
 *
 * Each function takes the spreadsheet and today's date (ISO, in the spreadsheet's time zone), so tests
 * run them on a fake; server/insights/server.ts binds them to the real services.
 */
import {
  auditWorkbook, planPortfolio, snapshotRow, summaryRows,
  type AuditReport, type Finding, type PortfolioPlan, type Severity, type SnapshotValues,
} from '../../../core/insights';
import { columnNumber, HISTORY_TABLE } from '../../../core/templates';
import { enteredText, enteredValue } from '../../../core/text';
import { placeRow } from '../../../core/insights/table';
import { NO_HISTORY_MESSAGE } from '../../../core/framework/resolve';
import { planSheetNames } from '../../../core/templates/rename';
import type { InsightsSpreadsheetLike } from './host';
import { readSpreadsheet, type SpreadsheetRead } from './read';

/** The spreadsheet holds no framework the reader can use; `reason` says why (e.g. missing sheets). */
export interface NoFramework {
  readonly ok: false;
  readonly reason: string;
}

export interface AuditResult {
  readonly ok: true;
  /** The date the audit used (ISO, the spreadsheet's time zone). */
  readonly today: string;
  /** Every sheet of the spreadsheet, so the sidebar knows which findings it can select. */
  readonly sheetNames: readonly string[];
  /** Canonical framework sheet → its name here (`Strategy` → `Strategy (2)`). */
  readonly framework: Readonly<Record<string, string>>;
  readonly counts: Readonly<Record<Severity, number>>;
  readonly findings: readonly Finding[];
  readonly summary: { readonly title: string; readonly paragraphs: readonly string[]; readonly text: string };
}

export interface PlanResult {
  readonly ok: true;
  readonly today: string;
  readonly plan: PortfolioPlan;
  /** How many errors the audit found: the plan uses the figures as they stand. */
  readonly errors: number;
}

export interface SummarySheetResult {
  readonly ok: true;
  /** The new sheet's name: `Summary`, or the next free `Summary (2)`, … */
  readonly sheet: string;
  readonly rows: number;
}

export interface SnapshotCellWritten {
  readonly address: string;
  readonly value: number | string;
}

export interface SnapshotResult {
  readonly ok: true;
  readonly sheet: string;
  /** The row written. */
  readonly row: number;
  /** The row under the last snapshot; when it was not empty, `row` is the first empty one below. */
  readonly requestedRow: number;
  readonly values: SnapshotValues;
  readonly cells: readonly SnapshotCellWritten[];
  /** A snapshot of the same date already in this row (both are kept). */
  readonly sameDateRow: number | null;
  /** The row is below the template's History rows (no ROI/BCR formulas there). */
  readonly beyondCapacity: boolean;
}

export interface SelectResult {
  readonly sheet: string;
  readonly cell: string;
}

type Audited = { read: SpreadsheetRead; report: Extract<AuditReport, { ok: true }> } | NoFramework;

function audit(spreadsheet: InsightsSpreadsheetLike, today: string): Audited {
  const read = readSpreadsheet(spreadsheet);
  if (!read.framework.ok) return { ok: false, reason: read.framework.reason };
  const report = auditWorkbook(read.source, { today, framework: read.framework });
  if (!report.ok) return { ok: false, reason: report.reason };
  return { read, report };
}

/** Audit: the findings and the executive summary, as plain JSON (the model stays on the server). */
export function auditSpreadsheet(spreadsheet: InsightsSpreadsheetLike, today: string): AuditResult | NoFramework {
  const audited = audit(spreadsheet, today);
  if ('ok' in audited) return audited;
  const { read, report } = audited;
  return {
    ok: true,
    today,
    sheetNames: read.allNames.slice(),
    framework: { ...read.sheetNames } as Record<string, string>,
    counts: { ...report.counts },
    findings: report.findings.map((f) => ({ ...f })),
    summary: { title: report.summary.title, paragraphs: report.summary.paragraphs.slice(), text: report.summary.text },
  };
}

/** `B7`, `B7:D9`, `$B$7`, `7:7`; '' means the whole sheet (A1 is selected). */
const A1 = /^(\$?[A-Z]{1,3}\$?[1-9]\d{0,6}(:\$?[A-Z]{1,3}\$?[1-9]\d{0,6})?|[1-9]\d{0,6}:[1-9]\d{0,6})$/;

/** Shows a finding's place: activates its sheet and selects its cell. */
export function selectFindingCell(spreadsheet: InsightsSpreadsheetLike, sheetName: unknown, cell: unknown): SelectResult {
  if (typeof sheetName !== 'string' || sheetName === '') throw new Error('Which sheet? The finding names none.');
  const address = typeof cell === 'string' ? cell.trim().toUpperCase() : cell;
  if (typeof address !== 'string' || (address !== '' && !A1.test(address))) throw new Error(`"${String(cell)}" is not a cell address such as B7.`);
  const sheet = spreadsheet.getSheetByName(sheetName);
  if (!sheet) throw new Error(`This spreadsheet has no sheet named "${sheetName}" any more. Check the framework again.`);
  const target = address || 'A1';
  sheet.activate();
  sheet.getRange(target).activate();
  return { sheet: sheetName, cell: target };
}

/** The summary as rows of one column, with a closing line saying where it came from. */
export function summarySheetRows(report: Extract<AuditReport, { ok: true }>, today: string): string[][] {
  return [
    ...summaryRows(report.summary).map((row) => [row[0] ?? '']),
    [''],
    [`Written on ${today} by the L&D Framework add-on from this spreadsheet's framework sheets. It does not update itself: insert it again after the figures change.`],
  ];
}

/** Writes the executive summary to a new sheet: `Summary`, or the next free name. No existing sheet is touched. */
export function insertSummary(spreadsheet: InsightsSpreadsheetLike, today: string): SummarySheetResult | NoFramework {
  const audited = audit(spreadsheet, today);
  if ('ok' in audited) return audited;
  const rows = summarySheetRows(audited.report, today);
  const names = audited.read.allNames;
  const name = planSheetNames(names, ['Summary']).mapping.get('Summary')!;
  const sheet = spreadsheet.insertSheet(name, names.length);
  // Text stays text: a paragraph starting with "$" or "=" is not read as a number or a formula.
  sheet.getRange(`A1:A${rows.length}`).setValues(rows.map((r) => [enteredText(r[0])]));
  sheet.setColumnWidth(1, 640);
  sheet.getRangeList([`A1:A${rows.length}`]).setWrap(true);
  const title = sheet.getRangeList(['A1']);
  title.setFontWeight('bold');
  title.setFontSize(14);
  sheet.activate();
  return { ok: true, sheet: name, rows: rows.length };
}

/** The largest budget accepted (a trillion): larger is a typing mistake. */
export const MAX_BUDGET = 1e12;

/** Plan: the core's portfolio plan for `budget`, checked here too (the sidebar checks it first). */
export function planBudget(spreadsheet: InsightsSpreadsheetLike, today: string, budget: unknown): PlanResult | NoFramework {
  if (typeof budget !== 'number' || !Number.isFinite(budget) || budget < 0 || budget > MAX_BUDGET) {
    throw new Error(`The budget must be an amount from 0 to ${MAX_BUDGET.toLocaleString('en-US')}, for example 250000 (got ${JSON.stringify(budget) ?? String(budget)}).`);
  }
  const audited = audit(spreadsheet, today);
  if ('ok' in audited) return audited;
  return { ok: true, today, plan: planPortfolio(audited.report.model, budget), errors: audited.report.counts.error };
}

/** Cells on one row grouped into runs of adjacent columns, each run written with one `setValues`. */
export function adjacentRuns(cells: readonly SnapshotCellWritten[]): SnapshotCellWritten[][] {
  const sorted = [...cells].sort((a, b) => columnNumber(a.address.replace(/\d+$/, '')) - columnNumber(b.address.replace(/\d+$/, '')));
  const runs: SnapshotCellWritten[][] = [];
  let last = -2;
  for (const cell of sorted) {
    const column = columnNumber(cell.address.replace(/\d+$/, ''));
    if (column === last + 1) runs[runs.length - 1].push(cell);
    else runs.push([cell]);
    last = column;
  }
  return runs;
}

export const MAX_NOTE = 500;

/** The reason a snapshot is refused when the framework has no History log of its own. */
export const NO_HISTORY = NO_HISTORY_MESSAGE;

/**
 * Snapshot: today's figures (the core's `snapshotRow`) written to the framework's own History log
 * (found by its marker or headers, never a sheet merely named History) under the last
 * snapshot, or to the first row below it whose snapshot cells are all empty: a filled cell is never
 * written over. Only the snapshot's input cells are written (History's ROI and BCR are formulas).
 */
export function appendSnapshotRow(spreadsheet: InsightsSpreadsheetLike, today: string, note: unknown): SnapshotResult | NoFramework {
  if (note !== undefined && note !== null && typeof note !== 'string') throw new Error('The note must be text.');
  const text = typeof note === 'string' ? note.trim() : '';
  if (text.length > MAX_NOTE) throw new Error(`The note is ${text.length} characters long; keep it under ${MAX_NOTE}.`);
  const audited = audit(spreadsheet, today);
  if ('ok' in audited) return audited;
  const { read, report } = audited;
  const historyName = read.sheetNames.History;
  const history = historyName === undefined ? undefined : read.sheets.get(historyName);
  if (historyName === undefined || !history) return { ok: false, reason: NO_HISTORY };

  const snapshot = snapshotRow(report.model, today, text);
  const grid = read.source.values(historyName);
  const placed = placeRow(snapshot.cells.map((c) => ({ address: c.address, value: c.value })), grid);
  const row = placed.row;
  const cells = placed.cells.map((c) => ({ address: c.address, value: enteredValue(c.value) }));
  for (const run of adjacentRuns(cells)) {
    const first = run[0].address;
    const last = run[run.length - 1].address;
    history.getRange(first === last ? first : `${first}:${last}`).setValues([run.map((c) => c.value)]);
  }
  const beyondCapacity = row > HISTORY_TABLE.lastDataRow;
  if (beyondCapacity) {
    // Below the template's rows the date column has no date format: give the date cell one.
    const dateCell = placed.cells[0].address;
    history.getRangeList([dateCell]).setNumberFormat('yyyy-mm-dd');
  }
  return {
    ok: true, sheet: historyName, row, requestedRow: snapshot.row, values: { ...snapshot.values },
    cells: placed.cells, sameDateRow: snapshot.sameDateRow, beyondCapacity,
  };
}
