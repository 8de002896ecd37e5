/**
 * Finding a template table on a sheet that people have used: the header row is found by its text
 * (near where the template put it), each column by its header text (so reordered or inserted columns
 * are still read), and the data rows from under the header to the end of the table, including rows
 * people appended below it. Where a header cannot be found the template's position is used and the
 * reader says so.
 */
import { columnLetter, columnNumber } from '../templates/a1';
import type { TableLayout } from '../templates/types';
import { isBlankCell } from './cells';
import type { ReadProblem } from './model';

/** Rows scanned for a header row. */
const HEADER_SCAN_ROWS = 60;

export function normaliseHeader(text: unknown): string {
  if (typeof text !== 'string' && typeof text !== 'number') return '';
  return String(text).toLowerCase().replace(/[’']/g, '').replace(/[^a-z0-9%]+/g, ' ').trim();
}

export interface FoundTable<K extends string> {
  /** The sheet's name in the workbook. */
  readonly sheet: string;
  readonly grid: readonly (readonly unknown[])[];
  readonly headerRow: number;
  /** Column key → 1-based column number, for the columns found. */
  readonly columns: ReadonlyMap<K, number>;
  /** 1-based rows from under the header to the last row of the table. */
  readonly firstDataRow: number;
  readonly lastDataRow: number;
  /** How many of the table's headers were found by their text. */
  readonly matched: number;
}

/** The raw value at a 1-based row and column. */
export function rawAt(grid: readonly (readonly unknown[])[], row: number, column: number): unknown {
  const cells = grid[row - 1];
  return cells === undefined ? null : cells[column - 1];
}

/** `Sheet!B9` for a found table's column in a row (the template's letter when the column was not found). */
export function cellRef(table: FoundTable<string>, layout: TableLayout, key: string, row: number): string {
  const column = table.columns.get(key);
  const letter = column !== undefined ? columnLetter(column) : (layout.columns as Record<string, string>)[key];
  return `${table.sheet}!${letter}${row}`;
}

export function valueAt<K extends string>(table: FoundTable<K>, key: K, row: number): unknown {
  const column = table.columns.get(key);
  return column === undefined ? null : rawAt(table.grid, row, column);
}

function headerMatches(cellText: string, expected: string): 'exact' | 'loose' | undefined {
  if (cellText === '' || expected === '') return undefined;
  if (cellText === expected) return 'exact';
  if (cellText.length >= 4 && expected.length >= 4 && (cellText.startsWith(expected) || expected.startsWith(cellText))) return 'loose';
  return undefined;
}

/**
 * Locate `layout` on `grid`. Returns the table and how many headers matched by text; problems (columns
 * not found, read by position) are pushed to `problems`. An `optional` column (one that workbooks built
 * before it existed lack) is read only when its header is found: otherwise it is left out, silently.
 */
export function locateTable<K extends string>(
  sheet: string,
  grid: readonly (readonly unknown[])[],
  layout: TableLayout<K>,
  problems: ReadProblem[],
  required: readonly K[] = [],
  optional: readonly K[] = [],
): FoundTable<K> {
  const keys = Object.keys(layout.headers) as K[];
  const expected = new Map<K, string>(keys.map((k) => [k, normaliseHeader(layout.headers[k])]));

  // The header row: the row with the most exact header matches, the nearest to the template's row on a tie.
  let headerRow = layout.headerRow;
  let best = -1;
  const scan = Math.min(grid.length, HEADER_SCAN_ROWS);
  for (let r = 1; r <= scan; r++) {
    const texts = new Set((grid[r - 1] ?? []).map(normaliseHeader));
    let score = 0;
    for (const k of keys) if (texts.has(expected.get(k)!)) score++;
    if (score > best || (score === best && Math.abs(r - layout.headerRow) < Math.abs(headerRow - layout.headerRow))) {
      best = score;
      headerRow = r;
    }
  }
  if (best <= 0) headerRow = layout.headerRow;

  const headerCells = (grid[headerRow - 1] ?? []).map(normaliseHeader);
  const columns = new Map<K, number>();
  const claimed = new Set<number>();
  let matched = 0;
  for (const pass of ['exact', 'loose'] as const) {
    for (const k of keys) {
      if (columns.has(k)) continue;
      for (let c = 0; c < headerCells.length; c++) {
        if (claimed.has(c + 1)) continue;
        if (headerMatches(headerCells[c], expected.get(k)!) === pass) {
          columns.set(k, c + 1);
          claimed.add(c + 1);
          matched++;
          break;
        }
      }
    }
  }
  for (const k of keys) {
    if (columns.has(k) || optional.includes(k)) continue;
    const fallback = columnNumber((layout.columns as Record<string, string>)[k]);
    const isInput = (layout.inputs as readonly string[]).includes(k);
    if (!claimed.has(fallback) && matched > 0) {
      columns.set(k, fallback);
      claimed.add(fallback);
      if (isInput) {
        const shown = rawAt(grid, headerRow, fallback);
        problems.push({
          severity: 'info', sheet, cell: `${columnLetter(fallback)}${headerRow}`,
          message: `The header "${layout.headers[k]}" ${isBlankCell(shown) ? 'is missing' : `reads "${String(shown)}"`}; column ${columnLetter(fallback)} is read as ${layout.headers[k]}, where the template puts it.`,
        });
      }
    } else if (isInput || required.includes(k)) {
      problems.push({
        severity: required.includes(k) ? 'error' : 'warning', sheet, cell: `${headerRow}:${headerRow}`,
        message: `No column headed "${layout.headers[k]}" was found in row ${headerRow}; its values cannot be read.`,
      });
    }
  }

  // Data rows: the template's capacity (moved with the header), then any rows appended right below.
  const firstDataRow = headerRow + 1;
  let lastDataRow = headerRow + layout.capacity;
  const inputColumns = [...columns.entries()].filter(([k]) => (layout.inputs as readonly string[]).includes(k)).map(([, c]) => c);
  while (lastDataRow < grid.length && inputColumns.some((c) => !isBlankCell(rawAt(grid, lastDataRow + 1, c)))) lastDataRow++;
  lastDataRow = Math.min(lastDataRow, Math.max(grid.length, firstDataRow - 1));
  return { sheet, grid, headerRow, columns, firstDataRow, lastDataRow, matched };
}

/** Does a data row hold anything in the given columns? */
export function rowHasAny<K extends string>(table: FoundTable<K>, row: number, keys: readonly K[]): boolean {
  return keys.some((k) => !isBlankCell(valueAt(table, k, row)));
}

/** An extra column a person added, found by a header pattern in the table's header row. */
export function findExtraColumn(table: FoundTable<string>, pattern: RegExp): number | undefined {
  const cells = table.grid[table.headerRow - 1] ?? [];
  for (let c = 0; c < cells.length; c++) {
    if (table.columns.size > 0 && [...table.columns.values()].includes(c + 1)) continue;
    if (typeof cells[c] === 'string' && pattern.test(cells[c] as string)) return c + 1;
  }
  return undefined;
}

/** A cell a write must not go over: anything but empty (a space a person typed counts as filled). */
function isOccupied(value: unknown): boolean {
  return value !== undefined && value !== null && value !== '';
}

/**
 * Cells meant for one row (`{ address: 'A45', … }`, all on the same row), moved down to the first row
 * at or below it where every one of their columns is empty in `grid` (the sheet's values from A1):
 * a filled cell is never written over. Both hosts place a snapshot with it.
 *
 * ```ts
 * placeRow([{ address: 'A3', value: 1 }], [[], [], ['x']]) // { row: 4, cells: [{ address: 'A4', value: 1 }] }
 * ```
 */
export function placeRow<T extends { readonly address: string }>(cells: readonly T[], grid: readonly (readonly unknown[])[]): { row: number; cells: T[] } {
  const parsed = cells.map((c) => /^\$?([A-Z]+)\$?(\d+)$/.exec(c.address));
  if (parsed.some((m) => m === null)) throw new Error(`placeRow: not a cell address in ${cells.map((c) => c.address).join(', ')}`);
  const columns = parsed.map((m) => columnNumber(m![1]));
  let row = Math.min(...parsed.map((m) => Number(m![2])));
  while (columns.some((c) => isOccupied(rawAt(grid, row, c)))) row++;
  return { row, cells: cells.map((c, i) => ({ ...c, address: `${columnLetter(columns[i])}${row}` })) };
}
