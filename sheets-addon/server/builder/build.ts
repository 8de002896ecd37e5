/**
 * "Set up framework": the core's render plan (core/render) replayed into the open spreadsheet.
 * The plan decides every name: a taken sheet name gets the next free one ("Strategy (2)") and every
 * formula follows, taken named ranges get `Name_2`, and each sheet gets its framework marker (a named
 * range at its A1). Existing sheets and named ranges are never changed.
 * The report is plain JSON (strings, numbers, arrays): `google.script.run` cannot carry a Date.
 */
import type { BuildCounts, BuildRequest, BuiltFramework, Renames } from '../../../core/insights/pane';
export type { Templates } from '../../../core/insights/pane';
import { splitSheetReference } from '../../../core/templates/a1';
import { nameKey } from '../../../core/templates/rename';
import { planCounts, renderPlan } from '../../../core/render';
import type { SheetLike, SpreadsheetAppLike } from './host';
import { writeCharts, writeSheet, type RangeResolver } from './writer';

export interface BuildReport extends BuiltFramework {
  /** Sheets and named ranges whose name was taken, with the name they got instead. */
  readonly renamedSheets: Renames;
  readonly renamedRanges: Renames;
  readonly counts: BuildCounts & { readonly formulas: number; readonly namedRanges: number };
  /** Sentences for the person: what was renamed and why. */
  readonly messages: readonly string[];
  /** ISO 8601. */
  readonly finishedAt: string;
}

export interface BuildOptions extends BuildRequest {
  readonly now?: () => Date;
}

export function buildFramework(app: SpreadsheetAppLike, options: BuildOptions): BuildReport {
  const spreadsheet = app.getActiveSpreadsheet();
  const existing = spreadsheet.getSheets();
  const byName = new Map<string, SheetLike>();
  for (const sheet of existing) byName.set(nameKey(sheet.getName()), sheet);
  const plan = renderPlan(options.templates.buildWorkbookSpec(options.dataset, { capacity: options.capacity }), {
    sheets: existing.map((s) => s.getName()),
    names: spreadsheet.getNamedRanges().map((n) => n.getName()),
  });

  const created = new Map<string, SheetLike>();
  const resolve: RangeResolver = (reference, currentSheet) => {
    const { sheet, address } = splitSheetReference(reference);
    const name = nameKey(sheet ?? currentSheet);
    const target = created.get(name) ?? byName.get(name);
    if (!target) throw new Error(`The range ${reference} names a sheet that is not in this spreadsheet.`);
    return target.getRange(address.replace(/\$/g, ''));
  };

  let index = existing.length;
  try {
    for (const sheet of plan.sheets) created.set(nameKey(sheet.name), spreadsheet.insertSheet(sheet.name, index++));
    for (const sheet of plan.sheets) writeSheet(app, created.get(nameKey(sheet.name))!, sheet, resolve);
    for (const sheet of plan.sheets) writeCharts(created.get(nameKey(sheet.name))!, sheet, resolve);
    for (const n of plan.names) spreadsheet.setNamedRange(n.name, resolve(n.ref, ''));
  } catch (e) {
    const made = plan.sheets.filter((p) => created.has(nameKey(p.name))).map((p) => p.name);
    const detail = e instanceof Error ? e.message : String(e);
    throw new Error(`Setting up stopped: ${detail}${made.length > 0 ? ` The new sheets made so far (${made.join(', ')}) can be deleted; no existing sheet was changed.` : ''}`);
  }
  app.flush();

  const figures = plan.names.filter((n) => n.kind === 'template').map((n) => ({ name: n.name, text: resolve(n.ref, '').getDisplayValue() }));
  const summary = plan.summary ? resolve(plan.summary.address, plan.summary.sheet).getDisplayValue() : '';
  const first = plan.sheets[0] ? created.get(nameKey(plan.sheets[0].name)) : undefined;
  first?.activate();

  const { names: namedRanges, tables: _tables, ...counts } = planCounts(plan);
  return {
    dataset: options.dataset,
    sheets: plan.sheets.map((p) => ({ canonical: p.canonical, name: p.name, purpose: p.purpose })),
    renamedSheets: plan.renamedSheets.map((r) => ({ ...r })),
    renamedRanges: plan.renamedNames.map((r) => ({ ...r })),
    counts: { ...counts, namedRanges },
    messages: [...plan.messages],
    figures,
    summary,
    finishedAt: (options.now ?? (() => new Date()))().toISOString(),
  };
}
