/**
 * The insights server functions as the sidebar calls them through `google.script.run`, bound to the
 * real services. Nothing runs at load time; each reaches SpreadsheetApp inside the call.
 */
import type { InsightsAppLike, InsightsSpreadsheetLike } from './host';
import {
  appendSnapshotRow, auditSpreadsheet, insertSummary, planBudget, selectFindingCell,
  type AuditResult, type NoFramework, type PlanResult, type SelectResult, type SnapshotResult, type SummarySheetResult,
} from './service';

/** The script's own zone (appsscript.json), used when the spreadsheet's cannot be read. */
const SCRIPT_ZONE = 'Etc/UTC';

function spreadsheet(): InsightsSpreadsheetLike {
  const app: InsightsAppLike = SpreadsheetApp;
  return app.getActiveSpreadsheet();
}

/** Today as `YYYY-MM-DD` in the spreadsheet's time zone (File › Settings), not the server's. */
export function todayIn(book: InsightsSpreadsheetLike, now: Date = new Date()): string {
  let zone = '';
  try {
    zone = book.getSpreadsheetTimeZone();
  } catch {
    zone = '';
  }
  return Utilities.formatDate(now, zone || SCRIPT_ZONE, 'yyyy-MM-dd');
}

/** Sidebar › Audit and Summary: findings and the executive summary. */
export function auditFramework(): AuditResult | NoFramework {
  const book = spreadsheet();
  return auditSpreadsheet(book, todayIn(book));
}

/** Sidebar › Audit: a finding chosen; select its cell. */
export function selectCell(sheet: unknown, cell: unknown): SelectResult {
  return selectFindingCell(spreadsheet(), sheet, cell);
}

/** Sidebar › Summary › Insert as sheet, and the menu's Insert summary sheet. */
export function insertSummarySheet(): SummarySheetResult | NoFramework {
  const book = spreadsheet();
  return insertSummary(book, todayIn(book));
}

/** Sidebar › Plan: the portfolio plan for a budget. */
export function planPortfolio(budget: unknown): PlanResult | NoFramework {
  const book = spreadsheet();
  return planBudget(book, todayIn(book), budget);
}

/** Sidebar › Snapshot: append today's figures to the History log. */
export function appendSnapshot(note?: unknown): SnapshotResult | NoFramework {
  const book = spreadsheet();
  return appendSnapshotRow(book, todayIn(book), note);
}
