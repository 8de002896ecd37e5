/**
 * The Office plumbing of the insights panels, kept thin: read the framework sheets as a
 * {@link WorkbookSource}, select a cell, append a row, insert a new sheet. Each does a constant
 * number of `context.sync()` calls, whatever the size of the workbook.
 */
import { gridSource, type WorkbookSource } from '../../core/insights';
import { SHEET_TITLES, type SheetName } from '../../core/templates';
import { planSheetNames } from '../builder/sheet-names';

/** The sheets the insights reader uses (the Dashboard and Guide are not read). */
export const READ_SHEETS: readonly SheetName[] = ['Strategy', 'Alignment', 'Impact', 'ROI', 'Plan', 'Partners', 'History'];

export interface FrameworkRead {
  readonly source: WorkbookSource;
  /** Canonical sheet → its name in this workbook, for `auditWorkbook`'s `sheetNames` option. */
  readonly sheetNames: Partial<Record<SheetName, string>>;
}

/** `Strategy`, `strategy`, `Strategy (2)` → 0, 0, 2 for the title `Strategy`; undefined when not that sheet. */
function copyNumber(name: string, title: string): number | undefined {
  const m = /^(.*?)(?: \((\d+)\))?$/.exec(name.trim());
  if (!m || m[1].toLowerCase() !== title.toLowerCase()) return undefined;
  return m[2] === undefined ? 0 : Number(m[2]);
}

/**
 * Which sheet holds each framework part. Where the builder found a name taken it created
 * `Strategy (2)`, `(3)`, …: the highest number is the framework built last, so it is preferred.
 */
export function frameworkSheetNames(names: readonly string[]): Partial<Record<SheetName, string>> {
  const mapping: Partial<Record<SheetName, string>> = {};
  for (const canonical of READ_SHEETS) {
    let best: { name: string; n: number } | undefined;
    for (const name of names) {
      for (const title of new Set([SHEET_TITLES[canonical], canonical])) {
        const n = copyNumber(name, title);
        if (n !== undefined && (!best || n > best.n)) best = { name, n };
      }
    }
    if (best) mapping[canonical] = best.name;
  }
  return mapping;
}

/** `Sheet!B2:D9` or `B2:D9` → 0-based row and column of its top-left cell. */
export function topLeft(address: string): { row: number; column: number } {
  const m = /\$?([A-Z]+)\$?(\d+)/i.exec(address.replace(/^.*!/, ''));
  if (!m) return { row: 0, column: 0 };
  let column = 0;
  for (const ch of m[1].toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, column: column - 1 };
}

/** A used range's values placed from A1, as the reader expects. */
export function fromA1(values: readonly (readonly unknown[])[], address: string): unknown[][] {
  const { row, column } = topLeft(address);
  const pad: unknown[] = new Array(column).fill('');
  return [...Array.from({ length: row }, () => [] as unknown[]), ...values.map((r) => [...pad, ...r])];
}

/** Reads the framework sheets in two syncs: the sheet names, then every needed used range at once. */
export async function readWorkbook(context: Excel.RequestContext): Promise<FrameworkRead> {
  const sheets = context.workbook.worksheets.load('items/name');
  await context.sync();
  const names = sheets.items.map((s) => s.name);
  const sheetNames = frameworkSheetNames(names);
  const ranges = Object.values(sheetNames).map((name) => ({
    name: name!,
    range: context.workbook.worksheets.getItem(name!).getUsedRange(true).load('values,address'),
  }));
  await context.sync();
  const grids: Record<string, unknown[][]> = {};
  for (const { name, range } of ranges) grids[name] = fromA1(range.values, range.address);
  const read = gridSource(grids);
  // Every sheet name is listed, so the reader can say which framework sheets are missing.
  return { source: { sheetNames: () => names, values: (sheet) => read.values(sheet) }, sheetNames };
}

/** Shows a finding's place: activates its sheet and selects its cell (A1 when it concerns the whole sheet). */
export async function selectCell(context: Excel.RequestContext, sheet: string, cell: string): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.activate();
  worksheet.getRange(cell || 'A1').select();
  await context.sync();
}

export interface AppendCell {
  readonly address: string;
  readonly value: number | string;
}

/** Writes cells on one sheet (one batch, one sync). The caller has checked the row is empty. */
export async function appendRow(context: Excel.RequestContext, sheet: string, cells: readonly AppendCell[]): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  for (const cell of cells) worksheet.getRange(cell.address).values = [[cell.value]];
  await context.sync();
}

/** Adds a sheet named `base`, or the next free `base (n)`, holding `rows` from A1; never touches an existing sheet. */
export async function insertSheet(context: Excel.RequestContext, base: string, rows: readonly (readonly (string | number)[])[]): Promise<string> {
  const sheets = context.workbook.worksheets.load('items/name');
  await context.sync();
  const name = planSheetNames(sheets.items.map((s) => s.name), [base]).mapping[base];
  const worksheet = context.workbook.worksheets.add(name);
  const width = Math.max(1, ...rows.map((r) => r.length));
  const grid = rows.map((r) => [...r, ...new Array(width - r.length).fill('')]);
  if (grid.length > 0) worksheet.getRangeByIndexes(0, 0, grid.length, width).values = grid;
  worksheet.activate();
  await context.sync();
  return name;
}
