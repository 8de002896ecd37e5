/**
 * How a host that reads in batches (Excel: one response per `context.sync()`) reads the framework's
 * sheets without any response growing past what the host accepts: each sheet's used range cut into
 * blocks of whole rows, the blocks packed in order into reads of at most {@link READ_CELLS_PER_SYNC}
 * cells, and the blocks' values put back together as rows from A1, as the reader expects.
 *
 * Excel on the web refuses a response over 5 MB. A framework built with room for 2,000 initiatives
 * is about 200,000 mostly empty cells; Learning data can hold 100,000 records and more, 11 columns of
 * text, dates and numbers each. Linear in cells; a workbook of ordinary size is one read.
 */
import { parseRange, rangeAddress } from '../templates/a1';

/**
 * The most cells one read asks for. A cell of Learning data costs about 20 bytes of a response
 * (text, dates and numbers, with the JSON around them), an empty cell 3: 150,000 cells stay under
 * 3 MB, well inside Excel on the web's 5 MB.
 */
export const READ_CELLS_PER_SYNC = 150_000;

/** A sheet's used range as the host reports it (`Sheet!A1:T205`, `A3:K9`, or one cell `A1`). */
export interface UsedRange {
  readonly sheet: string;
  readonly address: string;
}

/** Rows `firstRow`…`lastRow` (1-based) of a used range, columns `firstColumn`…`lastColumn`. */
export interface ReadBlock {
  readonly sheet: string;
  /** The block's A1 address on its sheet, without the sheet name. */
  readonly address: string;
  readonly firstRow: number;
  readonly lastRow: number;
  readonly firstColumn: number;
  readonly lastColumn: number;
}

/** The corners of a used range's address (a1.ts `parseRange`, in either order); undefined when it names no cells. */
function corners(address: string): { r0: number; c0: number; r1: number; c1: number } | undefined {
  const range = parseRange(address);
  if (!range) return undefined;
  const { start: a, end: b } = range;
  return { r0: Math.min(a.row, b.row), c0: Math.min(a.column, b.column), r1: Math.max(a.row, b.row), c1: Math.max(a.column, b.column) };
}

/**
 * The reads that cover every used range: each an array of blocks whose cells add up to at most
 * `limit` (a single row wider than `limit` is a read of its own). Blocks keep the ranges' order.
 *
 * @example readBlocks([{ sheet: 'Learning data', address: "'Learning data'!A1:K100005" }]).length // 8: reads of 13,636 rows of 11 cells
 */
export function readBlocks(ranges: readonly UsedRange[], limit = READ_CELLS_PER_SYNC): ReadBlock[][] {
  const reads: ReadBlock[][] = [];
  let current: ReadBlock[] = [];
  let cells = 0;
  const close = () => {
    if (current.length > 0) reads.push(current);
    current = [];
    cells = 0;
  };
  for (const range of ranges) {
    const box = corners(range.address);
    if (!box) continue;
    const width = box.c1 - box.c0 + 1;
    for (let row = box.r0; row <= box.r1; ) {
      if (cells + width > limit) close();
      const rows = Math.min(box.r1 - row + 1, Math.max(1, Math.floor((limit - cells) / width)));
      const last = row + rows - 1;
      current.push({ sheet: range.sheet, address: rangeAddress(row, box.c0, last, box.c1), firstRow: row, lastRow: last, firstColumn: box.c0, lastColumn: box.c1 });
      cells += rows * width;
      row = last + 1;
    }
  }
  close();
  return reads;
}

/**
 * The values of each sheet as rows from A1 (rows above a used range empty, columns left of it blank),
 * from its blocks' values in any order. Sheets with no block are left out.
 */
export function gridsFromBlocks(blocks: readonly { readonly block: ReadBlock; readonly values: readonly (readonly unknown[])[] }[]): Record<string, unknown[][]> {
  const grids: Record<string, unknown[][]> = {};
  for (const { block, values } of blocks) {
    const grid = (grids[block.sheet] ??= []);
    const pad: unknown[] = new Array(block.firstColumn - 1).fill('');
    for (let i = 0; i < values.length; i++) grid[block.firstRow - 1 + i] = [...pad, ...values[i]];
  }
  for (const grid of Object.values(grids)) for (let r = 0; r < grid.length; r++) grid[r] ??= [];
  return grids;
}
