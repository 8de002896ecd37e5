/**
 * readBlocks / gridsFromBlocks: a batch host's reads never pass the cell limit, cover every used cell
 * exactly once, and put the values back where the reader expects them (rows from A1).
 */
import { gridsFromBlocks, readBlocks, READ_CELLS_PER_SYNC, type ReadBlock } from './read-blocks';

const cellsOf = (read: readonly ReadBlock[]) => read.reduce((n, b) => n + (b.lastRow - b.firstRow + 1) * (b.lastColumn - b.firstColumn + 1), 0);

describe('readBlocks', () => {
  test('a framework of ordinary size is one read of whole used ranges', () => {
    const reads = readBlocks([
      { sheet: 'Strategy', address: 'Strategy!A1:H17' },
      { sheet: 'Alignment', address: 'Alignment!A1:AD208' },
      { sheet: 'Learning data', address: "'Learning data'!A1:T208" },
    ]);
    expect(reads).toEqual([[
      { sheet: 'Strategy', address: 'A1:H17', firstRow: 1, lastRow: 17, firstColumn: 1, lastColumn: 8 },
      { sheet: 'Alignment', address: 'A1:AD208', firstRow: 1, lastRow: 208, firstColumn: 1, lastColumn: 30 },
      { sheet: 'Learning data', address: 'A1:T208', firstRow: 1, lastRow: 208, firstColumn: 1, lastColumn: 20 },
    ]]);
  });

  test('100,005 rows of 11 columns: 8 reads of at most 150,000 cells (13,636 rows), every row once, in order', () => {
    const reads = readBlocks([{ sheet: 'Learning data', address: "'Learning data'!A1:K100005" }]);
    // 150,000 / 11 = 13,636 rows a read; 100,005 / 13,636 = 7.33, so 8 reads.
    expect(reads).toHaveLength(8);
    expect(reads[0]).toEqual([{ sheet: 'Learning data', address: 'A1:K13636', firstRow: 1, lastRow: 13636, firstColumn: 1, lastColumn: 11 }]);
    expect(reads[7]).toEqual([{ sheet: 'Learning data', address: 'A95453:K100005', firstRow: 95453, lastRow: 100005, firstColumn: 1, lastColumn: 11 }]);
    // Each block starts on the row after the previous one's last: every row once, in order.
    expect(reads.flat().map((b, i, all) => b.firstRow - (i === 0 ? 0 : all[i - 1].lastRow))).toEqual(new Array(8).fill(1));
    for (const read of reads) expect(cellsOf(read)).toBeLessThanOrEqual(READ_CELLS_PER_SYNC);
  });

  test('a read is filled up to the limit across sheets before the next begins', () => {
    const reads = readBlocks([
      { sheet: 'A', address: 'A1:J5' }, // 50 cells
      { sheet: 'B', address: 'B3:E40' }, // 38 rows of 4 = 152 cells
    ], 100);
    expect(reads.map(cellsOf)).toEqual([98, 100, 4]);
    expect(reads[0][1]).toEqual({ sheet: 'B', address: 'B3:E14', firstRow: 3, lastRow: 14, firstColumn: 2, lastColumn: 5 });
    expect(reads[2]).toEqual([{ sheet: 'B', address: 'B40:E40', firstRow: 40, lastRow: 40, firstColumn: 2, lastColumn: 5 }]);
  });

  test('a row wider than the limit is a read of its own; a single cell, and an address that names no cell', () => {
    expect(readBlocks([{ sheet: 'W', address: 'A1:Z2' }], 10)).toEqual([
      [{ sheet: 'W', address: 'A1:Z1', firstRow: 1, lastRow: 1, firstColumn: 1, lastColumn: 26 }],
      [{ sheet: 'W', address: 'A2:Z2', firstRow: 2, lastRow: 2, firstColumn: 1, lastColumn: 26 }],
    ]);
    expect(readBlocks([{ sheet: 'One', address: "'One'!A1" }])).toEqual([[{ sheet: 'One', address: 'A1', firstRow: 1, lastRow: 1, firstColumn: 1, lastColumn: 1 }]]);
    expect(readBlocks([{ sheet: 'X', address: 'X!#REF!' }, { sheet: 'Y', address: '' }])).toEqual([]);
  });

  test('linear: 1,000,000 used rows cost one pass (no block re-reads a row)', () => {
    const reads = readBlocks([{ sheet: 'L', address: 'A1:K1000000' }]);
    expect(reads.flat().reduce((n, b) => n + b.lastRow - b.firstRow + 1, 0)).toBe(1_000_000);
  });
});

describe('gridsFromBlocks', () => {
  test('values come back as rows from A1, whatever order the blocks arrive in', () => {
    // A used range B3:C6 read in two blocks; the reader sees column A blank and rows 1-2 empty.
    const [top, bottom] = readBlocks([{ sheet: 'S', address: 'S!B3:C6' }], 4).flat();
    expect([top.address, bottom.address]).toEqual(['B3:C4', 'B5:C6']);
    const grids = gridsFromBlocks([
      { block: bottom, values: [['e', 'f'], ['g', 'h']] },
      { block: top, values: [['a', 'b'], ['c', 'd']] },
    ]);
    expect(grids).toEqual({ S: [[], [], ['', 'a', 'b'], ['', 'c', 'd'], ['', 'e', 'f'], ['', 'g', 'h']] });
  });
});
