/**
 * What the task pane's Import panel asks of Excel, each as one `Excel.run` in a constant number of
 * syncs per chunk, whatever the rows. Which sheet is which is the core's `findFramework` (markers,
 * else header rows; never a sheet's name); where to write and the checks are core/learning/import.ts.
 *
 * - {@link LearningImport.targets}: 1 sync for the sheet and defined names (1 more for a workbook
 *   without markers), 1 for the used ranges (Alignment and Mappings with their values), 1 for the
 *   Learning data key column (1 more per 150,000 keys: a response may not pass 5 MB), and 1 more only
 *   when cells below the last key are filled (the per-initiative figures beside the table, or a
 *   user's typing): 3 or 4 in all up to 150,000 records.
 * - {@link LearningImport.write}: the names (1 sync), the Mappings table (1 sync, only when there
 *   are mappings to remember), then 1 sync per chunk of 5,000 rows plus 1: each sync writes a chunk
 *   and reads the next chunk's block, which must be empty (nothing is ever written over a cell).
 */
import type { NoFramework } from '../../core/insights/pane';
import {
  assertBlockEmpty, blockAddress, importProgressText, importTargets, lastFilledRow, learningChunks, learningSheets, nextMappingRow,
  LEARNING_DATE_COLUMN, LEARNING_WIDTH, MAPPINGS_DATE_COLUMN, MAPPINGS_WIDTH,
  type ImportTargets, type ImportWrite, type ImportWritten,
} from '../../core/learning/import';
import { columnNumber, parseCell, splitSheetReference } from '../../core/templates/a1';
import { ALIGNMENT_TABLE, DATE, LEARNING_TABLE, MAPPINGS_TABLE } from '../../core/templates/layout';
import type { Progress } from '../../ui/bridge';
import type { ExcelHost } from '../builder/build-framework';
import { fromA1, locateFramework, readInBlocks } from '../insights/workbook';

/** The last row of a used range's address (`Sheet!A1:T205` → 205). */
function lastRowOf(address: string): number {
  const corners = splitSheetReference(address).address.split(':');
  return parseCell(corners[corners.length - 1])?.row ?? 1;
}

/** Rows `firstRow`… of a used range read from A1 (rows above it dropped). */
const rowsFrom = (grid: unknown[][], firstRow: number): unknown[][] => grid.slice(firstRow - 1);

export class LearningImport {
  constructor(private readonly host: ExcelHost) {}

  private names17(): boolean {
    try {
      return this.host.isSetSupported('ExcelApi', '1.7');
    } catch {
      return false;
    }
  }

  /** What the pane needs to plan an import (3 or 4 syncs with markers). */
  targets(): Promise<ImportTargets | NoFramework> {
    return this.host.run(async (context) => {
      const { framework } = await locateFramework(context, this.names17());
      const found = learningSheets(framework, 'workbook');
      if (!('learning' in found)) return found;
      const sheet = (name: string) => context.workbook.worksheets.getItem(name);
      const alignmentName = framework.ok ? framework.sheets.Alignment : undefined;
      const alignment = alignmentName ? sheet(alignmentName).getUsedRange(true).load('values,address') : undefined;
      const mappings = found.mappings ? sheet(found.mappings).getUsedRange(true).load('values,address') : undefined;
      const learningUsed = sheet(found.learning).getUsedRange(true).load('address');
      await context.sync();
      const first = LEARNING_TABLE.firstDataRow;
      const usedLast = lastRowOf(learningUsed.address);
      const key = LEARNING_TABLE.columns.key;
      // The key column in reads of at most READ_CELLS_PER_SYNC cells (a response may not pass 5 MB).
      const keys = usedLast >= first ? await readInBlocks(context, [{ sheet: found.learning, address: `${key}${first}:${key}${usedLast}` }]) : {};
      const keyRows = (keys[found.learning] ?? []).slice(first - 1).map((r) => [r[columnNumber(key) - 1]]);
      const lastKey = lastFilledRow(keyRows, first);
      let nextRow = lastKey + 1;
      if (usedLast > lastKey) {
        // Cells below the last key in the table's own columns (the figures beside it do not count).
        const tail = sheet(found.learning).getRange(blockAddress(lastKey + 1, usedLast - lastKey, LEARNING_WIDTH)).load('values');
        await context.sync();
        nextRow = lastFilledRow(tail.values, lastKey + 1) + 1;
      }
      const nameColumn = columnNumber(ALIGNMENT_TABLE.columns.name) - 1;
      return importTargets({
        learningSheet: found.learning,
        mappingsSheet: found.mappings,
        initiativeCells: alignment ? rowsFrom(fromA1(alignment.values, alignment.address), ALIGNMENT_TABLE.firstDataRow).map((r) => r[nameColumn]) : [],
        mappingRows: mappings ? rowsFrom(fromA1(mappings.values, mappings.address), MAPPINGS_TABLE.firstDataRow) : [],
        keyCells: keyRows.map((r) => r[0]),
        nextRow,
      });
    });
  }

  /** Appends the Mappings rows and then the Learning data rows, chunk by chunk (see the file's comment for the syncs). */
  write(write: ImportWrite, onProgress: (progress: Progress) => void = () => undefined): Promise<ImportWritten | NoFramework> {
    return this.host.run(async (context) => {
      const found = learningSheets((await locateFramework(context, this.names17())).framework, 'workbook');
      if (!('learning' in found)) return found;
      const sheet = (name: string) => context.workbook.worksheets.getItem(name);
      let mappingsSheet: string | null = null;
      if (found.mappings && write.mappings.length > 0) {
        const used = sheet(found.mappings).getUsedRange(true).load('values,address');
        await context.sync();
        const start = nextMappingRow(rowsFrom(fromA1(used.values, used.address), MAPPINGS_TABLE.firstDataRow));
        // Below the table's last filled row, so the block is empty; written with the first chunk's sync.
        const rows = write.mappings.map((r) => [...r]);
        sheet(found.mappings).getRange(blockAddress(start, rows.length, MAPPINGS_WIDTH)).values = rows;
        const last = start + rows.length - 1;
        sheet(found.mappings).getRange(`${MAPPINGS_DATE_COLUMN}${start}:${MAPPINGS_DATE_COLUMN}${last}`).numberFormat = rows.map(() => [DATE]);
        mappingsSheet = found.mappings;
      }
      const learning = sheet(found.learning);
      const chunks = learningChunks(write.startRow, write.rows);
      const total = write.rows.length;
      const blockOf = (i: number) => learning.getRange(blockAddress(chunks[i].startRow, chunks[i].rows.length, LEARNING_WIDTH)).load('values');
      let block = chunks.length > 0 ? blockOf(0) : undefined;
      await context.sync();
      for (let i = 0; i < chunks.length; i++) {
        const chunk = chunks[i];
        assertBlockEmpty(block!.values, chunk.startRow, found.learning);
        const last = chunk.startRow + chunk.rows.length - 1;
        learning.getRange(blockAddress(chunk.startRow, chunk.rows.length, LEARNING_WIDTH)).values = chunk.rows.map((r) => [...r]);
        learning.getRange(`${LEARNING_DATE_COLUMN}${chunk.startRow}:${LEARNING_DATE_COLUMN}${last}`).numberFormat = chunk.rows.map(() => [DATE]);
        block = i + 1 < chunks.length ? blockOf(i + 1) : undefined;
        await context.sync();
        const done = last - write.startRow + 1;
        onProgress({ fraction: done / total, message: `Writing: ${importProgressText(done, total)}.` });
      }
      return {
        ok: true, learningSheet: found.learning, firstRow: write.startRow, lastRow: write.startRow + total - 1, rows: total,
        mappingsSheet, mappings: mappingsSheet ? write.mappings.length : 0,
      };
    });
  }
}
