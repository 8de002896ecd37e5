/**
 * renameSheets: give some sheets new names and make every reference follow: formulas, validation
 * sources, conditional-format formulas, table and chart ranges that name a sheet, and defined names.
 * Hosts call it when a template sheet's name is already taken in the user's workbook.
 */
import { parseRange, quoteSheet, rewriteSheetNames } from './a1';
import type { CellSpec, ChartSpec, SheetName, SheetSpec, ValidationSpec, WorkbookSpec } from './types';

/** The spec with the given sheets renamed; sheets not in `mapping` keep their names. */
export function renameSheets(spec: WorkbookSpec, mapping: Partial<Record<SheetName, string>>): WorkbookSpec {
  // Current name (lower case) → new name. A sheet is found by its canonical name, even when it was
  // renamed before (buildWorkbookSpec already shows History as "History log").
  const renames = new Map<string, string>();
  for (const [from, to] of Object.entries(mapping) as [SheetName, string | undefined][]) {
    if (to === undefined) continue;
    const sheet = spec.sheets.find((s) => (s.canonicalName ?? s.name) === from);
    if (!sheet) throw new Error(`renameSheets: there is no sheet ${from}`);
    if (!isValidSheetName(to)) throw new Error(`renameSheets: "${to}" is not a valid sheet name`);
    if (to !== sheet.name) renames.set(sheet.name.toLowerCase(), to);
  }
  const finalNames = spec.sheets.map((s) => renames.get(s.name.toLowerCase()) ?? s.name);
  if (new Set(finalNames.map((n) => n.toLowerCase())).size !== finalNames.length) {
    throw new Error(`renameSheets: the new names clash: ${finalNames.join(', ')}`);
  }
  if (renames.size === 0) return spec;
  // Sheet names in formulas are case-insensitive.
  const rename = (name: string) => renames.get(name.toLowerCase());
  const formula = (text: string) => rewriteSheetNames(text, rename);
  const range = (text: string) => {
    const ref = parseRange(text);
    if (!ref || ref.sheet === undefined) return text;
    const next = rename(ref.sheet);
    if (next === undefined) return text;
    return `${quoteSheet(next)}!${text.slice(text.lastIndexOf('!') + 1)}`;
  };

  const cell = (c: CellSpec | null): CellSpec | null => (c && c.formula !== undefined ? { ...c, formula: formula(c.formula) } : c);
  const validation = (v: ValidationSpec): ValidationSpec => (v.type === 'list' && v.source !== undefined ? { ...v, source: range(v.source) } : v);
  const chart = (c: ChartSpec): ChartSpec => ({
    ...c,
    categories: range(c.categories),
    series: c.series.map((s) => ({ ...s, values: range(s.values) })),
  });

  const sheets = spec.sheets.map((s): SheetSpec => ({
    ...s,
    // `name` is the name in the workbook from now on; `canonicalName` keeps the template's own name.
    name: (renames.get(s.name.toLowerCase()) ?? s.name) as SheetName,
    canonicalName: s.canonicalName ?? s.name,
    cells: s.cells.map((row) => row.map(cell)),
    validations: s.validations.map(validation),
    conditionalFormats: s.conditionalFormats.map((cf) => ({ ...cf, formula: formula(cf.formula) })),
    tables: s.tables.map((t) => ({ ...t, range: range(t.range) })),
    charts: s.charts.map(chart),
  }));
  return { ...spec, sheets, names: spec.names.map((n) => ({ ...n, ref: range(n.ref) })) };
}

/**
 * A name every host accepts: 1–31 characters, none of \ / ? * [ ] :, no apostrophe at either end,
 * and not "History", which Excel reserves (exceljs will not even read a file with such a sheet).
 */
export function isValidSheetName(name: string): boolean {
  return (
    name.trim().length > 0 &&
    name.length <= 31 &&
    !/[\\/?*[\]:]/.test(name) &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    name.toLowerCase() !== 'history'
  );
}
