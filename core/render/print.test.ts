/**
 * Page layout decided in the render plan (./print.ts): row heights that let every text show, and the
 * print setup that Excel and the `.xlsx` writer replay. Expected values are worked by hand from the
 * file's constants, which are measured facts: 6.5 px per Calibri 11 character (rounded up from ~5.9),
 * 6 px of cell padding, 2 px of row padding, a 20 px default row (Excel's 15 pt), bold 8% wider, and
 * US Letter with default margins (7.1 × 9.5 in portrait, 9.6 × 7 in landscape, at 96 px per inch:
 * 681.6 × 912 and 921.6 × 672 px). The same figures on paper are checked by test/templates/print.test.ts.
 */
import type { CellSpec, ChartSpec, SheetSpec } from '../templates/types';
import {
  DEFAULT_ROW_PIXELS, FOOTER, MIN_PORTRAIT_SCALE, charactersPerLine, estimatedPages, fittedRowHeights, formulaTextLength,
  lastFilledRow, lineHeight, printSetup, wrappedLines,
} from './print';

function sheet(over: Partial<SheetSpec>): SheetSpec {
  return {
    name: 'Guide', purpose: '', tabColor: '', frozenRows: 0, frozenColumns: 0, columnWidths: [100, 100, 100],
    cells: [], validations: [], conditionalFormats: [], tables: [], charts: [], ...over,
  };
}

const chart = (anchor: string, width: number, height: number): ChartSpec => ({ title: 'Chart', type: 'column', categories: 'A1:A2', series: [], anchor, width, height });

describe('wrappedLines: word by word, as a spreadsheet wraps', () => {
  test.each([
    ['one two three', 40, 1],
    ['one two three', 8, 2], // "one two" / "three"
    ['one two three', 7, 2], // "one two" exactly fills 7
    ['one two three', 6, 3],
    ['abcd efgh', 9, 1], // 9 characters on a 9-character line
    ['abcd efgh', 8, 2],
    ['abcdefghij', 4, 3], // a long word broken: abcd / efgh / ij
    ['ab abcdefghij', 4, 4], // ab / abcd / efgh / ij
    ['abcdefgh x', 4, 3], // abcd / efgh / x: the broken word filled its last line
    ['abcdef x', 4, 2], // abcd / ef x: room left after the broken word
    ['abcdefg x', 4, 3], // abcd / efg / x
    ['abcdefgh', 4, 2],
    ['  one   two  ', 7, 1], // runs of spaces are one break
    ['a\nb\n\nc', 10, 4], // each line break starts a line, an empty line too
    ['', 10, 1],
  ])('%j at %i characters a line: %i lines', (text, perLine, lines) => {
    expect(wrappedLines(text, perLine)).toBe(lines);
  });
});

describe('characters, lines and formula texts', () => {
  test('characters per line from width, font size and weight', () => {
    // (760 − 6 padding) / 6.5 px per character of Calibri 11 = 116; at 22 pt each character is twice as wide.
    expect(charactersPerLine(760)).toBe(116);
    expect(charactersPerLine(760, 22)).toBe(58);
    // Bold: 754 / (6.5 × 1.08 = 7.02) = 107.4.
    expect(charactersPerLine(760, 11, true)).toBe(107);
    // At least one character, however narrow the column.
    expect(charactersPerLine(5)).toBe(1);
    expect(charactersPerLine(0)).toBe(1);
  });

  test('line heights: 1.2 × the font size in pixels, rounded up; 11-point text fits the default row', () => {
    expect(lineHeight(11)).toBe(18); // 14.67 × 1.2 = 17.6
    expect(lineHeight(18)).toBe(29); // 24 × 1.2 = 28.8
    expect(lineHeight(12)).toBe(20); // 16 × 1.2 = 19.2
    expect(lineHeight(11) + 2).toBe(DEFAULT_ROW_PIXELS);
  });

  test('a text formula is estimated from its literals and the values it joins; format codes do not show', () => {
    // "a" and "bc" (3 characters), two joins of one value: 12 characters for TEXT(B1,"0%").
    expect(formulaTextLength('="a"&TEXT(B1,"0%")&"bc"')).toBe(15);
    // "Total: " (7) and one join: 12 more.
    expect(formulaTextLength('="Total: "&A1')).toBe(19);
    // Both branches of an IF count, so the estimate errs long.
    expect(formulaTextLength('=IF(A1>0,"yes","no")')).toBe(5);
    // Any case of TEXT; a format code alone shows nothing of its own.
    expect(formulaTextLength('=text(A1,"0%")&"ab"')).toBe(14);
    expect(formulaTextLength('=TEXT(A1,"0%")')).toBe(0);
    // A literal after TEXT( that is not its format (not closed right after) is shown.
    expect(formulaTextLength('=TEXT(A1,"0")&"%"')).toBe(13);
    expect(formulaTextLength('=CONCAT(A1,"ab")')).toBe(2);
    expect(formulaTextLength('=A1+B1')).toBe(0);
    // A format taken from a cell: the literal after TEXT(…) is shown (" units", 6, and one join).
    expect(formulaTextLength('=TRIM(TEXT(A1,B1)&" units")')).toBe(18);
  });
});

describe('fittedRowHeights: every text fits its row', () => {
  const words = Array.from({ length: 60 }, () => 'abcd').join(' ');

  test('a wrapped cell gets the lines its text needs (7 lines of 18 px + 2 at 300 px)', () => {
    // (300 − 6) / 6.5 → 45 characters a line: nine 4-letter words; 60 words → 7 lines.
    expect(fittedRowHeights(sheet({ columnWidths: [300], cells: [[{ value: words, style: 'help' }]] }))).toEqual([{ row: 1, pixels: 128 }]);
  });

  test('a merge is as wide as its visible columns together', () => {
    // A:C with B hidden: 100 + 0 + 200 = 300 px, the same 7 lines.
    const merged = sheet({ columnWidths: [100, 500, 200], hiddenColumns: ['B'], merges: ['A1:C1'], cells: [[{ value: words, style: 'help' }, null, null]] });
    expect(fittedRowHeights(merged)).toEqual([{ row: 1, pixels: 128 }]);
    // Unmerged, the same text in A (100 px, 14 characters a line: three words) takes 20 lines.
    expect(fittedRowHeights(sheet({ cells: [[{ value: words, style: 'help' }]] }))).toEqual([{ row: 1, pixels: 20 * 18 + 2 }]);
  });

  test('a merge over several rows shares the height: its first row takes what the others lack', () => {
    // 7 lines = 128 px over three rows, two of them default (20 px each): the first needs 88.
    const tall = sheet({ columnWidths: [300], merges: ['A2:A4'], cells: [[], [{ value: words, style: 'help' }], [], []] });
    expect(fittedRowHeights(tall)).toEqual([{ row: 2, pixels: 88 }]);
  });

  test('a merge written as nonsense is ignored, not fatal', () => {
    expect(fittedRowHeights(sheet({ columnWidths: [300], merges: ['not a range'], cells: [[{ value: words, style: 'help' }]] }))).toEqual([{ row: 1, pixels: 128 }]);
  });

  test('unwrapped text is one line of its size: taller rows for titles and figures only', () => {
    const cells: (CellSpec | null)[][] = [
      [{ value: 'Title', style: 'title' }], // 18 pt: 29 + 2
      [{ value: 'Plain' }], // 11 pt: 20, the default: left out
      [{ value: 1234, style: 'kpi' }], // 16 pt: 26 + 2
      [{ formula: '=A3', style: 'section' }], // 13 pt: 21 + 2
      [{ value: true }], // a boolean shows too, at 11 pt
      [{ value: '', style: 'title' }, null, { style: 'kpi' }], // nothing to show
    ];
    expect(fittedRowHeights(sheet({ cells }))).toEqual([{ row: 1, pixels: 31 }, { row: 3, pixels: 28 }, { row: 4, pixels: 23 }]);
  });

  test('a wrapped formula is sized for the text it can show: 40 characters for a looked-up name, its literals for a joined text', () => {
    // 100 px, bold header: 94 / 7.02 → 13 characters a line; 40 characters → 4 lines of 18 + 2.
    expect(fittedRowHeights(sheet({ cells: [[{ formula: '=Strategy!A6', style: 'header' }]] }))).toEqual([{ row: 1, pixels: 74 }]);
    // "Total: " and one join: 19 characters as one word → 2 lines of 18 + 2.
    expect(fittedRowHeights(sheet({ cells: [[{ formula: '="Total: "&A1', style: 'header' }]] }))).toEqual([{ row: 1, pixels: 38 }]);
    // A number in a wrapped style shows no text to wrap.
    expect(fittedRowHeights(sheet({ cells: [[{ value: 5, style: 'help' }]] }))).toEqual([]);
  });

  test('columns without a width of their own are 64 px wide', () => {
    // Column D: (64 − 6) / 6.5 → 8 characters a line, so "abcd abcd" (9) does not fit: 3 lines.
    expect(fittedRowHeights(sheet({ cells: [[null, null, null, { value: 'abcd abcd abcd', style: 'help' }]] }))).toEqual([{ row: 1, pixels: 56 }]);
    // Column C (100 px, 14 characters) holds it on one line.
    expect(fittedRowHeights(sheet({ cells: [[null, null, { value: 'abcd abcd abcd', style: 'help' }]] }))).toEqual([]);
  });

  test('a hidden column shows nothing, so it sizes no row', () => {
    expect(fittedRowHeights(sheet({ hiddenColumns: ['B'], cells: [[null, { value: 'Big', style: 'title' }]] }))).toEqual([]);
  });

  test('a height the spec sets is kept when taller, in row order, rounded up to whole pixels', () => {
    const spec = sheet({ cells: [[], [], [{ value: 'Title', style: 'title' }]], rowHeights: { 1: 30.2, 3: 25, 2: 12 } });
    // Row 3 keeps its fitted 31 over the spec's 25; row 2's 12 is below the default and is left out.
    expect(fittedRowHeights(spec)).toEqual([{ row: 1, pixels: 31 }, { row: 3, pixels: 31 }]);
    expect(fittedRowHeights(sheet({ cells: [[{ value: 'Title', style: 'title' }]], rowHeights: { 1: 45 } }))).toEqual([{ row: 1, pixels: 45 }]);
  });

  test('rows come in row order whatever order they were found in', () => {
    const spec = sheet({ cells: [[], [], [], [{ value: 'Title', style: 'title' }]], rowHeights: { 2: 40 } });
    expect(fittedRowHeights(spec)).toEqual([{ row: 2, pixels: 40 }, { row: 4, pixels: 31 }]);
  });
});

describe('lastFilledRow: a table’s empty capacity rows do not print', () => {
  test('a formula inside a table body counts only with a typed value beside it; outside a body it counts', () => {
    const cells: (CellSpec | null)[][] = [
      [{ value: 'Title' }],
      [{ value: 'Name' }, { value: 'Share' }],
      [{ value: 'Program 1' }, { formula: '=1' }],
      [null, { formula: '=1' }],
      [null, { formula: '=1' }],
    ];
    expect(lastFilledRow(sheet({ cells, tables: [{ name: 'T', range: 'A2:B5' }] }))).toBe(3);
    // Without the table the formulas are ordinary cells.
    expect(lastFilledRow(sheet({ cells }))).toBe(5);
    // A formula beside the table (column C), or on its header row, still counts.
    expect(lastFilledRow(sheet({ cells: [...cells.slice(0, 4), [null, null, { formula: '=1' }]], tables: [{ name: 'T', range: 'A2:B5' }] }))).toBe(5);
    expect(lastFilledRow(sheet({ cells: [[], [null, { formula: '=1' }], [], []], tables: [{ name: 'T', range: 'A2:B4' }] }))).toBe(2);
    // Below the table's last row a formula counts again.
    expect(lastFilledRow(sheet({ cells: [[], [], [], [{ formula: '=1' }]], tables: [{ name: 'T', range: 'A2:B3' }] }))).toBe(4);
  });

  test('the table’s first column is part of its body; a column left of it is not', () => {
    const cells: (CellSpec | null)[][] = [[{ value: 'Title' }], [null, { value: 'Name' }], [{ formula: '=1' }, { formula: '=1' }], [null, { formula: '=1' }]];
    expect(lastFilledRow(sheet({ cells, tables: [{ name: 'T', range: 'B2:C4' }] }))).toBe(3);
    expect(lastFilledRow(sheet({ cells: cells.map((row) => [null, ...row.slice(1)]), tables: [{ name: 'T', range: 'B2:C4' }] }))).toBe(2);
  });

  test('a table whose range cannot be read is no body at all', () => {
    expect(lastFilledRow(sheet({ cells: [[{ value: 'x' }], [{ formula: '=1' }]], tables: [{ name: 'T', range: 'not a range' }] }))).toBe(2);
  });

  test('empty text, null and missing values are not filled; zero and false are', () => {
    expect(lastFilledRow(sheet({ cells: [[{ value: 'x' }], [{ value: '' }], [{ value: null }], [{ style: 'input' }], [null]] }))).toBe(1);
    expect(lastFilledRow(sheet({ cells: [[{ value: 'x' }], [{ value: 0 }], []] }))).toBe(2);
    expect(lastFilledRow(sheet({ cells: [[{ value: 'x' }], [null, { value: false }], []] }))).toBe(2);
    expect(lastFilledRow(sheet({ cells: [] }))).toBe(1);
  });
});

describe('estimatedPages: rows packed page by page', () => {
  const twenty = () => 20;

  test('Letter portrait at full size holds 45 rows of 20 px (912 px)', () => {
    expect(estimatedPages(twenty, 45, 600, 'portrait', undefined, [])).toEqual({ pages: 1, scale: 1 });
    expect(estimatedPages(twenty, 46, 600, 'portrait', undefined, [])).toEqual({ pages: 2, scale: 1 });
    expect(estimatedPages(twenty, 91, 600, 'portrait', undefined, [])).toEqual({ pages: 3, scale: 1 });
    // Landscape: 672 px, 33 rows.
    expect(estimatedPages(twenty, 33, 600, 'landscape', undefined, [])).toEqual({ pages: 1, scale: 1 });
    expect(estimatedPages(twenty, 34, 600, 'landscape', undefined, [])).toEqual({ pages: 2, scale: 1 });
  });

  test('a sheet wider than the page is scaled down, and each page holds more rows', () => {
    // 1363.2 px wide on 681.6 px: half size, so 1824 px of rows a page (91 rows of 20).
    const half = estimatedPages(twenty, 91, 1363.2, 'portrait', undefined, []);
    expect([half.pages, half.scale]).toEqual([1, expect.closeTo(0.5, 9)]);
    expect(estimatedPages(twenty, 92, 1363.2, 'portrait', undefined, []).pages).toBe(2);
    // Never enlarged; no width at all counts as narrow.
    expect(estimatedPages(twenty, 1, 100, 'landscape', undefined, []).scale).toBe(1);
    expect(estimatedPages(twenty, 1, 0, 'portrait', undefined, []).scale).toBe(1);
  });

  test('a manual break starts a page; a break after the last row adds none', () => {
    expect(estimatedPages(twenty, 10, 600, 'portrait', undefined, [5])).toEqual({ pages: 2, scale: 1 });
    expect(estimatedPages(twenty, 10, 600, 'portrait', undefined, [10])).toEqual({ pages: 1, scale: 1 });
    expect(estimatedPages(twenty, 10, 600, 'portrait', undefined, [3, 6])).toEqual({ pages: 3, scale: 1 });
    // After a break at row 40 the next page starts empty: rows 41–85 fit on it.
    expect(estimatedPages(twenty, 85, 600, 'portrait', undefined, [40])).toEqual({ pages: 2, scale: 1 });
  });

  test('title rows repeat on every page and take room there', () => {
    // Page 1: rows 1–45; then 44 rows a page under the 20 px title: 46–89, 90.
    expect(estimatedPages(twenty, 89, 600, 'portrait', { first: 1, last: 1 }, []).pages).toBe(2);
    expect(estimatedPages(twenty, 90, 600, 'portrait', { first: 1, last: 1 }, []).pages).toBe(3);
    // Two title rows (40 px): page 2 holds 43 rows, 46–88.
    expect(estimatedPages(twenty, 88, 600, 'portrait', { first: 1, last: 2 }, []).pages).toBe(2);
    expect(estimatedPages(twenty, 89, 600, 'portrait', { first: 1, last: 2 }, []).pages).toBe(3);
    // After a manual break the titles repeat too: rows 11–54 fit under them, 55 does not.
    expect(estimatedPages(twenty, 54, 600, 'portrait', { first: 1, last: 1 }, [10]).pages).toBe(2);
    expect(estimatedPages(twenty, 55, 600, 'portrait', { first: 1, last: 1 }, [10]).pages).toBe(3);
  });

  test('rows that fill a page exactly fit on it', () => {
    expect(estimatedPages(() => 456, 2, 600, 'portrait', undefined, [])).toEqual({ pages: 1, scale: 1 });
    expect(estimatedPages(() => 456, 3, 600, 'portrait', undefined, [])).toEqual({ pages: 2, scale: 1 });
  });

  test('a page that starts on a title row does not count the titles twice', () => {
    // Three title rows of 400 px: the third starts page 2 as itself, then row 4 fits beside it.
    const tallTitles = (row: number) => (row <= 3 ? 400 : 20);
    expect(estimatedPages(tallTitles, 4, 600, 'portrait', { first: 1, last: 3 }, []).pages).toBe(2);
    // A break after the last title row: the next page repeats the titles (rows 2–45 fit under them, 46 not).
    expect(estimatedPages(twenty, 46, 600, 'portrait', { first: 1, last: 1 }, [1]).pages).toBe(3);
    // A break inside the title rows: the next page starts with the rest of them, not a repeat (rows 2–46).
    expect(estimatedPages(twenty, 46, 600, 'portrait', { first: 1, last: 2 }, [1]).pages).toBe(2);
  });

  test('a row taller than a page takes a page of its own, and is not counted twice', () => {
    const tall = (row: number) => (row === 1 ? 1000 : 20);
    expect(estimatedPages(tall, 1, 600, 'portrait', undefined, [])).toEqual({ pages: 1, scale: 1 });
    expect(estimatedPages(tall, 2, 600, 'portrait', undefined, [])).toEqual({ pages: 2, scale: 1 });
  });

  test('hidden rows (0 px) take no room', () => {
    const hidden = (row: number) => (row > 10 && row <= 60 ? 0 : 20);
    expect(estimatedPages(hidden, 95, 600, 'portrait', undefined, []).pages).toBe(1);
  });
});

describe('printSetup: derived from the sheet’s shape', () => {
  const rows = (n: number, width = 3): (CellSpec | null)[][] => Array.from({ length: n }, (_, r) => Array.from({ length: width }, (_, c) => ({ value: `r${r + 1}c${c + 1}` })));

  test('a small sheet: portrait, one page wide, Letter, the footer, from A1 to its last cell', () => {
    expect(printSetup(sheet({ cells: rows(5) }), [])).toEqual({
      orientation: 'portrait', paperSize: 'letter', fitToWidth: 1, fitToHeight: 0, area: 'A1:C5', footer: FOOTER, rowBreaks: [],
    });
    expect(FOOTER).toBe('&A – page &P of &N');
  });

  test('the area reaches the widest of the cells and the column widths, and leaves out trailing hidden columns only', () => {
    expect(printSetup(sheet({ cells: rows(2, 2), columnWidths: [100, 100, 100, 100, 100] }), []).area).toBe('A1:E2');
    expect(printSetup(sheet({ cells: rows(2, 4), columnWidths: [100] }), []).area).toBe('A1:D2');
    expect(printSetup(sheet({ cells: rows(2, 5), columnWidths: [100, 100, 100, 100, 100], hiddenColumns: ['E', 'D'] }), []).area).toBe('A1:C2');
    expect(printSetup(sheet({ cells: rows(2, 5), columnWidths: [100, 100, 100, 100, 100], hiddenColumns: ['B'] }), []).area).toBe('A1:E2');
    // An empty sheet prints its first row; every column hidden still leaves A.
    expect(printSetup(sheet({ cells: [], columnWidths: [] }), []).area).toBe('A1');
    expect(printSetup(sheet({ cells: rows(1, 2), columnWidths: [100, 100], hiddenColumns: ['A', 'B'] }), []).area).toBe('A1');
  });

  test('a chart below the cells extends the area to its bottom-right cell and starts a new page a row above it', () => {
    // Anchored at B12, 300 × 100 px: B, C (100 each), D (64, no width given) and 36 px into E;
    // rows 12–15 (20 each) and 20 px into row 16.
    const setup = printSetup(sheet({ cells: rows(3), charts: [chart('B12', 300, 100)] }), []);
    expect(setup.area).toBe('A1:E16');
    expect(setup.rowBreaks).toEqual([10]);
    // Two charts: the first one's row decides the break; the larger extent decides the area.
    const two = printSetup(sheet({ cells: rows(3), charts: [chart('A20', 50, 10), chart('A8', 50, 10)] }), []);
    expect(two.rowBreaks).toEqual([6]);
    expect(two.area).toBe('A1:C20');
    // A chart at the top of the sheet needs no break before it.
    expect(printSetup(sheet({ cells: rows(3), charts: [chart('A2', 50, 10)] }), []).rowBreaks).toEqual([]);
    expect(printSetup(sheet({ cells: rows(3), charts: [chart('A3', 50, 10)] }), []).rowBreaks).toEqual([1]);
  });

  test('a chart whose anchor cannot be read sits at A1; a chart too big for the sheet stops at column 200 and row 5000', () => {
    const lost = printSetup(sheet({ cells: rows(1), charts: [chart('somewhere', 250, 50)] }), []);
    // From A1: 100 + 100 + 50 px into C; 20 + 20 + 10 px into row 3. No page break before it.
    expect([lost.area, lost.rowBreaks]).toEqual(['A1:C3', []]);
    expect(printSetup(sheet({ cells: rows(1), charts: [chart('A1', 1e7, 1e7)] }), []).area).toBe('A1:GR5000');
  });

  test('a chart exactly as wide and tall as its cells ends in them', () => {
    // D is 64 px (no width given), row 5 is 20 px.
    expect(printSetup(sheet({ cells: rows(1), charts: [chart('D5', 64, 20)] }), []).area).toBe('A1:D5');
    expect(printSetup(sheet({ cells: rows(1), charts: [chart('D5', 65, 21)] }), []).area).toBe('A1:E6');
  });

  test('a chart is measured with the sheet’s own row heights, hidden rows as 0', () => {
    // 100 px tall from A5 over rows of 50 px: rows 5 and 6 hold it.
    const fitted = [5, 6, 7, 8].map((row) => ({ row, pixels: 50 }));
    expect(printSetup(sheet({ cells: rows(2), charts: [chart('A5', 50, 100)] }), fitted).area).toBe('A1:C6');
    // Rows 5 and 6 hidden: the chart runs on through 7–11 (100 px of 20 px rows).
    expect(printSetup(sheet({ cells: rows(2), hiddenRows: [5, 6], charts: [chart('A5', 50, 100)] }), []).area).toBe('A1:C11');
  });

  test('print titles: the first table’s header row when it is frozen, else the frozen rows, else none', () => {
    const tables = [{ name: 'T', range: 'A3:C5' }];
    expect(printSetup(sheet({ cells: rows(5), tables, frozenRows: 3 }), []).titleRows).toEqual({ first: 3, last: 3 });
    expect(printSetup(sheet({ cells: rows(5), tables, frozenRows: 2 }), []).titleRows).toEqual({ first: 1, last: 2 });
    const none = printSetup(sheet({ cells: rows(5), tables }), []);
    expect('titleRows' in none).toBe(false);
    // A later table within the frozen rows is the one taken when the first is below them.
    expect(printSetup(sheet({ cells: rows(5), tables: [{ name: 'Low', range: 'A5:C5' }, { name: 'Top', range: 'A2:C4' }], frozenRows: 3 }), []).titleRows)
      .toEqual({ first: 2, last: 2 });
  });

  test('portrait while the text keeps at least 60% of its size; wider sheets print landscape', () => {
    expect(MIN_PORTRAIT_SCALE).toBe(0.6);
    // 681.6 / 0.6 = 1136 px: 11 columns of 103 px (1133) still portrait, 11 of 104 (1144) landscape.
    expect(printSetup(sheet({ cells: rows(1, 11), columnWidths: Array(11).fill(103) }), []).orientation).toBe('portrait');
    expect(printSetup(sheet({ cells: rows(1, 11), columnWidths: Array(11).fill(104) }), []).orientation).toBe('landscape');
    expect(printSetup(sheet({ columnWidths: Array(20).fill(120), cells: [[{ value: 'x' }]] }), [])).toMatchObject({ orientation: 'landscape', area: 'A1:T1' });
  });
});
