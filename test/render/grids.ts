/**
 * The three renderers' results read back as one comparable shape: per sheet, each cell as a spreadsheet
 * would hold it (formula, number, boolean or text), its number format, the hidden columns and rows;
 * and the workbook's defined names with the cell each points at.
 *
 * Excel and Sheets are given *entered* values (`Range.formulas`, `setValues`) and parse them as a
 * person's typing: {@link typedCell} models that parsing from the hosts' documentation, independently
 * of core/text.ts, so a missing escape shows up as a formula, number, boolean or date.
 */
import ExcelJS from 'exceljs';
import { columnLetter, columnNumber, parseRange, splitSheetReference } from '../../core/templates/a1';
import type { RenderPlan } from '../../core/render';
import type { FakeWorkbook } from '../../excel-addin/test/fake-excel';
import type { FakeSpreadsheetApp } from '../../sheets-addon/test/fake-spreadsheet';

export type HeldCell =
  | { readonly formula: string }
  | { readonly number: number }
  | { readonly boolean: boolean }
  | { readonly text: string }
  /** What a host makes of typed text that is not plain text: a date, or a number with a symbol. */
  | { readonly parsed: string };

export interface SheetGrid {
  readonly cells: Record<string, HeldCell>;
  /** Number formats other than General, by address. */
  readonly formats: Record<string, string>;
  /** Fill colours (`#RRGGBB`, upper case), by address. */
  readonly fills: Record<string, string>;
  /** Frozen rows and columns, and the tab colour. */
  readonly frozen: readonly [number, number];
  readonly tabColor: string;
  readonly hiddenColumns: readonly string[];
  readonly hiddenRows: readonly number[];
}

export interface WorkbookGrid {
  readonly sheets: Record<string, SheetGrid>;
  /** Defined name → `Sheet!A1` (sheet unquoted, no `$`). */
  readonly names: Record<string, string>;
}

const MONTH_DATE = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d/i;

/**
 * What Excel and Google Sheets store for a value typed (or written through `Range.formulas` /
 * `setValues`): a leading apostrophe makes the rest text; `=`, `+`, `-` and `@` start a formula
 * (Office.js docs: "a value starting with =, + or - is read as a formula"); numbers, TRUE/FALSE and
 * dates are converted.
 */
export function typedCell(entered: unknown): HeldCell | undefined {
  if (entered === undefined || entered === null || entered === '') return undefined;
  if (typeof entered === 'number') return { number: entered };
  if (typeof entered === 'boolean') return { boolean: entered };
  const text = String(entered);
  if (text.startsWith("'")) return { text: text.slice(1) };
  if (/^[=+\-@]/.test(text)) return { formula: text.startsWith('=') ? text : `=${text}` };
  if (/^(true|false)$/i.test(text.trim())) return { boolean: text.trim().toUpperCase() === 'TRUE' };
  if (text.trim() !== '' && Number.isFinite(Number(text))) return { number: Number(text) };
  if (/^\s*[(]?[$€£¥]?\s*[0-9.,]/.test(text) || MONTH_DATE.test(text)) return { parsed: text };
  return { text };
}

function emptyGrid(): {
  cells: Record<string, HeldCell>; formats: Record<string, string>; fills: Record<string, string>; hiddenColumns: string[]; hiddenRows: number[];
  frozen: [number, number]; tabColor: string;
} {
  return { cells: {}, formats: {}, fills: {}, hiddenColumns: [], hiddenRows: [], frozen: [0, 0], tabColor: '' };
}

/** Every cell address of the A1 rectangle `range`. */
export function cellsOf(range: string): string[] {
  const ref = parseRange(range)!;
  const out: string[] = [];
  for (let r = ref.start.row; r <= ref.end.row; r++) for (let c = ref.start.column; c <= ref.end.column; c++) out.push(`${columnLetter(c)}${r}`);
  return out;
}

/** `'Strategy (2)'!$A$1`, `Strategy (2)!A1:A1` → `Strategy (2)!A1`; a name that is not a range (`=1`) as it is. */
function namedCell(reference: string): string {
  const { sheet, address } = splitSheetReference(reference);
  const ref = parseRange(address);
  if (!ref || sheet === undefined) return reference;
  const start = `${columnLetter(ref.start.column)}${ref.start.row}`;
  const end = `${columnLetter(ref.end.column)}${ref.end.row}`;
  return `${sheet}!${start === end ? start : `${start}:${end}`}`;
}

/** The plan's own sheets in an Excel fake after a build. */
export function excelGrid(book: FakeWorkbook, plan: RenderPlan): WorkbookGrid {
  const sheets: Record<string, SheetGrid> = {};
  for (const planned of plan.sheets) {
    const state = book.sheet(planned.name)!;
    const grid = emptyGrid();
    for (const [address, raw] of state.cells) {
      const held = typedCell(raw);
      if (held) grid.cells[address] = held;
    }
    for (const [address, format] of state.numberFormats) if (format !== 'General') grid.formats[address] = format;
    for (const w of book.writes) {
      if (w.sheet !== planned.name) continue;
      if (w.op === 'format.fill.color') for (const at of cellsOf(w.address!)) grid.fills[at] = String(w.value).toUpperCase();
      const [n] = Array.isArray(w.value) ? (w.value as unknown[]) : [];
      if (w.op === 'freezePanes.freezeRows()') grid.frozen = [Number(n), 0];
      if (w.op === 'freezePanes.freezeColumns()') grid.frozen = [0, Number(n)];
      if (w.op === 'freezePanes.freezeAt()') {
        const ref = parseRange(String(n).replace(/^range:/, ''))!;
        grid.frozen = [ref.end.row, ref.end.column];
      }
    }
    grid.tabColor = (state.tabColor ?? '').toUpperCase();
    grid.hiddenColumns.push(...[...state.hiddenColumns].sort((a, b) => columnNumber(a) - columnNumber(b)));
    grid.hiddenRows.push(...[...state.hiddenRows].sort((a, b) => a - b));
    sheets[planned.name] = grid;
  }
  return { sheets, names: Object.fromEntries(book.names.map((n) => [n.name, namedCell(n.formula)])) };
}

/**
 * The plan's own sheets in a Sheets fake after a build. `entered` holds what `setValues` was given,
 * by sheet name and `row,column` (0-based), recorded by the caller.
 */
export function sheetsGrid(app: FakeSpreadsheetApp, plan: RenderPlan, entered: ReadonlyMap<string, ReadonlyMap<string, unknown>>): WorkbookGrid {
  const sheets: Record<string, SheetGrid> = {};
  for (const planned of plan.sheets) {
    const sheet = app.spreadsheet.sheet(planned.name);
    const grid = emptyGrid();
    for (const [key, raw] of entered.get(planned.name) ?? []) {
      const [r, c] = key.split(',').map(Number);
      const held = typedCell(raw);
      if (held) grid.cells[`${columnLetter(c + 1)}${r + 1}`] = held;
    }
    for (const [key, cell] of sheet.cells) {
      const [r, c] = key.split(',').map(Number);
      if (cell.numberFormat && cell.numberFormat !== 'General') grid.formats[`${columnLetter(c + 1)}${r + 1}`] = cell.numberFormat;
      if (cell.background) grid.fills[`${columnLetter(c + 1)}${r + 1}`] = cell.background.toUpperCase();
    }
    grid.frozen = [sheet.frozenRows, sheet.frozenColumns];
    grid.tabColor = (sheet.tabColor ?? '').toUpperCase();
    grid.hiddenColumns.push(...[...sheet.hiddenColumns].sort((a, b) => a - b).map(columnLetter));
    grid.hiddenRows.push(...[...sheet.hiddenRows].sort((a, b) => a - b));
    sheets[planned.name] = grid;
  }
  return { sheets, names: Object.fromEntries(app.spreadsheet.namedRanges.map((n) => [n.name, namedCell(n.range.label)])) };
}

const DAY_MS = 86_400_000;

/** A `.xlsx` file read back with exceljs: stored strings are text, formulas keep no cached result. */
export function xlsxGrid(book: ExcelJS.Workbook, plan: RenderPlan): WorkbookGrid {
  const sheets: Record<string, SheetGrid> = {};
  for (const planned of plan.sheets) {
    const ws = book.getWorksheet(planned.name)!;
    const grid = emptyGrid();
    for (let r = 1; r <= ws.rowCount; r++) for (let c = 1; c <= ws.columnCount; c++) {
      const cell = ws.findCell(r, c);
      if (!cell) continue;
      const v = cell.value as unknown;
      // A merged cell other than the top-left one reads back its master's value: it holds nothing itself.
      if (cell.type === ExcelJS.ValueType.Merge) { /* no value of its own */ }
      else if (cell.type === ExcelJS.ValueType.Formula) grid.cells[cell.address] = { formula: `=${cell.formula}` };
      else if (typeof v === 'number') grid.cells[cell.address] = { number: v };
      else if (typeof v === 'boolean') grid.cells[cell.address] = { boolean: v };
      else if (typeof v === 'string' && v !== '') grid.cells[cell.address] = { text: v };
      // exceljs reads a date-formatted number back as a Date: its serial number is what the file holds.
      else if (v instanceof Date) grid.cells[cell.address] = { number: (v.getTime() - Date.UTC(1899, 11, 30)) / DAY_MS };
      if (cell.numFmt && cell.numFmt !== 'General') grid.formats[cell.address] = cell.numFmt;
      // exceljs copies a merged range's style to all its cells; Excel and Sheets show the top-left one's.
      const fill = cell.fill?.type === 'pattern' && cell.type !== ExcelJS.ValueType.Merge ? cell.fill.fgColor?.argb : undefined;
      if (fill) grid.fills[cell.address] = `#${fill.slice(2).toUpperCase()}`;
    }
    const view = ws.views[0] as { state: string; xSplit?: number; ySplit?: number } | undefined;
    grid.frozen = view?.state === 'frozen' ? [view.ySplit ?? 0, view.xSplit ?? 0] : [0, 0];
    grid.tabColor = ws.properties.tabColor?.argb ? `#${ws.properties.tabColor.argb.slice(2).toUpperCase()}` : '';
    for (let c = 1; c <= ws.columnCount; c++) if (ws.getColumn(c).hidden) grid.hiddenColumns.push(columnLetter(c));
    for (let r = 1; r <= ws.rowCount; r++) if (ws.getRow(r).hidden) grid.hiddenRows.push(r);
    sheets[planned.name] = grid;
  }
  const names = (book.definedNames.model as { name: string; ranges: string[] }[]).map((n) => [n.name, namedCell(n.ranges[0])]);
  return { sheets, names: Object.fromEntries(names) };
}

/** A sheet's print setup as a renderer holds it, in one shape for every renderer (Sheets has none). */
export interface PrintGrid {
  readonly orientation: string;
  /** Pages wide, pages tall (0: as many as it takes). */
  readonly fit: readonly [number, number];
  readonly area: string;
  /** `5:5`, or '' for none. */
  readonly titles: string;
  readonly footer: string;
  /** Rows after which a page ends. */
  readonly breaks: readonly number[];
}

/** What the plan says each sheet's print setup is. */
export function planPrint(plan: RenderPlan): Record<string, PrintGrid> {
  return Object.fromEntries(plan.sheets.map((s) => {
    const p = s.print!;
    return [s.name, {
      orientation: p.orientation, fit: [p.fitToWidth, p.fitToHeight], area: p.area,
      titles: p.titleRows ? `${p.titleRows.first}:${p.titleRows.last}` : '', footer: p.footer, breaks: [...p.rowBreaks],
    }];
  }));
}

/** The print setup the Excel builder gave each sheet's `pageLayout` and page breaks, from the fake's writes. */
export function excelPrint(book: FakeWorkbook, plan: RenderPlan): Record<string, PrintGrid> {
  return Object.fromEntries(plan.sheets.map((s) => {
    const ops = (op: string) => book.writes.filter((w) => w.sheet === s.name && w.op === op).map((w) => w.value);
    const [zoom] = ops('pageLayout.zoom') as { horizontalFitToPages: number; verticalFitToPages: number }[];
    const [[area] = []] = ops('pageLayout.setPrintArea()') as string[][];
    const [[titles] = []] = ops('pageLayout.setPrintTitleRows()') as string[][];
    return [s.name, {
      orientation: String(ops('pageLayout.orientation')[0]).toLowerCase(),
      fit: [zoom?.horizontalFitToPages, zoom?.verticalFitToPages],
      area,
      titles: (titles ?? '').replace(/\$/g, ''),
      footer: ops('pageLayout.headersFooters.defaultForAllPages.centerFooter')[0],
      // Excel adds a break at the first cell of the new page.
      breaks: (ops('horizontalPageBreaks.add()') as string[][]).map(([at]) => parseRange(at)!.start.row - 1),
    } as PrintGrid];
  }));
}

/**
 * The print setup of a `.xlsx` file: exceljs reads back the page setup, print area and titles and the
 * footer; the row breaks (which it does not read) come from each sheet's `<rowBreaks>`.
 */
export function xlsxPrint(book: ExcelJS.Workbook, plan: RenderPlan, sheetXml: ReadonlyMap<string, string>): Record<string, PrintGrid> {
  return Object.fromEntries(plan.sheets.map((s) => {
    const ws = book.getWorksheet(s.name)!;
    const setup = ws.pageSetup;
    const xml = sheetXml.get(s.name) ?? '';
    return [s.name, {
      orientation: String(setup.orientation),
      fit: [setup.fitToPage ? setup.fitToWidth : undefined, setup.fitToPage ? setup.fitToHeight : undefined],
      area: String(setup.printArea).replace(/\$/g, ''),
      titles: (setup.printTitlesRow ?? '').replace(/\$/g, ''),
      footer: (ws.headerFooter.oddFooter ?? '').replace(/^&C/, ''),
      breaks: [...xml.matchAll(/<brk id="(\d+)"[^>]*man="1"/g)].map((m) => Number(m[1])),
    } as PrintGrid];
  }));
}
