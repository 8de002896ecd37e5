/**
 * What the sidebar's insights panels ask of the spreadsheet: audit it, select a finding's cell, plan a
 * budget, insert the summary or the plan as a new sheet, append a snapshot to History. What to write
 * and where is the core's (core/insights/service.ts); this file reads (one `getDataRange().getValues()`
 * per framework sheet), replays the writes and answers plain JSON: `google.script.run` drops a call
 * that returns a `Date` or a function.
 *
 * Each function takes the spreadsheet and today's date (ISO, in the spreadsheet's time zone), so tests
 * run them on a fake; server/insights/server.ts binds them to the real services.
 */
import type { AuditView, NoFramework, PlanView, SelectView, SummarySheetView } from '../../../core/insights/pane';
import { columnLetter } from '../../../core/templates/a1';
import {
  adjacentRuns, auditRead, auditView, budgetArgument, cellArgument, noteArgument, planSheet, planView, snapshotWrite, summarySheet,
  type Audited, type NewSheet, type SnapshotWrite,
} from '../../../core/insights/service';
import { sensitivityView, subjectArgument } from '../../../core/insights/service';
import type { SensitivityView } from '../../../core/insights/pane';
import type { InsightsSpreadsheetLike } from './host';
import { readSpreadsheet, type SpreadsheetRead } from './read';

export interface AuditResult extends AuditView {
  /** Every sheet of the spreadsheet, so the sidebar knows which findings it can select. */
  readonly sheetNames: readonly string[];
  /** Canonical framework sheet → its name here (`Strategy` → `Strategy (2)`). */
  readonly framework: Readonly<Record<string, string>>;
}
export type PlanResult = PlanView;
export interface SummarySheetResult extends SummarySheetView {
  readonly rows: number;
}
export type SnapshotResult = SnapshotWrite;

type Ok = Extract<Audited<SpreadsheetRead>, { ok: true }>;

function audited<T>(spreadsheet: InsightsSpreadsheetLike, today: string, then: (audited: Ok) => T): T | NoFramework {
  const result = auditRead(readSpreadsheet(spreadsheet), today);
  return result.ok ? then(result) : result;
}

/** Audit: the findings and the executive summary, as plain JSON (the model stays on the server). */
export function auditSpreadsheet(spreadsheet: InsightsSpreadsheetLike, today: string): AuditResult | NoFramework {
  return audited(spreadsheet, today, ({ read, report }) => ({
    ...auditView(report, today), sheetNames: read.allNames.slice(), framework: { ...read.sheetNames } as Record<string, string>,
  }));
}

/** Shows a finding's place: activates its sheet and selects its cell. */
export function selectFindingCell(spreadsheet: InsightsSpreadsheetLike, sheetName: unknown, cell: unknown): SelectView {
  const place = cellArgument(sheetName, cell);
  const sheet = spreadsheet.getSheetByName(place.sheet);
  if (!sheet) throw new Error(`This spreadsheet has no sheet named "${place.sheet}" any more. Check the framework again.`);
  sheet.activate();
  sheet.getRange(place.cell).activate();
  return place;
}

/** Adds the core's new sheet at the end (one `setValues`) and shows it. */
function addSheet(spreadsheet: InsightsSpreadsheetLike, existing: readonly string[], add: NewSheet): SummarySheetResult {
  const sheet = spreadsheet.insertSheet(add.name, existing.length);
  const width = add.rows[0].length;
  sheet.getRange(`A1:${columnLetter(width)}${add.rows.length}`).setValues(add.rows.map((r) => [...r]));
  if (width === 1) {
    // One column of paragraphs (the summary): wide and wrapped.
    sheet.setColumnWidth(1, 640);
    sheet.getRangeList([`A1:A${add.rows.length}`]).setWrap(true);
  }
  const title = sheet.getRangeList(['A1']);
  title.setFontWeight('bold');
  title.setFontSize(14);
  sheet.activate();
  return { ok: true, sheet: add.name, rows: add.rows.length };
}

/** The executive summary on a new sheet: `Summary`, or the next free name. No existing sheet is touched. */
export function insertSummary(spreadsheet: InsightsSpreadsheetLike, today: string): SummarySheetResult | NoFramework {
  return audited(spreadsheet, today, ({ read, report }) => addSheet(spreadsheet, read.allNames, summarySheet(read.allNames, report, today, 'spreadsheet')));
}

/** The plan for `budget` on a new sheet: `Plan summary`, or the next free name. */
export function insertPlan(spreadsheet: InsightsSpreadsheetLike, today: string, budget: unknown): SummarySheetResult | NoFramework {
  const amount = budgetArgument(budget);
  return audited(spreadsheet, today, ({ read, report }) => addSheet(spreadsheet, read.allNames, planSheet(read.allNames, planView(report, today, amount).plan)));
}

/** Sensitivity: the core's tornado and simulation for the portfolio or one initiative, checked here too; nothing is written. */
export function sensitivityOf(spreadsheet: InsightsSpreadsheetLike, today: string, subject: unknown): SensitivityView | NoFramework {
  const checked = subjectArgument(subject);
  return audited(spreadsheet, today, ({ report }) => sensitivityView(report, today, checked));
}

/** Plan: the core's portfolio plan for `budget`, checked here too (the sidebar checks it first). */
export function planBudget(spreadsheet: InsightsSpreadsheetLike, today: string, budget: unknown): PlanResult | NoFramework {
  const amount = budgetArgument(budget);
  return audited(spreadsheet, today, ({ report }) => planView(report, today, amount));
}

/** Snapshot: the core's cells written to the framework's own History log, one `setValues` per run of adjacent cells. */
export function appendSnapshotRow(spreadsheet: InsightsSpreadsheetLike, today: string, note: unknown): SnapshotResult | NoFramework {
  const text = noteArgument(note);
  return audited(spreadsheet, today, (ok): SnapshotResult | NoFramework => {
    const write = snapshotWrite(ok, today, text);
    if (!write.ok) return write;
    const history = ok.read.sheets.get(write.sheet)!;
    for (const run of adjacentRuns(write.cells)) {
      const first = run[0].address;
      const last = run[run.length - 1].address;
      history.getRange(first === last ? first : `${first}:${last}`).setValues([run.map((c) => c.value)]);
    }
    // Below the template's rows the date column has no date format: give the date cell one.
    if (write.dateFormat) history.getRangeList([write.dateFormat]).setNumberFormat('yyyy-mm-dd');
    return write;
  });
}
