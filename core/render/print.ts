/**
 * Page layout decided once, in the render plan, for every sheet (new sheets get it without a line of
 * their own): row heights that fit each text at the template's widths, and the print setup that the
 * `.xlsx` writer and Excel replay (orientation, fit to one page wide, print titles, print area, a
 * footer with the sheet name and page number, and page breaks). Google Sheets has no print settings
 * in Apps Script, so its builder leaves them out.
 *
 * Sizes are in pixels at 96 per inch, as the templates give widths. The estimates are deliberately a
 * little generous: a row slightly too tall costs a few pixels, one too short clips the text.
 */
import { columnNumber, parseCell, parseRange, splitLiterals, rangeAddress } from '../templates/a1';
import type { CellSpec, CellStyle, ChartSpec, SheetSpec } from '../templates/types';
import { STYLES } from '../templates/types';

/** Height of a row nobody sized, in pixels (Excel's 15 points for Calibri 11). */
export const DEFAULT_ROW_PIXELS = 20;

/** Font size of a cell without a size of its own (points). */
const BASE_SIZE = 11;

/**
 * Average width of a character of Calibri 11 (and of Carlito, its metric twin in LibreOffice) in
 * pixels, rounded up from ~5.9 for ordinary English text so that long words breaking early still fit.
 */
const CHAR_PIXELS_AT_11 = 6.5;

/** A cell's inner padding, left and right together, in pixels. */
const CELL_PADDING = 6;

/** Bold text is about 8% wider. */
const BOLD_FACTOR = 1.08;

/** Height of one line of text at `size` points, in pixels: 1.2 line spacing, rounded up. */
export function lineHeight(size: number): number {
  return Math.ceil((size * 96 / 72) * 1.2);
}

/** Space above and below the text of a cell, together, in pixels (one line of 11-point text: 20 px). */
const ROW_PADDING = 2;

/** What the plan assumes a formula without text of its own shows (a name it looks up), in characters. */
const LOOKED_UP_TEXT = 40;

/** How many characters of a style fit on one line of a cell `widthPixels` wide. */
export function charactersPerLine(widthPixels: number, size = BASE_SIZE, bold = false): number {
  const char = CHAR_PIXELS_AT_11 * (size / BASE_SIZE) * (bold ? BOLD_FACTOR : 1);
  return Math.max(1, Math.floor((widthPixels - CELL_PADDING) / char));
}

/**
 * Lines a wrapped text takes in a cell: word by word, as a spreadsheet wraps it (a word longer than a
 * line is broken). Explicit line breaks start new lines.
 *
 * ```ts
 * wrappedLines('one two three', 40) // 1 …with 40 characters per line
 * wrappedLines('one two three', 8)  // 2: "one two" / "three"
 * ```
 */
export function wrappedLines(text: string, perLine: number): number {
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    let used = 0;
    let count = 1;
    for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
      const need = used === 0 ? word.length : used + 1 + word.length;
      if (need <= perLine) used = need;
      else {
        // On the next line (this one already holds a word), broken across lines when longer than one.
        count += (used === 0 ? 0 : 1) + Math.ceil(word.length / perLine) - 1;
        used = word.length % perLine || perLine;
      }
    }
    lines += count;
  }
  return lines;
}

/**
 * The longest text a text formula can show, estimated from the formula itself: every string literal
 * (both branches of an IF counted, so it errs long) plus 12 characters for each number or name it
 * joins in with `&` (`TEXT(x,"#,##0")`, a cell). Used for wrapped formula cells such as the Dashboard
 * summary, whose text the plan cannot compute.
 */
export function formulaTextLength(formula: string): number {
  const segments = splitLiterals(formula);
  let length = 0;
  let joined = 0;
  segments.forEach((segment, i) => {
    if (!segment.literal) { joined += (segment.text.match(/&/g) ?? []).length; return; }
    // A format code, TEXT(x,"0%"), is not shown: the value it formats is counted with the joined ones.
    const isFormat = /TEXT\([^"]*,$/i.test(segments[i - 1]?.text ?? '') && /^\)/.test(segments[i + 1]?.text ?? '');
    if (!isFormat) length += segment.text.length - 2;
  });
  return length + 12 * Math.ceil(joined / 2);
}

/** The text a cell shows, or its estimated longest text when a formula makes it; '' for a number. */
function shownText(cell: CellSpec): string {
  if (cell.formula !== undefined) {
    const joins = cell.formula.includes('&');
    return 'x'.repeat(joins ? formulaTextLength(cell.formula) : LOOKED_UP_TEXT);
  }
  return typeof cell.value === 'string' ? cell.value : '';
}

/** Pixel widths of columns 1…n (hidden columns count 0: a merged cell over them is that much narrower). */
function columnPixels(sheet: SheetSpec): (column: number) => number {
  const hidden = new Set((sheet.hiddenColumns ?? []).map(columnNumber));
  return (column) => (hidden.has(column) ? 0 : (sheet.columnWidths[column - 1] ?? 64));
}

/**
 * Row heights that fit every text: for each cell whose style wraps, its text wrapped at its width (a
 * merged cell's width is its visible columns together) and font size; for any other cell with a value
 * or formula, one line of its font size (a 16-point figure needs a taller row than 11-point text). Rows where this is no taller than the default are left out; a height the spec sets is
 * kept when it is taller (a spacer row). Returns 1-based row → pixels, in row order.
 */
export function fittedRowHeights(sheet: SheetSpec): { row: number; pixels: number }[] {
  const width = columnPixels(sheet);
  const merged = new Map<string, { rows: number; pixels: number }>();
  for (const range of sheet.merges ?? []) {
    const ref = parseRange(range);
    if (!ref) continue;
    let pixels = 0;
    for (let c = ref.start.column; c <= ref.end.column; c++) pixels += width(c);
    merged.set(`${ref.start.row},${ref.start.column}`, { rows: ref.end.row - ref.start.row + 1, pixels });
  }
  const need = new Map<number, number>();
  const want = (row: number, pixels: number) => need.set(row, Math.max(need.get(row) ?? 0, pixels));
  sheet.cells.forEach((cells, r) => cells.forEach((cell, c) => {
    if (!cell) return;
    const look = STYLES[cell.style as CellStyle] ?? {};
    const text = look.wrap ? shownText(cell) : cell.formula !== undefined || (cell.value ?? '') !== '' ? 'x' : '';
    if (!text) return;
    const size = look.size ?? BASE_SIZE;
    const merge = merged.get(`${r + 1},${c + 1}`);
    const cellWidth = merge?.pixels ?? width(c + 1);
    if (cellWidth === 0) return; // a hidden helper column shows nothing
    const lines = look.wrap ? wrappedLines(text, charactersPerLine(cellWidth, size, look.bold)) : 1;
    const total = lines * lineHeight(size) + ROW_PADDING;
    const rows = merge?.rows ?? 1;
    // A merge over several rows shares the height; its first row takes what the others lack.
    want(r + 1, total - (rows - 1) * DEFAULT_ROW_PIXELS);
  }));
  for (const [row, pixels] of Object.entries(sheet.rowHeights ?? {})) want(Number(row), pixels);
  return [...need].filter(([, pixels]) => pixels > DEFAULT_ROW_PIXELS).sort(([a], [b]) => a - b).map(([row, pixels]) => ({ row, pixels: Math.ceil(pixels) }));
}

/** The print setup of one sheet. */
export interface PrintSetup {
  readonly orientation: 'portrait' | 'landscape';
  /** Paper: US Letter (the templates' money is in dollars). */
  readonly paperSize: 'letter';
  /** Always one page wide and as many pages tall as it takes (0: no limit). */
  readonly fitToWidth: 1;
  readonly fitToHeight: 0;
  /** What prints: from A1 to the last used column and row (charts included), without trailing hidden columns. */
  readonly area: string;
  /** Rows repeated at the top of every page (1-based, inclusive), or none. */
  readonly titleRows?: { readonly first: number; readonly last: number };
  /** Footer codes (Excel and OOXML): `&A` sheet name, `&P` page, `&N` pages. Centred. */
  readonly footer: string;
  /** A new page starts after each of these rows (1-based). */
  readonly rowBreaks: readonly number[];
}

export const FOOTER = '&A – page &P of &N';

/** US Letter with the default margins (0.7" left and right, 0.75" top and bottom), in pixels. */
const PAGE = {
  portrait: { width: (8.5 - 1.4) * 96, height: (11 - 1.5) * 96 },
  landscape: { width: (11 - 1.4) * 96, height: (8.5 - 1.5) * 96 },
} as const;

/** The smallest fit-to-width scale still comfortable to read; a wider sheet prints landscape. */
export const MIN_PORTRAIT_SCALE = 0.6;

/** The cell a chart's bottom-right corner falls in, from its anchor and size. */
function chartEnd(chart: ChartSpec, width: (column: number) => number, height: (row: number) => number): { row: number; column: number } {
  const anchor = parseCell(chart.anchor) ?? { row: 1, column: 1 };
  let column = anchor.column;
  for (let left = chart.width; left > width(column) && column < 200; column++) left -= width(column);
  let row = anchor.row;
  for (let left = chart.height; left > height(row) && row < 5000; row++) left -= height(row);
  return { row, column };
}

/**
 * The last row that shows something: a row outside every table's body counts when it holds anything;
 * a row of a table's body (capacity rows, formulas waiting for input) only when it holds a typed
 * value. So a table of 200 capacity rows prints only as far as its data.
 */
export function lastFilledRow(sheet: SheetSpec): number {
  const bodies = sheet.tables.map((t) => parseRange(t.range)).filter((r) => r !== undefined);
  const inBody = (row: number, column: number) => bodies.some((b) => row > b.start.row && row <= b.end.row && column >= b.start.column && column <= b.end.column);
  for (let r = sheet.cells.length; r >= 1; r--) {
    const filled = sheet.cells[r - 1].some((cell, c) => {
      if (!cell) return false;
      if (cell.formula !== undefined) return !inBody(r, c + 1);
      return cell.value !== undefined && cell.value !== null && cell.value !== '';
    });
    if (filled) return r;
  }
  return 1;
}

/** Pages a sheet prints on, one page wide, with its rows packed page by page and breaks respected. */
export function estimatedPages(
  rowHeight: (row: number) => number, lastRow: number, areaWidth: number, orientation: 'portrait' | 'landscape',
  titleRows: PrintSetup['titleRows'], rowBreaks: readonly number[],
): { pages: number; scale: number } {
  const page = PAGE[orientation];
  const scale = Math.min(1, page.width / Math.max(1, areaWidth));
  let titles = 0;
  if (titleRows) for (let r = titleRows.first; r <= titleRows.last; r++) titles += rowHeight(r);
  const room = page.height / scale;
  let pages = 1;
  let used = 0;
  for (let r = 1; r <= lastRow; r++) {
    const h = rowHeight(r);
    if (used + h > room && used > 0) { pages++; used = titleRows && r > titleRows.last ? titles : 0; }
    used += h;
    if (rowBreaks.includes(r) && r < lastRow) { pages++; used = titleRows && r >= titleRows.last ? titles : 0; }
  }
  return { pages, scale };
}

/**
 * The print setup of a sheet, derived from its shape:
 * - the print area runs from A1 to the last used column and to the last row that shows something
 *   ({@link lastFilledRow}: a table's empty capacity rows do not print), charts included, leaving out
 *   hidden helper columns at its right edge (hidden columns inside it print as nothing anyway);
 * - print titles: the header row of the sheet's first table when it sits within the frozen rows,
 *   else the frozen rows, else none;
 * - a sheet with charts below its cells starts them on a new page, from the row above the first
 *   chart (the Dashboard: figures and tables on page 1, charts on page 2);
 * - one page wide; portrait when that keeps the text at least {@link MIN_PORTRAIT_SCALE} of its size
 *   and needs no more pages than landscape, else landscape.
 */
export function printSetup(sheet: SheetSpec, rowHeights: readonly { row: number; pixels: number }[]): PrintSetup {
  const width = columnPixels(sheet);
  const heights = new Map(rowHeights.map((h) => [h.row, h.pixels]));
  const hiddenRows = new Set(sheet.hiddenRows ?? []);
  const height = (row: number) => (hiddenRows.has(row) ? 0 : (heights.get(row) ?? DEFAULT_ROW_PIXELS));
  const hiddenColumns = new Set((sheet.hiddenColumns ?? []).map(columnNumber));

  let lastRow = lastFilledRow(sheet);
  let lastColumn = Math.max(1, sheet.cells.reduce((n, row) => Math.max(n, row.length), 0), sheet.columnWidths.length);
  for (const chart of sheet.charts) {
    const end = chartEnd(chart, width, height);
    lastRow = Math.max(lastRow, end.row);
    lastColumn = Math.max(lastColumn, end.column);
  }
  while (lastColumn > 1 && hiddenColumns.has(lastColumn)) lastColumn--;
  let areaWidth = 0;
  for (let c = 1; c <= lastColumn; c++) areaWidth += width(c);

  const table = sheet.tables.map((t) => parseRange(t.range)).find((ref) => ref && ref.start.row <= sheet.frozenRows);
  const titleRows = table ? { first: table.start.row, last: table.start.row } : sheet.frozenRows > 0 ? { first: 1, last: sheet.frozenRows } : undefined;

  const chartRows = sheet.charts.map((c) => parseCell(c.anchor)?.row ?? 1);
  const firstChartRow = chartRows.length > 0 ? Math.min(...chartRows) : 0;
  // The page ends a row above the first chart: a chart drawn a few pixels higher than its anchor row
  // (LibreOffice places it by its own row heights) would otherwise show its top edge on the page before.
  const rowBreaks = firstChartRow > 2 ? [firstChartRow - 2] : [];

  const portrait = estimatedPages(height, lastRow, areaWidth, 'portrait', titleRows, rowBreaks);
  const landscape = estimatedPages(height, lastRow, areaWidth, 'landscape', titleRows, rowBreaks);
  const orientation = portrait.scale >= MIN_PORTRAIT_SCALE && portrait.pages <= landscape.pages ? 'portrait' : 'landscape';
  return {
    orientation,
    paperSize: 'letter',
    fitToWidth: 1,
    fitToHeight: 0,
    area: rangeAddress(1, 1, lastRow, lastColumn),
    ...(titleRows ? { titleRows } : {}),
    footer: FOOTER,
    rowBreaks,
  };
}
