/**
 * A sheet's cells as a renderer writes them when its host can fill one formula down a range
 * (Excel's `Range.formulasR1C1` given a single formula): runs of rows holding the same formula in
 * R1C1 (./r1c1.ts) become one fill each, and only the other cells (headers, typed data, one-off
 * formulas) travel as values, in bands of consecutive rows. What travels then depends on the
 * template's shape and the data typed into it, not on its capacity: an empty 2,000-initiative
 * framework sends as much as an empty 200-initiative one.
 */
import { rangeAddress } from '../templates/a1';
import { enteredCell, type EnteredValue, type PlannedCell, type PlannedSheet } from './plan';
import { toR1C1 } from './r1c1';

/** Shorter runs are written cell by cell: a fill would save nothing worth a command. */
export const MIN_FILL_ROWS = 3;

/** One formula (R1C1) for every cell of `address`: a column run, or adjacent columns with the same formula over the same rows. */
export interface FormulaFill {
  readonly address: string;
  readonly formulaR1C1: string;
  /** 1-based corners. */
  readonly row0: number;
  readonly row1: number;
  readonly column0: number;
  readonly column1: number;
}

/** Consecutive rows written as values; `null` marks a cell the block leaves alone (empty, or filled by a {@link FormulaFill}). */
export interface CellBlock {
  readonly address: string;
  readonly values: readonly (readonly (EnteredValue | null)[])[];
}

export interface SheetWrites {
  readonly blocks: readonly CellBlock[];
  readonly fills: readonly FormulaFill[];
  /** What the blocks and fills carry, as JSON (the form Office.js sends them in): what sizes a request. */
  readonly bytes: number;
}

function r1c1Of(cell: PlannedCell | null | undefined, row: number, column: number): string | undefined {
  return cell?.kind === 'formula' ? toR1C1(cell.formula, row, column) : undefined;
}

/** Runs of at least `minRows` rows of one formula, per column, then joined across adjacent columns. */
function formulaFills(sheet: PlannedSheet, minRows: number): FormulaFill[] {
  const fills: FormulaFill[] = [];
  const open = new Map<string, { fill: FormulaFill; index: number }>();
  for (let c = 0; c < sheet.columns; c++) {
    let r = 0;
    let current = r1c1Of(sheet.cells[0]?.[c], 1, c + 1);
    while (r < sheet.rows) {
      let end = r + 1;
      let next = end < sheet.rows ? r1c1Of(sheet.cells[end][c], end + 1, c + 1) : undefined;
      while (current !== undefined && next === current) {
        end++;
        next = end < sheet.rows ? r1c1Of(sheet.cells[end][c], end + 1, c + 1) : undefined;
      }
      if (current !== undefined && end - r >= minRows) {
        const key = `${r}:${end}:${current}`;
        const left = open.get(key);
        if (left && left.fill.column1 === c) {
          const fill = { ...left.fill, column1: c + 1, address: rangeAddress(r + 1, left.fill.column0, end, c + 1) };
          fills[left.index] = fill;
          open.set(key, { fill, index: left.index });
        } else {
          const fill = { address: rangeAddress(r + 1, c + 1, end, c + 1), formulaR1C1: current, row0: r + 1, row1: end, column0: c + 1, column1: c + 1 };
          open.set(key, { fill, index: fills.length });
          fills.push(fill);
        }
      }
      r = end;
      current = next;
    }
  }
  return fills;
}

/** The sheet as fills plus blocks of the remaining cells (see the file comment). */
export function sheetWrites(sheet: PlannedSheet, minRows = MIN_FILL_ROWS): SheetWrites {
  const fills = formulaFills(sheet, minRows);
  const covered = sheet.cells.map((row) => row.map(() => false));
  for (const fill of fills) {
    for (let r = fill.row0 - 1; r < fill.row1; r++) for (let c = fill.column0 - 1; c < fill.column1; c++) covered[r][c] = true;
  }
  const loose = (r: number, c: number) => !covered[r][c] && sheet.cells[r][c] !== null;
  const blocks: CellBlock[] = [];
  let r = 0;
  while (r < sheet.rows) {
    if (!sheet.cells[r].some((_, c) => loose(r, c))) {
      r++;
      continue;
    }
    let end = r + 1;
    while (end < sheet.rows && sheet.cells[end].some((_, c) => loose(end, c))) end++;
    let first = sheet.columns;
    let last = -1;
    for (let i = r; i < end; i++) {
      for (let c = 0; c < sheet.columns; c++) {
        if (!loose(i, c)) continue;
        first = Math.min(first, c);
        last = Math.max(last, c);
      }
    }
    const values = sheet.cells.slice(r, end).map((row, i) => row.slice(first, last + 1).map((cell, j) => (loose(r + i, first + j) ? enteredCell(cell) : null)));
    blocks.push({ address: rangeAddress(r + 1, first + 1, end, last + 1), values });
    r = end;
  }
  const bytes = blocks.reduce((n, b) => n + b.address.length + JSON.stringify(b.values).length, 0) + fills.reduce((n, f) => n + f.address.length + JSON.stringify(f.formulaR1C1).length, 0);
  return { blocks, fills, bytes };
}

/**
 * The most one write request carries of cell contents, in bytes of JSON. Excel on the web refuses a
 * request over 5 MB; half of it leaves room for what each command adds around its values. With
 * formula fills (ExcelApi 1.2) an empty, example or fully typed framework goes in one request, at
 * 200 initiatives as at 2,000 (about 0.25 MB, and 1.5 MB for 2,000 typed rows); an Excel without
 * fills sends every cell's formula (about 7 MB at 2,000) in runs of sheets, one request each.
 */
export const BYTES_PER_SYNC = 2_500_000;

/** The plan's sheets in order, in runs of at most `limit` by `size` (a larger sheet alone). */
export function writeGroups(sheets: readonly PlannedSheet[], size: (sheet: PlannedSheet) => number, limit = BYTES_PER_SYNC): PlannedSheet[][] {
  const groups: PlannedSheet[][] = [];
  let used = 0;
  for (const sheet of sheets) {
    const cost = size(sheet);
    if (groups.length === 0 || used + cost > limit) {
      groups.push([]);
      used = 0;
    }
    groups[groups.length - 1].push(sheet);
    used += cost;
  }
  return groups;
}
