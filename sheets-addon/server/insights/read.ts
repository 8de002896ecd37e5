/**
 * Reading the framework from the open spreadsheet: the sheet names (one `getSheets()`) and the named
 * ranges (one `getNamedRanges()`: the framework's markers), then each sheet's values with one
 * `getDataRange().getValues()`, only when the reader asks for it and at most once. Which sheet is which
 * part is the core's `findFramework` decision (markers, else header rows; never a sheet's name). No
 * call per cell or per row, so the number of calls does not grow with the rows.
 */
import type { WorkbookSource } from '../../../core/insights';
import type { DefinedNameRef } from '../../../core/insights/read';
import { FRAMEWORK_PARTS, findFramework } from '../../../core/framework/resolve';
import type { FrameworkRead } from '../../../core/insights/service';
import { parseMarkerName } from '../../../core/framework/marker';
import { quoteSheet } from '../../../core/templates/a1';
import type { InsightsSheetLike, InsightsSpreadsheetLike } from './host';

/** The core's {@link FrameworkRead} (a sheet's values read on first use), with the sheets themselves. */
export interface SpreadsheetRead extends FrameworkRead {
  /** Every sheet's name, in tab order. */
  readonly allNames: readonly string[];
  readonly sheets: ReadonlyMap<string, InsightsSheetLike>;
}

/**
 * The framework's markers among the spreadsheet's named ranges, as defined names:
 * `'Strategy (2)'!A1`, or `#REF!` when the range's sheet is gone. Only a marker's range is looked at,
 * so other named ranges cost one `getName()` each.
 */
export function namedRanges(spreadsheet: InsightsSpreadsheetLike): DefinedNameRef[] {
  const out: DefinedNameRef[] = [];
  for (const named of spreadsheet.getNamedRanges()) {
    const name = named.getName();
    if (!parseMarkerName(name, FRAMEWORK_PARTS)) continue;
    let reference = '#REF!';
    try {
      const range = named.getRange();
      reference = `${quoteSheet(range.getSheet().getName())}!${range.getA1Notation()}`;
    } catch {
      // A named range whose sheet was deleted: no sheet to point at.
    }
    out.push({ name, reference });
  }
  return out;
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
  const definedNames = namedRanges(spreadsheet);
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
  const source: WorkbookSource = { sheetNames: () => allNames.slice(), values, definedNames: () => definedNames };
  const framework = findFramework(source);
  return { source, framework, sheetNames: framework.ok ? framework.sheets : {}, allNames, sheets };
}
