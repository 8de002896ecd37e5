/**
 * Reading the framework from the open spreadsheet: the sheet names (one `getSheets()`), then each
 * framework sheet's values with one `getDataRange().getValues()`, only when the reader asks for it
 * and at most once. No call per cell or per row, so the number of calls does not grow with the rows.
 */
import type { WorkbookSource } from '../../../core/insights';
import { SHEET_TITLES } from '../../../core/templates';
import type { SheetName } from '../../../core/templates/types';
import type { InsightsSheetLike, InsightsSpreadsheetLike } from './host';

/** The sheets the insights reader uses (the Guide and Dashboard are not read). */
export const READ_SHEETS: readonly SheetName[] = ['Strategy', 'Alignment', 'Impact', 'ROI', 'Plan', 'Partners', 'History'];

/** `Strategy`, `strategy `, `Strategy (2)` → 0, 0, 2 for the title `Strategy`; undefined for another sheet. */
export function copyNumber(name: string, title: string): number | undefined {
  const m = /^(.*?)(?: \((\d+)\))?$/.exec(name.trim());
  if (!m || m[1].toLowerCase() !== title.toLowerCase()) return undefined;
  return m[2] === undefined ? 0 : Number(m[2]);
}

/**
 * Which sheet holds each framework part. Set up never changes an existing sheet: where a name was
 * taken it made `Strategy (2)`, `(3)`, …, so the highest number is the framework built last and is
 * preferred (a person's own `Strategy` sheet beside it is not the framework's).
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

export interface SpreadsheetRead {
  /** What `auditWorkbook` reads: every sheet name, and a sheet's values read on first use. */
  readonly source: WorkbookSource;
  /** Canonical sheet → its name here, for `auditWorkbook`'s `sheetNames` option. */
  readonly sheetNames: Partial<Record<SheetName, string>>;
  /** Every sheet's name, in tab order. */
  readonly allNames: readonly string[];
  readonly sheets: ReadonlyMap<string, InsightsSheetLike>;
}

export function readSpreadsheet(spreadsheet: InsightsSpreadsheetLike): SpreadsheetRead {
  const list = spreadsheet.getSheets();
  const sheets = new Map<string, InsightsSheetLike>();
  const allNames: string[] = [];
  for (const sheet of list) {
    const name = sheet.getName();
    allNames.push(name);
    sheets.set(name, sheet);
  }
  const cache = new Map<string, unknown[][]>();
  const values = (name: string): unknown[][] => {
    let grid = cache.get(name);
    if (!grid) {
      const sheet = sheets.get(name);
      grid = sheet ? sheet.getDataRange().getValues() : [];
      cache.set(name, grid);
    }
    // The reader may keep what it is given; each caller gets its own rows.
    return grid.map((row) => row.slice());
  };
  return { source: { sheetNames: () => allNames.slice(), values }, sheetNames: frameworkSheetNames(allNames), allNames, sheets };
}
