/**
 * Test support: the GrowthCorp example as the values a host would read (constants, formula cells
 * blank as in the generated `.xlsx`), and small edits that plant a fault in a copy of them. Addresses
 * come from the template layout constants, so a test names a cell by table and column key.
 */
import { buildWorkbookSpec, SHEET_TITLES } from '../../templates';
import { parseCell, splitSheetReference } from '../../templates/a1';
import type { SheetName, TableLayout } from '../../templates/types';
import { specValues } from '../source';
import { gridSource } from '../source';
import type { WorkbookSource } from '../read';

export type Values = Record<string, unknown[][]>;

const built = new Map<string, Values>();

/** A fresh, editable copy of the example's values (the spec is built once per dataset). */
export function exampleValues(dataset: 'growthcorp' | 'empty' = 'growthcorp'): Values {
  if (!built.has(dataset)) built.set(dataset, specValues(buildWorkbookSpec(dataset)));
  const values = built.get(dataset)!;
  return Object.fromEntries(Object.entries(values).map(([sheet, rows]) => [sheet, rows.map((row) => row.slice())]));
}

export function sourceOf(values: Values): WorkbookSource {
  return gridSource(values);
}

/** The sheet name in the workbook for a canonical sheet (History is "History log"). */
export function sheetTitle(sheet: SheetName): string {
  return SHEET_TITLES[sheet];
}

/** `Impact!J9`: the address of a table column in a data row. */
export function ref(table: TableLayout, key: string, row: number): string {
  return `${sheetTitle(table.sheet)}!${(table.columns as Record<string, string>)[key]}${row}`;
}

/** The data row of the n-th (0-based) example initiative / objective / partner. */
export function dataRow(table: TableLayout, index: number): number {
  return table.firstDataRow + index;
}

/** Write `value` at `Sheet!A1` in a copy's values (growing the grid as needed). */
export function setCell(values: Values, address: string, value: unknown): void {
  const { sheet = '', address: cell } = splitSheetReference(address);
  const at = parseCell(cell);
  if (!at || !values[sheet]) throw new Error(`setCell: bad address ${address}`);
  const row = at.row - 1;
  const column = at.column - 1;
  const grid = values[sheet];
  while (grid.length <= row) grid.push([]);
  while (grid[row].length <= column) grid[row].push(null);
  grid[row][column] = value;
}

export function getCell(values: Values, address: string): unknown {
  const { sheet = '', address: cell } = splitSheetReference(address);
  const at = parseCell(cell)!;
  return values[sheet]?.[at.row - 1]?.[at.column - 1] ?? null;
}
