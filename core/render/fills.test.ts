/**
 * Formula fills (./fills.ts): which cells travel as one R1C1 fill, which as values, and that an
 * empty framework costs the same at any capacity. The builder's tests check, through the Excel
 * fake, that every cell reads back as the plan's own formula (excel-addin/test/builder.test.ts).
 */
import { buildWorkbookSpec } from '../templates/index';
import type { CellSpec, SheetSpec } from '../templates/types';
import { renderPlan, type PlannedSheet } from './plan';
import { BYTES_PER_SYNC, MIN_FILL_ROWS, sheetWrites, writeGroups } from './fills';

function planned(cells: (CellSpec | null)[][]): PlannedSheet {
  const sheet: SheetSpec = {
    name: 'ROI', purpose: 'Returns.', tabColor: '#1F6FB2', frozenRows: 0, frozenColumns: 0, columnWidths: [],
    cells, validations: [], conditionalFormats: [], tables: [], charts: [],
  };
  return renderPlan({ dataset: 'empty', sheets: [sheet], names: [] }).sheets[0];
}

/** Rows 2…n: A typed, B = A × 2, C = A × 2 + B (a different formula), header on row 1. */
function table(n: number): PlannedSheet {
  return planned([
    [{ value: 'Cost' }, { value: 'Double' }, { value: 'Sum' }],
    ...Array.from({ length: n - 1 }, (_, i) => [{ value: (i + 1) * 10 }, { formula: `=A${i + 2}*2` }, { formula: `=A${i + 2}*2+B${i + 2}` }]),
  ]);
}

describe('sheetWrites', () => {
  test('a column of one formula is one fill; the header and typed values travel as one block with the fill left out', () => {
    const writes = sheetWrites(table(6));
    expect(writes.fills).toEqual([
      { address: 'B2:B6', formulaR1C1: '=RC[-1]*2', row0: 2, row1: 6, column0: 2, column1: 2 },
      { address: 'C2:C6', formulaR1C1: '=RC[-2]*2+RC[-1]', row0: 2, row1: 6, column0: 3, column1: 3 },
    ]);
    expect(writes.blocks).toEqual([{ address: 'A1:C6', values: [['Cost', 'Double', 'Sum'], [10, null, null], [20, null, null], [30, null, null], [40, null, null], [50, null, null]] }]);
    // bytes: what travels, as JSON: each address and its values or formula.
    const json = '[["Cost","Double","Sum"],[10,null,null],[20,null,null],[30,null,null],[40,null,null],[50,null,null]]';
    expect(writes.bytes).toBe('A1:C6'.length + json.length + 'B2:B6'.length + '"=RC[-1]*2"'.length + 'C2:C6'.length + '"=RC[-2]*2+RC[-1]"'.length);
  });

  test('adjacent columns with the same formula over the same rows are one fill', () => {
    const sheet = planned(Array.from({ length: 4 }, (_, r) => [{ value: r }, { formula: `=A${r + 1}+1` }, { formula: `=B${r + 1}+1` }, { formula: `=C${r + 1}+1` }]));
    const writes = sheetWrites(sheet);
    expect(writes.fills.map((f) => [f.address, f.formulaR1C1, f.column0, f.column1])).toEqual([['B1:D4', '=RC[-1]+1', 2, 4]]);
    // Only column A travels as values: the filled columns are not written again.
    expect(writes.blocks).toEqual([{ address: 'A1:A4', values: [[0], [1], [2], [3]] }]);
  });

  test(`exactly ${MIN_FILL_ROWS} rows of one formula are a fill; the same formula in columns apart is two fills`, () => {
    const sheet = planned(Array.from({ length: MIN_FILL_ROWS }, (_, r) => [
      { formula: `=E${r + 1}*2` }, { value: r }, { formula: `=G${r + 1}*2` }, { formula: `=A${r + 1}` },
    ]));
    // A and C both read =RC[4]*2 in R1C1, but B between them is not that formula.
    expect(sheetWrites(sheet).fills.map((f) => [f.address, f.formulaR1C1])).toEqual([['A1:A3', '=RC[4]*2'], ['C1:C3', '=RC[4]*2'], ['D1:D3', '=RC[-3]']]);
  });

  test(`a run shorter than ${MIN_FILL_ROWS} rows, a formula that changes per row and one the scanner cannot read are written as they are`, () => {
    const sheet = planned([
      [{ formula: '=A5' }, { formula: '=SUM(1:1)' }],
      [{ formula: '=A5' }, { formula: '=SUM(1:1)' }],
      [{ formula: '=A5' }, { formula: '=SUM(1:1)' }],
    ]);
    const writes = sheetWrites(sheet);
    expect(writes.fills).toEqual([]);
    expect(writes.blocks).toEqual([{ address: 'A1:B3', values: [['=A5', '=SUM(1:1)'], ['=A5', '=SUM(1:1)'], ['=A5', '=SUM(1:1)']] }]);
    expect(sheetWrites(table(3)).fills).toHaveLength(0); // two rows of each formula
  });

  test('rows with nothing but fills or empty cells split the blocks, and a block spans only the columns it writes', () => {
    const sheet = planned([
      [null, { value: 'Title' }, null],
      ...Array.from({ length: 4 }, (_, i) => [null, { formula: `=C${i + 2}` }, null]),
      [null, null, { value: 'Total' }],
    ]);
    expect(sheetWrites(sheet).blocks.map((b) => b.address)).toEqual(['B1', 'C6']);
  });

  test('every cell of the GrowthCorp plan is written once: by a fill or as a value in one block', () => {
    for (const sheet of renderPlan(buildWorkbookSpec('growthcorp')).sheets) {
      const writes = sheetWrites(sheet);
      const seen = new Map<string, number>();
      const mark = (r: number, c: number) => seen.set(`${r},${c}`, (seen.get(`${r},${c}`) ?? 0) + 1);
      for (const f of writes.fills) for (let r = f.row0; r <= f.row1; r++) for (let c = f.column0; c <= f.column1; c++) mark(r, c);
      for (const b of writes.blocks) {
        const [first] = b.address.split(':');
        const row0 = Number(/\d+/.exec(first)![0]);
        const column0 = first.replace(/\d+/, '').split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
        b.values.forEach((row, r) => row.forEach((v, c) => { if (v !== null) mark(row0 + r, column0 + c); }));
      }
      const cells = sheet.cells.flatMap((row, r) => row.flatMap((cell, c) => (cell ? [`${r + 1},${c + 1}`] : [])));
      expect([sheet.name, [...seen.keys()].sort()]).toEqual([sheet.name, cells.sort()]);
      expect([sheet.name, [...seen.values()].every((n) => n === 1)]).toEqual([sheet.name, true]);
    }
  });

  test('an empty framework sends about as much at 2,000 initiatives as at 200 (within 1%); its grid would be ten times larger', () => {
    const bytes = (capacity: number) => renderPlan(buildWorkbookSpec('empty', { capacity })).sheets.reduce((n, s) => n + sheetWrites(s).bytes, 0);
    const grid = (capacity: number) => renderPlan(buildWorkbookSpec('empty', { capacity })).sheets.reduce((n, s) => n + JSON.stringify(s.cells).length, 0);
    expect(bytes(2000)).toBeLessThan(bytes(200) * 1.01);
    expect(grid(2000)).toBeGreaterThan(grid(200) * 5);
  });
});

describe('writeGroups', () => {
  test('sheets in order, in runs whose sizes add up to at most the limit; a sheet larger than the limit goes alone', () => {
    const sheets = ['A', 'B', 'C', 'D', 'E'].map((name) => ({ ...table(3), name }));
    const sizes: Record<string, number> = { A: 40, B: 60, C: 1, D: 150, E: 10 };
    expect(writeGroups(sheets, (s) => sizes[s.name], 100).map((g) => g.map((s) => s.name))).toEqual([['A', 'B'], ['C'], ['D'], ['E']]);
    expect(writeGroups(sheets, () => 1).map((g) => g.length)).toEqual([5]); // the default limit is BYTES_PER_SYNC
    expect(BYTES_PER_SYNC).toBeLessThan(5_000_000); // Excel on the web refuses a request over 5 MB
  });
});
