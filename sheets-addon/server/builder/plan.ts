/**
 * A template sheet turned into the writes the Sheets renderer performs: pure data, so it is tested
 * without Apps Script, and its size does not depend on the rows: one value grid and one note grid
 * per sheet, and every number format and cell style as a list of rectangles (a style repeated down
 * 200 initiative rows is one rectangle), each applied with one RangeList call.
 */
import { columnLetter, columnNumber, splitLiterals } from '../../../core/templates/a1';
import type { CellSpec, CellStyle, ChartSpec, ConditionalFormatSpec, SheetName, SheetSpec, ValidationSpec } from '../../../core/templates/types';

/** What one cell receives through `setValues`: a formula (`=…`), a constant, or '' for empty. */
export type CellWrite = string | number | boolean;

export interface SheetPlan {
  readonly canonical: SheetName;
  readonly name: string;
  readonly purpose: string;
  readonly tabColor: string;
  readonly frozenRows: number;
  readonly frozenColumns: number;
  readonly rows: number;
  readonly columns: number;
  /** rows × columns, from A1. */
  readonly values: readonly (readonly CellWrite[])[];
  /** rows × columns of notes ('' for none); undefined when no cell has one. */
  readonly notes?: readonly (readonly string[])[];
  readonly noteCount: number;
  readonly formulaCount: number;
  readonly numberFormats: readonly { readonly format: string; readonly ranges: readonly string[] }[];
  readonly styles: readonly { readonly style: CellStyle; readonly ranges: readonly string[] }[];
  /** Runs of equal widths: columns `start` … `start + count − 1` (1-based) get `width` pixels. */
  readonly columnWidths: readonly { readonly start: number; readonly count: number; readonly width: number }[];
  readonly rowHeights: readonly { readonly row: number; readonly height: number }[];
  readonly merges: readonly string[];
  /** Runs of helper columns and rows to hide (1-based start, count). */
  readonly hiddenColumns: readonly { readonly start: number; readonly count: number }[];
  readonly hiddenRows: readonly { readonly start: number; readonly count: number }[];
  readonly validations: readonly ValidationSpec[];
  readonly conditionalFormats: readonly ConditionalFormatSpec[];
  readonly charts: readonly ChartSpec[];
}

/** The template's own name for a sheet, whatever it is called in this spreadsheet. */
export function canonicalName(sheet: SheetSpec): SheetName {
  return sheet.canonicalName ?? sheet.name;
}

const MONTH_DATE = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d/i;

/**
 * Text that Sheets would read as something else when written with `setValues` (a formula, a number,
 * a date, a boolean) gets a leading apostrophe, which Sheets keeps as "this is text" and does not show.
 */
export function textWrite(text: string): string {
  if (/^[=+\-@']/.test(text) || /^\s*[(]?[$€£]?\s*[0-9.,]/.test(text) || /^(true|false)$/i.test(text.trim()) || MONTH_DATE.test(text)) {
    return `'${text}`;
  }
  return text;
}

function cellWrite(cell: CellSpec | null | undefined, renameIdentifier: (formula: string) => string): CellWrite {
  if (!cell) return '';
  if (cell.formula !== undefined) return renameIdentifier(cell.formula);
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.length === 0 ? '' : textWrite(value);
  return value;
}

/** `A1` or `A1:C9` for 0-based rows and columns. */
export function rectangle(row0: number, col0: number, row1: number, col1: number): string {
  const start = `${columnLetter(col0 + 1)}${row0 + 1}`;
  return row0 === row1 && col0 === col1 ? start : `${start}:${columnLetter(col1 + 1)}${row1 + 1}`;
}

/**
 * Cells with the same key as few rectangles as possible without search: runs along each row, then
 * runs over the same columns in consecutive rows joined. Returns key → A1 rectangles, in first-seen order.
 */
export function rectanglesByKey<K extends string>(rows: number, columns: number, keyAt: (r: number, c: number) => K | undefined): Map<K, string[]> {
  interface Open { row0: number; row1: number; c0: number; c1: number; key: K }
  const out = new Map<K, string[]>();
  const close = (o: Open) => {
    let list = out.get(o.key);
    if (!list) out.set(o.key, (list = []));
    list.push(rectangle(o.row0, o.c0, o.row1, o.c1));
  };
  let open = new Map<string, Open>();
  for (let r = 0; r < rows; r++) {
    const next = new Map<string, Open>();
    let c = 0;
    while (c < columns) {
      const key = keyAt(r, c);
      if (key === undefined) { c++; continue; }
      let end = c;
      while (end + 1 < columns && keyAt(r, end + 1) === key) end++;
      const runKey = `${c}:${end}:${key}`;
      const previous = open.get(runKey);
      if (previous && previous.row1 === r - 1) {
        previous.row1 = r;
        next.set(runKey, previous);
        open.delete(runKey);
      } else {
        next.set(runKey, { row0: r, row1: r, c0: c, c1: end, key });
      }
      c = end + 1;
    }
    for (const o of open.values()) close(o);
    open = next;
  }
  for (const o of open.values()) close(o);
  return out;
}

/** Replace whole-word identifiers (defined names) outside string literals and sheet-qualified cells. */
export function renameIdentifiers(formula: string, renames: ReadonlyMap<string, string>): string {
  if (renames.size === 0) return formula;
  return splitLiterals(formula)
    .map((seg) => {
      if (seg.literal) return seg.text;
      // Quoted sheet names stay as they are.
      return seg.text.split(/('(?:[^']|'')*')/).map((part, i) => {
        if (i % 2 === 1) return part;
        return part.replace(/[A-Za-z_\\][A-Za-z0-9_.]*/g, (word, offset: number) => {
          const before = offset > 0 ? part[offset - 1] : '';
          if (before === '!' || before === '$') return word;
          return renames.get(word.toUpperCase()) ?? word;
        });
      }).join('');
    })
    .join('');
}

/** 1-based positions as runs of consecutive ones: [3, 4, 9] → (3, 2), (9, 1). */
export function runs(positions: readonly number[]): { start: number; count: number }[] {
  const out: { start: number; count: number }[] = [];
  for (const p of [...new Set(positions)].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last && last.start + last.count === p) last.count++;
    else out.push({ start: p, count: 1 });
  }
  return out;
}

function widthRuns(widths: readonly number[]): { start: number; count: number; width: number }[] {
  const runs: { start: number; count: number; width: number }[] = [];
  widths.forEach((width, i) => {
    const last = runs[runs.length - 1];
    if (last && last.width === width && last.start + last.count === i + 1) last.count++;
    else runs.push({ start: i + 1, count: 1, width });
  });
  return runs;
}

/**
 * The writes for one sheet whose name is final (see `renameSheets`). `nameRenames` maps a defined
 * name (upper case) that was taken to the one used instead, so formulas follow.
 */
export function planSheet(sheet: SheetSpec, nameRenames: ReadonlyMap<string, string> = new Map()): SheetPlan {
  const rows = sheet.cells.length;
  let columns = 0;
  for (const row of sheet.cells) columns = Math.max(columns, row.length);
  const rename = (formula: string) => renameIdentifiers(formula, nameRenames);
  const at = (r: number, c: number): CellSpec | null | undefined => sheet.cells[r][c];

  const values: CellWrite[][] = [];
  const notes: string[][] = [];
  let noteCount = 0;
  let formulaCount = 0;
  for (let r = 0; r < rows; r++) {
    const rowValues: CellWrite[] = new Array(columns);
    const rowNotes: string[] = new Array(columns);
    for (let c = 0; c < columns; c++) {
      const cell = at(r, c);
      rowValues[c] = cellWrite(cell, rename);
      if (cell?.formula !== undefined) formulaCount++;
      rowNotes[c] = cell?.note ?? '';
      if (cell?.note) noteCount++;
    }
    values.push(rowValues);
    notes.push(rowNotes);
  }
  const formats = rectanglesByKey(rows, columns, (r, c) => at(r, c)?.numberFormat);
  const styles = rectanglesByKey(rows, columns, (r, c) => at(r, c)?.style);
  return {
    canonical: canonicalName(sheet),
    name: sheet.name,
    purpose: sheet.purpose,
    tabColor: sheet.tabColor,
    frozenRows: sheet.frozenRows,
    frozenColumns: sheet.frozenColumns,
    rows,
    columns,
    values,
    notes: noteCount > 0 ? notes : undefined,
    noteCount,
    formulaCount,
    numberFormats: [...formats].map(([format, ranges]) => ({ format, ranges })),
    styles: [...styles].map(([style, ranges]) => ({ style, ranges })),
    columnWidths: widthRuns(sheet.columnWidths),
    rowHeights: Object.entries(sheet.rowHeights ?? {}).map(([row, height]) => ({ row: Number(row), height })),
    merges: [...(sheet.merges ?? [])],
    hiddenColumns: runs((sheet.hiddenColumns ?? []).map(columnNumber)),
    hiddenRows: runs(sheet.hiddenRows ?? []),
    validations: sheet.validations,
    conditionalFormats: sheet.conditionalFormats.map((f) => ({ ...f, formula: rename(f.formula) })),
    charts: sheet.charts,
  };
}
