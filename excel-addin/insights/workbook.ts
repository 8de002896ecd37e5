/**
 * The Office plumbing of the insights panels, kept thin: read the framework (found by the core's
 * `findFramework`, by its markers or header rows, never by sheet names) as a {@link WorkbookSource},
 * select a cell, write a row's cells, add a sheet. What is written comes escaped from the core
 * (core/insights/service.ts). Each does a constant number of `context.sync()` calls, whatever the
 * size of the workbook, except reading Learning data, which takes 1 more per 13,636 records or so
 * (a response may not pass 5 MB).
 */
import { gridSource, gridsFromBlocks, readBlocks, type ReadBlock, type UsedRange, type WorkbookSource } from '../../core/insights';
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

/** Which sheet is which part, with what was read to decide it. */
export interface LocatedFramework {
  readonly names: readonly string[];
  readonly definedNames: readonly DefinedNameRef[];
  readonly framework: FrameworkResolution;
}

/**
 * Which sheet is which part: the sheet names and the workbook's defined names (1 sync), where the
 * framework's markers are (every workbook Set up built); a workbook without markers takes one more
 * sync, the top-left block of every sheet, for the resolver to recognise the parts by their header
 * rows. `names17`: the host has ExcelApi 1.7, which gives a name's `formula`. The audit, the insights
 * panels and the import all find the framework here.
 */
export async function locateFramework(context: Excel.RequestContext, names17 = true): Promise<LocatedFramework> {
  const sheets = context.workbook.worksheets.load('items/name');
  // `formula` (ExcelApi 1.7) says where a name points; before 1.7, `value` gives a range name's address.
  const named = context.workbook.names.load(names17 ? 'items/name,items/formula' : 'items/name,items/value');
  await context.sync();
  const names = sheets.items.map((s) => s.name);
  const definedNames: DefinedNameRef[] = named.items.map((n) => ({ name: n.name, reference: String((names17 ? n.formula : n.value) ?? '') }));
  const byMarkers = findByMarkers(names, definedNames);
  if (byMarkers) return { names, definedNames, framework: byMarkers };
  const windows = names.map((name) => ({ name, range: context.workbook.worksheets.getItem(name).getRange(WINDOW).load('values') }));
  await context.sync();
  const grids = gridSource(Object.fromEntries(windows.map((w) => [w.name, w.range.values])));
  return { names, definedNames, framework: findFramework({ sheetNames: () => names, definedNames: () => definedNames, values: (sheet) => grids.values(sheet) }) };
}

/**
 * Reads the framework, whatever the size of the workbook, with no response past Excel on the web's
 * 5 MB: {@link locateFramework} (1 sync with markers, 2 without), the used range of each part the
 * reader reads (1 sync), then their values in reads of at most READ_CELLS_PER_SYNC cells (core
 * `readBlocks`): 1 sync for a workbook of ordinary size, so 3 in all; 2 for a framework built with
 * room for 2,000 initiatives; Learning data adds 1 per 13,636 records or so (100,000 records: 8).
 */
export async function readWorkbook(context: Excel.RequestContext, names17 = true): Promise<WorkbookRead> {
  const { names, definedNames, framework } = await locateFramework(context, names17);
  const sheetNames = framework.ok ? framework.sheets : {};
  // The parts the reader reads (Guide and Dashboard are not).
  const read = [...new Set((Object.keys(sheetNames) as SheetName[]).filter((part) => PART_TABLES[part] !== undefined).map((part) => sheetNames[part]!))];
  const used = read.map((name) => ({ sheet: name, range: context.workbook.worksheets.getItem(name).getUsedRange(true).load('address') }));
  if (used.length > 0) await context.sync();
  const grids = gridSource(await readInBlocks(context, used.map((u) => ({ sheet: u.sheet, address: u.range.address }))));
  const source: WorkbookSource = { sheetNames: () => names.slice(), values: (sheet) => grids.values(sheet), definedNames: () => definedNames };
  return { source, framework, sheetNames, names };
}

/**
 * The values of `ranges` as rows from A1 per sheet, read in core `readBlocks` reads (1 sync each, at
 * most READ_CELLS_PER_SYNC cells): no response passes Excel on the web's 5 MB, however many rows.
 */
export async function readInBlocks(context: Excel.RequestContext, ranges: readonly UsedRange[]): Promise<Record<string, unknown[][]>> {
  const loaded: { block: ReadBlock; values: unknown[][] }[] = [];
  for (const blocks of readBlocks(ranges)) {
    const reads = blocks.map((block) => ({ block, range: context.workbook.worksheets.getItem(block.sheet).getRange(block.address).load('values') }));
    await context.sync();
    for (const { block, range } of reads) loaded.push({ block, values: range.values });
  }
  return gridsFromBlocks(loaded);
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
