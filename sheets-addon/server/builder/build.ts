/**
 * "Set up framework": every template sheet built into the open spreadsheet from the core's specs.
 * Existing sheets and named ranges are never changed: a taken sheet name gets the next free one
 * ("Strategy (2)") through the core's `renameSheets`, so every formula follows, and the report says so.
 * The report is plain JSON (strings, numbers, arrays): `google.script.run` cannot carry a Date.
 */
import type { Dataset, SheetName, WorkbookSpec } from '../../../core/templates/types';
import type { SheetLike, SpreadsheetAppLike } from './host';
import { planRangeNames, planSheetNames } from './sheet-names';
import { canonicalName, planSheet, type SheetPlan } from './plan';
import { columnLetter } from '../../../core/templates/a1';
import { splitReference, writeCharts, writeSheet, type RangeResolver } from './writer';
import { nameKey } from './sheet-names';

/** The two template functions of core/templates, passed in so tests can give their own specs. */
export interface Templates {
  buildWorkbookSpec(dataset: Dataset): WorkbookSpec;
  renameSheets(spec: WorkbookSpec, mapping: Partial<Record<SheetName, string>>): WorkbookSpec;
}

export interface BuildReport {
  readonly dataset: Dataset;
  readonly sheets: readonly { readonly canonical: string; readonly name: string; readonly purpose: string }[];
  /** Sheets and named ranges whose name was taken, with the name they got instead. */
  readonly renamedSheets: readonly { readonly from: string; readonly to: string }[];
  readonly renamedRanges: readonly { readonly from: string; readonly to: string }[];
  readonly counts: {
    readonly sheets: number; readonly formulas: number; readonly validations: number; readonly conditionalFormats: number;
    readonly charts: number; readonly notes: number; readonly namedRanges: number;
  };
  /** Sentences for the person: what was renamed and why. */
  readonly messages: readonly string[];
  /** Dashboard figures as Sheets shows them, by named range. */
  readonly figures: readonly { readonly name: string; readonly text: string }[];
  /** The dashboard's one-paragraph summary, as Sheets computed it. */
  readonly summary: string;
  /** ISO 8601. */
  readonly finishedAt: string;
}

/** The address of the dashboard's summary: its first cell styled `summary`. */
export function summaryCell(spec: WorkbookSpec): { readonly sheet: string; readonly address: string } | undefined {
  const dashboard = spec.sheets.find((s) => canonicalName(s) === 'Dashboard');
  if (!dashboard) return undefined;
  for (let r = 0; r < dashboard.cells.length; r++) {
    const c = dashboard.cells[r].findIndex((cell) => cell?.style === 'summary');
    if (c >= 0) return { sheet: dashboard.name, address: `${columnLetter(c + 1)}${r + 1}` };
  }
  return undefined;
}

export interface BuildOptions {
  readonly dataset: Dataset;
  readonly templates: Templates;
  readonly now?: () => Date;
}

export function buildFramework(app: SpreadsheetAppLike, options: BuildOptions): BuildReport {
  const spreadsheet = app.getActiveSpreadsheet();
  const existing = spreadsheet.getSheets();
  const byName = new Map<string, SheetLike>();
  for (const sheet of existing) byName.set(nameKey(sheet.getName()), sheet);
  const rangeNames = spreadsheet.getNamedRanges().map((n) => n.getName());

  const template = options.templates.buildWorkbookSpec(options.dataset);
  const sheetNames = planSheetNames([...byName.keys()], template.sheets.map((s) => s.name));
  const mapping: Partial<Record<SheetName, string>> = {};
  for (const sheet of template.sheets) {
    const chosen = sheetNames.mapping.get(sheet.name)!;
    if (chosen !== sheet.name) mapping[canonicalName(sheet)] = chosen;
  }
  const spec = sheetNames.renamed.length > 0 ? options.templates.renameSheets(template, mapping) : template;
  const names = planRangeNames(rangeNames, spec.names.map((n) => n.name));
  const nameRenames = new Map(names.renamed.map((r) => [r.from.toUpperCase(), r.to]));
  const plans: SheetPlan[] = spec.sheets.map((sheet) => planSheet(sheet, nameRenames));

  const created = new Map<string, SheetLike>();
  const resolve: RangeResolver = (reference, currentSheet) => {
    const { sheet, address } = splitReference(reference);
    const name = nameKey(sheet ?? currentSheet);
    const target = created.get(name) ?? byName.get(name);
    if (!target) throw new Error(`The range ${reference} names a sheet that is not in this spreadsheet.`);
    return target.getRange(address);
  };

  let index = existing.length;
  try {
    for (const plan of plans) created.set(nameKey(plan.name), spreadsheet.insertSheet(plan.name, index++));
    for (const plan of plans) writeSheet(app, created.get(nameKey(plan.name))!, plan, resolve);
    for (const plan of plans) writeCharts(created.get(nameKey(plan.name))!, plan, resolve);
    for (const n of spec.names) spreadsheet.setNamedRange(names.mapping.get(n.name)!, resolve(n.ref, ''));
  } catch (e) {
    const made = plans.filter((p) => created.has(nameKey(p.name))).map((p) => p.name);
    const detail = e instanceof Error ? e.message : String(e);
    throw new Error(`Setting up stopped: ${detail}${made.length > 0 ? ` The new sheets made so far (${made.join(', ')}) can be deleted; no existing sheet was changed.` : ''}`);
  }
  app.flush();

  const figures = spec.names.map((n) => ({ name: names.mapping.get(n.name)!, text: resolve(n.ref, '').getDisplayValue() }));
  const summaryAt = summaryCell(spec);
  const summary = summaryAt ? resolve(summaryAt.address, summaryAt.sheet).getDisplayValue() : '';
  const first = plans[0] ? created.get(nameKey(plans[0].name)) : undefined;
  first?.activate();

  const messages = [
    ...sheetNames.renamed.map((r) => `This spreadsheet already has a sheet named "${r.from}", so the new one is "${r.to}"; the existing sheet was not changed.`),
    ...names.renamed.map((r) => `This spreadsheet already has a named range "${r.from}", so the new one is "${r.to}".`),
  ];
  return {
    dataset: options.dataset,
    sheets: plans.map((p) => ({ canonical: p.canonical, name: p.name, purpose: p.purpose })),
    renamedSheets: sheetNames.renamed.map((r) => ({ ...r })),
    renamedRanges: names.renamed.map((r) => ({ ...r })),
    counts: {
      sheets: plans.length,
      formulas: plans.reduce((n, p) => n + p.formulaCount, 0),
      validations: plans.reduce((n, p) => n + p.validations.length, 0),
      conditionalFormats: plans.reduce((n, p) => n + p.conditionalFormats.length, 0),
      charts: plans.reduce((n, p) => n + p.charts.length, 0),
      notes: plans.reduce((n, p) => n + p.noteCount, 0),
      namedRanges: spec.names.length,
    },
    messages,
    figures,
    summary,
    finishedAt: (options.now ?? (() => new Date()))().toISOString(),
  };
}
