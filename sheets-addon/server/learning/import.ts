/**
 * What the sidebar's Import panel asks of the spreadsheet: what an import needs to know (the
 * initiatives, the confirmed mappings, the record keys on Learning data and its first free row), then
 * the rows, one chunk of at most 5,000 per call, and the new Mappings rows. Which sheet is which is the
 * core's `findFramework` (markers, never a sheet's name); where to write and the checks are
 * core/learning/import.ts. Every call makes a constant number of service calls whatever the rows:
 * reading is one `getDataRange().getValues()` per sheet; a chunk is one `getValues` of its block (it
 * must be empty: nothing is written over), at most one `insertRowsAfter`, one `setValues` and one
 * date format. Only the first chunk finds the framework (about 100 service calls with its named
 * ranges); the next ones name the sheet it wrote to, checked by its header row (3 calls).
 *
 * Each function takes the spreadsheet, so tests run them on a fake; server.ts binds them.
 */
import type { NoFramework } from '../../../core/insights/pane';
import {
  assertBlockEmpty, blockAddress, chunkArgument, importTargets, isLearningHeader, lastFilledRow, learningSheets, mappingRowsArgument, nextMappingRow,
  LEARNING_DATE_COLUMN, LEARNING_HEADER_ADDRESS, LEARNING_WIDTH, MAPPINGS_DATE_COLUMN, MAPPINGS_WIDTH,
  type ImportTargets, type RowsWritten,
} from '../../../core/learning/import';
import { columnNumber } from '../../../core/templates/a1';
import { ALIGNMENT_TABLE, DATE, LEARNING_TABLE, MAPPINGS_TABLE } from '../../../core/templates/layout';
import type { InsightsSheetLike, InsightsSpreadsheetLike } from '../insights/host';
import { readSpreadsheet, type SpreadsheetRead } from '../insights/read';

/** A sheet as an import uses it: the insights' sheet, and growing it (a new sheet has 1,000 rows). */
export interface ImportSheetLike extends InsightsSheetLike {
  getMaxRows(): number;
  insertRowsAfter(afterPosition: number, howMany: number): unknown;
}

const NOUN = 'spreadsheet';

/** The rows of a sheet's grid from a table's first data row. */
const dataRows = (grid: unknown[][], firstDataRow: number): unknown[][] => grid.slice(firstDataRow - 1);

function found(spreadsheet: InsightsSpreadsheetLike): { read: SpreadsheetRead; learning: string; mappings: string | null } | NoFramework {
  const read = readSpreadsheet(spreadsheet);
  const sheets = learningSheets(read.framework, NOUN);
  return 'learning' in sheets ? { read, ...sheets } : sheets;
}

/** Import, before: what the pane needs to plan it. */
export function learningTargetsOf(spreadsheet: InsightsSpreadsheetLike): ImportTargets | NoFramework {
  const at = found(spreadsheet);
  if (!('read' in at)) return at;
  const { read, learning, mappings } = at;
  const alignment = read.sheetNames.Alignment;
  const name = columnNumber(ALIGNMENT_TABLE.columns.name) - 1;
  const key = columnNumber(LEARNING_TABLE.columns.key) - 1;
  const records = dataRows(read.source.values(learning), LEARNING_TABLE.firstDataRow);
  return importTargets({
    learningSheet: learning,
    mappingsSheet: mappings,
    initiativeCells: alignment ? dataRows(read.source.values(alignment), ALIGNMENT_TABLE.firstDataRow).map((r) => r[name]) : [],
    mappingRows: mappings ? dataRows(read.source.values(mappings), MAPPINGS_TABLE.firstDataRow) : [],
    keyCells: records.map((r) => r[key]),
    nextRow: lastFilledRow(records, LEARNING_TABLE.firstDataRow, LEARNING_WIDTH) + 1,
  });
}

/** Writes `rows` from `startRow` on `sheet` after checking the block is empty; grows the sheet when it is too short. */
function writeBlock(sheet: ImportSheetLike, name: string, startRow: number, rows: (string | number)[][], width: number, dateColumn: string): RowsWritten {
  const lastRow = startRow + rows.length - 1;
  if (rows.length === 0) return { ok: true, sheet: name, firstRow: startRow, lastRow };
  const max = sheet.getMaxRows();
  if (lastRow > max) sheet.insertRowsAfter(max, lastRow - max);
  const block = sheet.getRange(blockAddress(startRow, rows.length, width));
  assertBlockEmpty(block.getValues(), startRow, name);
  block.setValues(rows);
  sheet.getRangeList([`${dateColumn}${startRow}:${dateColumn}${lastRow}`]).setNumberFormat(DATE);
  return { ok: true, sheet: name, firstRow: startRow, lastRow };
}

/** `name`'s sheet when it still has Learning data's header row; else null (renamed, removed, changed). */
function learningSheetNamed(spreadsheet: InsightsSpreadsheetLike, name: unknown): ImportSheetLike | null {
  if (typeof name !== 'string' || name === '') return null;
  const sheet = spreadsheet.getSheetByName(name) as ImportSheetLike | null;
  return sheet && isLearningHeader(sheet.getRange(LEARNING_HEADER_ADDRESS).getValues()[0] ?? []) ? sheet : null;
}

/**
 * Import: one chunk of Learning data rows, from `startRow`, only where every cell is empty. `sheet`:
 * the sheet an earlier chunk wrote to (its header row is checked), or empty to find the framework.
 */
export function appendLearningRowsTo(spreadsheet: InsightsSpreadsheetLike, startRow: unknown, rows: unknown, sheet: unknown = ''): RowsWritten | NoFramework {
  const chunk = chunkArgument(startRow, rows, LEARNING_WIDTH);
  if (chunk.startRow < LEARNING_TABLE.firstDataRow) throw new Error(`Learning data rows start at row ${LEARNING_TABLE.firstDataRow}.`);
  const known = learningSheetNamed(spreadsheet, sheet);
  if (known) return writeBlock(known, sheet as string, chunk.startRow, chunk.rows as (string | number)[][], LEARNING_WIDTH, LEARNING_DATE_COLUMN);
  const at = found(spreadsheet);
  if (!('read' in at)) return at;
  return writeBlock(at.read.sheets.get(at.learning) as ImportSheetLike, at.learning, chunk.startRow, chunk.rows as (string | number)[][], LEARNING_WIDTH, LEARNING_DATE_COLUMN);
}

/** Import: the new confirmed mappings, below the Mappings table's last filled row. */
export function appendMappingRowsTo(spreadsheet: InsightsSpreadsheetLike, rows: unknown): RowsWritten | NoFramework {
  const checked = mappingRowsArgument(rows);
  const at = found(spreadsheet);
  if (!('read' in at)) return at;
  if (at.mappings === null) return { ok: false, reason: `This ${NOUN}'s framework has no Mappings sheet, so the mappings are not remembered.` };
  const sheet = at.read.sheets.get(at.mappings) as ImportSheetLike;
  const startRow = nextMappingRow(dataRows(at.read.source.values(at.mappings), MAPPINGS_TABLE.firstDataRow));
  return writeBlock(sheet, at.mappings, startRow, checked, MAPPINGS_WIDTH, MAPPINGS_DATE_COLUMN);
}
