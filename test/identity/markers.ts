/**
 * Test support: the framework's marker defined names (core/framework/marker.ts) in the hosts' fakes.
 * Set up writes them through the render plan; for a builder that does not (yet) write them, these
 * plant what it would: one marker per framework sheet, of the lowest free instance. A build that
 * already marked its sheets is left as it is.
 */
import { freeMarkerInstance, markerName, parseMarkerName } from '../../core/framework/marker';
import { FRAMEWORK_PARTS } from '../../core/framework/resolve';
import { quoteSheet } from '../../core/templates/a1';
import type { SheetName } from '../../core/templates/types';
import type { FakeWorkbook } from '../../excel-addin/test/fake-excel';
import type { FakeSpreadsheetApp } from '../../sheets-addon/test/fake-spreadsheet';

export interface BuiltSheet {
  /** The part (a {@link SheetName}; builders may type it as a plain string). */
  readonly canonical: SheetName | string;
  readonly name: string;
}

const asPart = (canonical: string): SheetName => {
  const part = FRAMEWORK_PARTS.find((p) => p === canonical);
  if (!part) throw new Error(`not a framework part: ${canonical}`);
  return part;
};

/** Markers for `built` in an Excel fake (workbook names `LDFramework_Strategy` → `='Strategy (2)'!$A$1`). */
export function plantExcelMarkers(book: FakeWorkbook, built: readonly BuiltSheet[]): void {
  const points = (formula: string, sheet: string) => formula.replace(/^=/, '').toLowerCase() === `${quoteSheet(sheet)}!$a$1`.toLowerCase();
  const marked = built.some((s) => book.names.some((n) => parseMarkerName(n.name, FRAMEWORK_PARTS) && points(n.formula, s.name)));
  if (marked) return;
  const instance = freeMarkerInstance(book.names.map((n) => n.name), FRAMEWORK_PARTS);
  for (const s of built) book.names.push({ name: markerName(asPart(s.canonical), instance), formula: `=${quoteSheet(s.name)}!$A$1` });
}

/** Markers for `built` in a Sheets fake (named ranges on each sheet's A1). */
export function plantSheetsMarkers(app: FakeSpreadsheetApp, built: readonly BuiltSheet[]): void {
  const book = app.spreadsheet;
  const marked = built.some((s) => book.namedRanges.some((n) => parseMarkerName(n.name, FRAMEWORK_PARTS) && n.range.sheet.name === s.name));
  if (marked) return;
  const instance = freeMarkerInstance(book.namedRanges.map((n) => n.name), FRAMEWORK_PARTS);
  for (const s of built) book.setNamedRange(markerName(asPart(s.canonical), instance), book.sheet(s.name).range('A1'));
}
