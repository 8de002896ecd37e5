/**
 * The Office plumbing of the insights panels, kept thin: read the framework (found by the core's
 * `findFramework`, by its markers or header rows, never by sheet names) as a {@link WorkbookSource},
 * select a cell, write a row's cells, add a sheet. What is written comes escaped from the core
 * (core/insights/service.ts). Each does a constant number of `context.sync()` calls, whatever the
 * size of the workbook.
 */
import { gridSource, type WorkbookSource } from '../../core/insights';
import type { DefinedNameRef } from '../../core/insights/read';
import type { FrameworkRead, NewSheet, WriteCell } from '../../core/insights/service';
import { findByMarkers, findFramework, HEADER_WINDOW, PART_TABLES, type FrameworkResolution } from '../../core/framework/resolve';
import { columnLetter, parseCell, splitSheetReference } from '../../core/templates/a1';
import type { SheetName } from '../../core/templates';

export interface WorkbookRead extends FrameworkRead {
  /** Every sheet's name. */
  readonly names: readonly string[];
}

/** `Sheet!B2:D9` or `B2:D9` → 0-based row and column of its top-left cell. */
export function topLeft(address: string): { row: number; column: number } {
  const cell = parseCell(splitSheetReference(address).address.split(':')[0]);
  return cell ? { row: cell.row - 1, column: cell.column - 1 } : { row: 0, column: 0 };
}

/** A used range's values placed from A1, as the reader expects. */
export function fromA1(values: readonly (readonly unknown[])[], address: string): unknown[][] {
  const { row, column } = topLeft(address);
  const pad: unknown[] = new Array(column).fill('');
  return [...Array.from({ length: row }, () => [] as unknown[]), ...values.map((r) => [...pad, ...r])];
}

/** The block of each sheet the resolver looks at for header rows: `A1:AZ40`. */
const WINDOW = `A1:${columnLetter(HEADER_WINDOW.columns)}${HEADER_WINDOW.rows}`;

/**
 * Reads the framework in a constant number of syncs, whatever the size of the workbook:
 * 1. the sheet names and the workbook's defined names (where the framework's markers are; `names17`:
 *    the host has ExcelApi 1.7, which gives a name's `formula`);
 * 2. when the markers identify the framework (every workbook Set up built), the used range of each
 *    of its sheets: 2 syncs in all. A workbook without markers takes one more: the top-left block of
 *    every sheet, for the resolver to recognise the parts by their header rows, then their used ranges.
 */
export async function readWorkbook(context: Excel.RequestContext, names17 = true): Promise<WorkbookRead> {
  const sheets = context.workbook.worksheets.load('items/name');
  // `formula` (ExcelApi 1.7) says where a name points; before 1.7, `value` gives a range name's address.
  const named = context.workbook.names.load(names17 ? 'items/name,items/formula' : 'items/name,items/value');
  await context.sync();
  const names = sheets.items.map((s) => s.name);
  const definedNames: DefinedNameRef[] = named.items.map((n) => ({ name: n.name, reference: String((names17 ? n.formula : n.value) ?? '') }));
  let framework: FrameworkResolution | undefined = findByMarkers(names, definedNames);
  if (!framework) {
    const windows = names.map((name) => ({ name, range: context.workbook.worksheets.getItem(name).getRange(WINDOW).load('values') }));
    await context.sync();
    const grids = gridSource(Object.fromEntries(windows.map((w) => [w.name, w.range.values])));
    framework = findFramework({ sheetNames: () => names, definedNames: () => definedNames, values: (sheet) => grids.values(sheet) });
  }
  const sheetNames = framework.ok ? framework.sheets : {};
  // The parts the reader reads (Guide and Dashboard are not).
  const read = (Object.keys(sheetNames) as SheetName[]).filter((part) => PART_TABLES[part] !== undefined).map((part) => sheetNames[part]!);
  const ranges = [...new Set(read)].map((name) => ({
    name: name!,
    range: context.workbook.worksheets.getItem(name!).getUsedRange(true).load('values,address'),
  }));
  if (ranges.length > 0) await context.sync();
  const grids: Record<string, unknown[][]> = {};
  for (const { name, range } of ranges) grids[name] = fromA1(range.values, range.address);
  const loaded = gridSource(grids);
  const source: WorkbookSource = { sheetNames: () => names.slice(), values: (sheet) => loaded.values(sheet), definedNames: () => definedNames };
  return { source, framework, sheetNames, names };
}

/** Shows a finding's place: activates its sheet and selects its cell (A1 when it concerns the whole sheet). */
export async function selectCell(context: Excel.RequestContext, sheet: string, cell: string): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  worksheet.activate();
  worksheet.getRange(cell || 'A1').select();
  await context.sync();
}

/** Writes a row's cells on one sheet (one sync), and a date format where asked. The core checked they are empty. */
export async function writeCells(context: Excel.RequestContext, sheet: string, cells: readonly WriteCell[], dateFormat: string | null): Promise<void> {
  const worksheet = context.workbook.worksheets.getItem(sheet);
  for (const cell of cells) worksheet.getRange(cell.address).values = [[cell.value]];
  if (dateFormat) worksheet.getRange(dateFormat).numberFormat = [['yyyy-mm-dd']];
  await context.sync();
}

/** Adds the core's new sheet (a free name, rows from A1) and shows it: one sync. */
export async function insertSheet(context: Excel.RequestContext, sheet: NewSheet): Promise<string> {
  const worksheet = context.workbook.worksheets.add(sheet.name);
  if (sheet.rows.length > 0) worksheet.getRangeByIndexes(0, 0, sheet.rows.length, sheet.rows[0].length).values = sheet.rows.map((r) => [...r]);
  worksheet.activate();
  await context.sync();
  return sheet.name;
}
