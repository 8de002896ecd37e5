/**
 * renameSheets: give some sheets new names and make every reference follow: formulas, validation
 * sources, conditional-format formulas, table and chart ranges that name a sheet, and defined names.
 * Hosts call it when a template sheet's name is already taken in the user's workbook.
 */
import { parseRange, quoteSheet, rewriteSheetNames, splitLiterals } from './a1';
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
  // A range reference, with or without the `=` a defined name's formula may start with.
  const range = (text: string) => {
    const equals = text.startsWith('=') ? '=' : '';
    const ref = parseRange(text.slice(equals.length));
    if (!ref || ref.sheet === undefined) return text;
    const next = rename(ref.sheet);
    if (next === undefined) return text;
    return `${equals}${quoteSheet(next)}!${text.slice(text.lastIndexOf('!') + 1)}`;
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

/** Excel's longest sheet name, which every host accepts (the workbook must open in Excel too). */
export const MAX_SHEET_NAME = 31;

/** Sheet, table and defined names are compared without regard to case, in every host. */
export function nameKey(name: string): string {
  return name.toLocaleUpperCase('en-US');
}

/** `base (n)`, shortening `base` so the whole stays within 31 characters. */
export function numbered(base: string, n: number): string {
  const suffix = ` (${n})`;
  return `${base.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd()}${suffix}`;
}

export interface NamePlan {
  /** Wanted name → the name it gets in this workbook. */
  readonly mapping: ReadonlyMap<string, string>;
  /** The names that were taken, with what they became. */
  readonly renamed: readonly { readonly from: string; readonly to: string }[];
}

function planNames(existing: readonly string[], wanted: readonly string[], next: (name: string, n: number) => string): NamePlan {
  const taken = new Set(existing.map(nameKey));
  const mapping = new Map<string, string>();
  const renamed: { from: string; to: string }[] = [];
  for (const name of wanted) {
    let chosen = name;
    for (let n = 2; taken.has(nameKey(chosen)); n++) chosen = next(name, n);
    taken.add(nameKey(chosen));
    mapping.set(name, chosen);
    if (chosen !== name) renamed.push({ from: name, to: chosen });
  }
  return { mapping, renamed };
}

/**
 * Sheet names for `wanted` sheets in a workbook that already has `existing` ones: a free name is
 * kept, a taken one (in any letter case) gets the lowest free `name (n)`, n ≥ 2, within 31 characters.
 *
 * ```ts
 * planSheetNames(['strategy'], ['Guide', 'Strategy']).mapping.get('Strategy') // 'Strategy (2)'
 * ```
 */
export function planSheetNames(existing: readonly string[], wanted: readonly string[]): NamePlan {
  return planNames(existing, wanted, numbered);
}

/**
 * Names for workbook-wide identifiers (tables, defined names, named ranges), which cannot hold spaces
 * or brackets: a taken `Objectives` becomes `Objectives_2`, then `Objectives_3`, …
 */
export function planIdentifiers(existing: readonly string[], wanted: readonly string[]): NamePlan {
  return planNames(existing, wanted, (name, n) => `${name}_${n}`);
}

/**
 * Replace whole-word identifiers (table and defined names) in a formula, leaving alone string
 * literals, quoted sheet names, sheet prefixes (`Name!A1`) and sheet-qualified names (`Sheet!Name`).
 * `renames` is keyed by {@link nameKey}.
 *
 * ```ts
 * renameIdentifiers('=TotalInvestment*2', new Map([['TOTALINVESTMENT', 'TotalInvestment_2']])) // '=TotalInvestment_2*2'
 * ```
 */
export function renameIdentifiers(formula: string, renames: ReadonlyMap<string, string>): string {
  if (renames.size === 0) return formula;
  return splitLiterals(formula)
    .map((seg) => {
      if (seg.literal) return seg.text;
      return seg.text.split(/('(?:[^']|'')*')/).map((part, i) => {
        if (i % 2 === 1) return part; // a quoted sheet name
        return part.replace(/[A-Za-z_\\][A-Za-z0-9_.]*/g, (word: string, offset: number) => {
          const before = offset > 0 ? part[offset - 1] : '';
          const after = part[offset + word.length] ?? '';
          if (before === '!' || before === '$' || after === '!') return word;
          return renames.get(nameKey(word)) ?? word;
        });
      }).join('');
    })
    .join('');
}
