/**
 * SheetBuilder and the sheet modules' shared pieces (core/templates/builder.ts, sheets/common.ts) on a
 * small hand-made table, so every expected cell is read off the call that placed it.
 */
import { SheetBuilder, ifBlank, widthsFrom } from './builder';
import type { TableDef } from './layout';
import { dateValidation, fractionValidation, isoDateSerial, listValidation, literalCriterion, moneyValidation } from './sheets/common';

const META = { purpose: 'Test.', tabColor: '#000000', frozenRows: 1, frozenColumns: 0, columnWidths: [] as number[] };

/** Two columns, header on row 2, two data rows: Name (input), Double (a formula). */
const DEF = {
  sheet: 'ROI', table: 'Pairs', headerRow: 2, firstDataRow: 3, lastDataRow: 4, capacity: 2,
  columns: { name: 'A', double: 'B' }, headers: { name: 'Name', double: 'Double' }, inputs: ['name'],
  defs: [
    { key: 'name', header: 'Name', width: 100, input: true, note: 'Who.' },
    { key: 'double', header: 'Double', width: 80, input: false, numberFormat: '0.0' },
  ],
} as unknown as TableDef;

describe('SheetBuilder', () => {
  test('places cells by address into a dense grid, blanks as null, a later cell replacing an earlier one', () => {
    const b = new SheetBuilder('ROI').text('B2', 'first').text('B2', 'second', 'header', 'A note.').set('C1', { value: 3 });
    const sheet = b.build(META);
    expect(sheet.cells).toEqual([[null, null, { value: 3 }], [null, { value: 'second', style: 'header', note: 'A note.' }, null]]);
    expect(sheet).toMatchObject({ name: 'ROI', purpose: 'Test.', tabColor: '#000000', frozenRows: 1, frozenColumns: 0 });
  });

  test('the grid is as wide as the widest of its cells and its column widths', () => {
    const sheet = new SheetBuilder('ROI').text('A1', 'x').build({ ...META, columnWidths: [10, 20, 30] });
    expect(sheet.cells).toEqual([[{ value: 'x' }, null, null]]);
    expect(sheet.columnWidths).toEqual([10, 20, 30]);
  });

  test('refuses a bad address and a formula without =', () => {
    expect(() => new SheetBuilder('ROI').text('B', 'x')).toThrow('ROI: bad address B');
    expect(() => new SheetBuilder('ROI').formula('B2', 'SUM(A1:A2)')).toThrow('ROI!B2: a formula starts with =');
  });

  test('a formula cell is styled calc unless told, with its number format', () => {
    const sheet = new SheetBuilder('ROI').formula('A1', '=1+1').formula('B1', '=2', '0%', 'input').build(META);
    expect(sheet.cells[0]).toEqual([{ formula: '=1+1', style: 'calc' }, { formula: '=2', numberFormat: '0%', style: 'input' }]);
  });

  test('a table: its header with notes, every capacity row styled by kind, given cells merged in, and the table range', () => {
    const sheet = new SheetBuilder('ROI')
      .table(DEF, (row, i) => ({ double: { formula: `=A${row}*2` }, ...(i === 0 ? { name: { value: 'Ada' } } : {}) }))
      .build(META);
    expect(sheet.cells).toEqual([
      [null, null],
      [{ value: 'Name', style: 'header', note: 'Who.' }, { value: 'Double', style: 'header' }],
      [{ value: 'Ada', style: 'input' }, { formula: '=A3*2', style: 'calc', numberFormat: '0.0' }],
      [{ style: 'input' }, { formula: '=A4*2', style: 'calc', numberFormat: '0.0' }],
    ]);
    expect(sheet.tables).toEqual([{ name: 'Pairs', range: 'A2:B4' }]);
  });

  test('a table whose formula column is left without a formula is refused, naming the row', () => {
    expect(() => new SheetBuilder('ROI').table(DEF, (row) => (row === 4 ? {} : { double: { formula: '=1' } }))).toThrow('ROI: column double needs a formula in row 4');
  });

  test('merges, row heights and hidden rows and columns appear only when there are some', () => {
    const plain = new SheetBuilder('ROI').text('A1', 'x').build(META);
    for (const key of ['merges', 'rowHeights', 'hiddenColumns', 'hiddenRows']) expect(plain).not.toHaveProperty(key);
    const b = new SheetBuilder('ROI').text('A1', 'x');
    b.merges.push('A1:B1');
    b.rowHeights[1] = 30;
    b.hiddenColumns.push('C');
    b.hiddenRows.push(2);
    expect(b.build(META)).toMatchObject({ merges: ['A1:B1'], rowHeights: { 1: 30 }, hiddenColumns: ['C'], hiddenRows: [2] });
  });
});

describe('builder helpers', () => {
  test('widthsFrom: the definitions’ widths from A, extra columns placed by letter, gaps 90', () => {
    expect(widthsFrom([{ width: 100 }, { width: 80 }])).toEqual([100, 80]);
    expect(widthsFrom([{ width: 100 }], { D: 40, B: 55 })).toEqual([100, 55, 90, 40]);
    expect(widthsFrom([{ width: 100 }, { width: 80 }], { A: 10 })).toEqual([10, 80]);
  });

  test('ifBlank', () => {
    expect(ifBlank('A5', 'B5*2')).toBe('IF(A5="","",B5*2)');
  });
});

describe('the sheet modules’ shared pieces', () => {
  test('isoDateSerial counts days from 1899-12-30, as every spreadsheet does', () => {
    expect(isoDateSerial('1899-12-31')).toBe(1);
    expect(isoDateSerial('1900-03-01')).toBe(61); // Excel's fictional 29 Feb 1900 is not counted from 1 March on
    expect(isoDateSerial('2025-06-30')).toBe(45838);
  });

  test('dateValidation: 2000-01-01 to 2100-12-31 as serials', () => {
    expect(dateValidation('A2:A9', 'When?', 'A date.')).toEqual({ range: 'A2:A9', type: 'date', min: 36526, max: 73415, prompt: 'When?', errorMessage: 'A date.' });
  });

  test('fraction, money and list validations say what they want in words', () => {
    expect(fractionValidation('C2:C9', 'Confidence')).toEqual({
      range: 'C2:C9', type: 'decimal', min: 0, max: 1,
      prompt: 'Confidence: type a percentage such as 80% (or 0.8).',
      errorMessage: 'Confidence must be between 0% and 100%. Type 80% or 0.8 — not 80.',
    });
    expect(moneyValidation('D2:D9', 'Budget')).toEqual({
      range: 'D2:D9', type: 'decimal', min: 0, prompt: 'Budget: an amount of money, 0 or more.', errorMessage: 'Budget must be a number of 0 or more (type 0 when there is none).',
    });
    expect(listValidation('E2:E9', ['High', 'Low'], 'priority')).toEqual({
      range: 'E2:E9', type: 'list', values: ['High', 'Low'], prompt: 'Pick the priority from the list.', errorMessage: 'Choose one of: High, Low.',
    });
  });

  test('literalCriterion escapes ~ first, then * and ?', () => {
    expect(literalCriterion('B5')).toBe('SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(B5,"~","~~"),"*","~*"),"?","~?")');
  });
});
