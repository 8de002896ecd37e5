/**
 * Test support: the framework's marker defined names (core/framework/marker.ts) as each host's builder
 * leaves them in its fake. Set up writes one marker per framework sheet through the render plan; these
 * check that it did (build, then read by identity), so the identity tests never plant what they test.
 */
import { parseMarkerName } from '../../core/framework/marker';
import { FRAMEWORK_PARTS, markedSheet } from '../../core/framework/resolve';
import type { FakeWorkbook } from '../../excel-addin/test/fake-excel';
import type { FakeSpreadsheetApp } from '../../sheets-addon/test/fake-spreadsheet';

export interface BuiltSheet {
  /** The part (a SheetName; builders may type it as a plain string). */
  readonly canonical: string;
  readonly name: string;
}

/** Part → sheet, for the markers of one instance whose sheets are `built`; throws when a sheet has none. */
function markedBy(names: readonly { name: string; reference: string }[], sheetNames: readonly string[], built: readonly BuiltSheet[]): number {
  const instances = new Set<number>();
  for (const sheet of built) {
    const marker = names
      .map((n) => ({ marker: parseMarkerName(n.name, FRAMEWORK_PARTS), sheet: markedSheet(n.reference, sheetNames) }))
      .find((m) => m.marker?.part === sheet.canonical && m.sheet === sheet.name);
    if (!marker?.marker) throw new Error(`the builder left no marker on ${sheet.canonical} (${sheet.name})`);
    instances.add(marker.marker.instance);
  }
  if (instances.size !== 1) throw new Error(`one build's markers belong to instances ${[...instances].join(', ')}`);
  return [...instances][0];
}

/** The marker instance the Excel builder gave `built` (workbook names such as `LDFramework_Strategy`). */
export function excelMarkers(book: FakeWorkbook, built: readonly BuiltSheet[]): number {
  return markedBy(book.names.map((n) => ({ name: n.name, reference: n.formula })), book.sheets.map((s) => s.name), built);
}

/** The marker instance the Sheets builder gave `built` (named ranges on each sheet's A1). */
export function sheetsMarkers(app: FakeSpreadsheetApp, built: readonly BuiltSheet[]): number {
  const book = app.spreadsheet;
  return markedBy(book.namedRanges.map((n) => ({ name: n.name, reference: `'${n.range.sheet.name.replace(/'/g, "''")}'!${n.range.label.replace(/^.*!/, '')}` })), book.sheets.map((s) => s.name), built);
}
