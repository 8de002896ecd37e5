/**
 * Ready-made {@link WorkbookSource}s: from sheets of values already in memory (a host that read every
 * sheet in one batch), and from a template spec (what a freshly built workbook holds before any
 * spreadsheet computed it: constants, and formula cells with no value, like the generated `.xlsx`).
 */
import type { WorkbookSpec } from '../templates/types';
import type { RenderPlan } from '../render/plan';
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

/**
 * What a workbook built from a render plan holds before any spreadsheet computed it (constants,
 * formula cells blank), beside `others` (sheets a person had), with the plan's defined names: the
 * framework's markers among them, as every renderer writes them.
 */
export function planSource(plan: Pick<RenderPlan, 'sheets' | 'names'>, others: Readonly<Record<string, readonly (readonly unknown[])[]>> = {}): WorkbookSource {
  const sheets: Record<string, unknown[][]> = Object.fromEntries(Object.entries(others).map(([name, rows]) => [name, rows.map((r) => r.slice())]));
  for (const sheet of plan.sheets) {
    sheets[sheet.name] = sheet.cells.map((row) => row.map((cell) => (cell === null || cell.kind === 'formula' ? null : cell.kind === 'text' ? cell.text : cell.value)));
  }
  const names = plan.names.map((n) => ({ name: n.name, reference: n.ref }));
  return { ...gridSource(sheets), definedNames: () => names };
}
