/**
 * The insights server functions as the sidebar calls them through `google.script.run`, bound to the
 * real services. Nothing runs at load time; each reaches SpreadsheetApp inside the call.
 */
import type { InsightsAppLike, InsightsSpreadsheetLike } from './host';
import { appendSnapshotRow, auditSpreadsheet, insertPlan, insertSummary, planBudget, selectFindingCell, sensitivityOf } from './service';

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

/** A service function called on the active spreadsheet and its today. */
function onActive<A extends unknown[], R>(fn: (book: InsightsSpreadsheetLike, today: string, ...args: A) => R): (...args: A) => R {
  return (...args) => {
    const book = spreadsheet();
    return fn(book, todayIn(book), ...args);
  };
}

/** Sidebar › Audit and Summary: findings and the executive summary. */
export const auditFramework = onActive(auditSpreadsheet);
/** Sidebar › Audit: a finding chosen; select its cell. */
export const selectCell = (sheet: unknown, cell: unknown) => selectFindingCell(spreadsheet(), sheet, cell);
/** Sidebar › Summary › Insert as sheet, and the menu's Insert summary sheet. */
export const insertSummarySheet = onActive(insertSummary);
/** Sidebar › Plan: the portfolio plan for a budget. */
export const planPortfolio = onActive(planBudget);
/** Sidebar › Plan › Insert as sheet. */
export const insertPlanSheet = onActive(insertPlan);
/** Sidebar › Sensitivity: the ROI tornado and simulated range for the portfolio or one initiative. */
export const sensitivity = onActive(sensitivityOf);
/** Sidebar › Snapshot: append today's figures to the History log. */
export const appendSnapshot = onActive(appendSnapshotRow);
