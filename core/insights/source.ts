/**
 * Ready-made {@link WorkbookSource}s: from sheets of values already in memory (a host that read every
 * sheet in one batch), and from a template spec (what a freshly built workbook holds before any
 * spreadsheet computed it: constants, and formula cells with no value, like the generated `.xlsx`).
 */
import type { WorkbookSpec } from '../templates/types';
import type { WorkbookSource } from './read';

/** A source over `{ sheetName: values }`, values as rows of cells from A1. */
export function gridSource(sheets: Readonly<Record<string, readonly (readonly unknown[])[]>>): WorkbookSource {
  return {
    sheetNames: () => Object.keys(sheets),
    values: (sheet) => (sheets[sheet] ?? []).map((row) => row.slice()),
  };
}

/** The values of a template spec: constants as they are, formula cells blank (not yet computed). */
export function specValues(spec: WorkbookSpec): Record<string, unknown[][]> {
  const out: Record<string, unknown[][]> = {};
  for (const sheet of spec.sheets) {
    out[sheet.name] = sheet.cells.map((row) => row.map((cell) => (cell === null || cell.formula !== undefined ? null : cell.value ?? null)));
  }
  return out;
}

export function specSource(spec: WorkbookSpec): WorkbookSource {
  return gridSource(specValues(spec));
}
