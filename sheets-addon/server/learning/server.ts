/**
 * The Import server functions as the sidebar calls them through `google.script.run`, bound to the
 * active spreadsheet. Nothing runs at load time.
 */
import type { InsightsAppLike } from '../insights/host';
import { appendLearningRowsTo, appendMappingRowsTo, learningTargetsOf } from './import';

function spreadsheet() {
  const app: InsightsAppLike = SpreadsheetApp;
  return app.getActiveSpreadsheet();
}

/** Sidebar › Import: what an import needs to know. */
export const learningTargets = () => learningTargetsOf(spreadsheet());
/** Sidebar › Import: one chunk of Learning data rows. */
export const appendLearningRows = (startRow: unknown, rows: unknown, sheet: unknown) => appendLearningRowsTo(spreadsheet(), startRow, rows, sheet);
/** Sidebar › Import: the new confirmed mappings. */
export const appendMappingRows = (rows: unknown) => appendMappingRowsTo(spreadsheet(), rows);
