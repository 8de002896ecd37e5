/**
 * "Set up the framework": the core's render plan (core/render) replayed into the open workbook in
 * three round trips, at 200 initiatives as at 2,000:
 *   1. read the names already in use (sheets, tables, defined names);
 *   2. add and fill the new sheets, everything queued, then one sync: runs of one formula go as one
 *      R1C1 fill each (core/render/fills.ts), so the request does not grow with the capacity (a
 *      plan too large for one request, such as 2,000 typed rows, goes in runs of sheets, one sync
 *      each: see core/render/fills.ts BYTES_PER_SYNC);
 *   3. read back the dashboard figures to show what was built.
 * The plan decides every name (a taken one gets the next free "Strategy (2)" or "Objectives_2") and
 * the framework markers; existing sheets are never written.
 */
import type { BuildCounts, BuildRequest, BuiltFramework, Renames } from '../../core/insights/pane';
export type { Templates } from '../../core/insights/pane';
import { splitSheetReference } from '../../core/templates/a1';
import { planCounts, renderPlan } from '../../core/render';
import { canFillFormulas, detectCapabilities, forCapabilities, missingFeatureNotes, type Capabilities, type IsSetSupported } from './capabilities';
import { queueWrites } from './excel-writer';

/** What the builder needs from the host: `Excel.run` and `isSetSupported`. */
export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  readonly isSetSupported: IsSetSupported;
}

export interface Progress {
  /** 0…1 */
  readonly fraction: number;
  readonly message: string;
}

export interface BuildReport extends BuiltFramework {
  /** Sheets whose name was taken, with the name they got instead. */
  readonly renamed: Renames;
  readonly counts: BuildCounts & { readonly tables: number; readonly names: number };
  /** Renamed sheets, tables and names, features the host lacks. */
  readonly notes: readonly string[];
  readonly capabilities: Capabilities;
}

export interface BuildOptions extends BuildRequest {
  readonly onProgress?: (progress: Progress) => void;
}

function firstText(range: Excel.Range): string {
  const text = range.text as unknown;
  if (Array.isArray(text) && Array.isArray(text[0])) return String(text[0][0] ?? '');
  return '';
}

export async function buildFramework(host: ExcelHost, options: BuildOptions): Promise<BuildReport> {
  const progress = (fraction: number, message: string) => options.onProgress?.({ fraction, message });
  const capabilities = detectCapabilities(host.isSetSupported);
  return host.run(async (context) => {
    progress(0.1, 'Reading the sheet names already in this workbook…');
    const workbook = context.workbook;
    const sheets = workbook.worksheets.load('items/name');
    const tables = workbook.tables.load('items/name');
    const names = capabilities.definedNames ? workbook.names.load('items/name') : undefined;
    await context.sync();

    const plan = forCapabilities(renderPlan(options.templates.buildWorkbookSpec(options.dataset, { capacity: options.capacity }), {
      sheets: sheets.items.map((s) => s.name),
      names: [...tables.items.map((t) => t.name), ...(names ? names.items.map((n) => n.name) : [])],
    }), capabilities);

    progress(0.35, `Writing ${plan.sheets.length} sheets…`);
    const created = await queueWrites(context, plan, { between: () => context.sync(), fills: canFillFormulas(host.isSetSupported) });
    await context.sync();

    progress(0.8, 'Reading the dashboard figures…');
    const read = (reference: string, currentSheet = '') => {
      const { sheet = currentSheet, address } = splitSheetReference(reference);
      return created.get(sheet)?.getRange(address).load('text');
    };
    const figures = plan.names.filter((n) => n.kind === 'template').map((n) => ({ name: n.name, range: read(n.ref) }));
    const summary = plan.summary ? read(plan.summary.address, plan.summary.sheet) : undefined;
    await context.sync();

    progress(1, 'Done.');
    const { formulas: _formulas, ...counts } = planCounts(plan);
    return {
      dataset: options.dataset,
      sheets: plan.sheets.map((s) => ({ canonical: s.canonical, name: s.name, purpose: s.purpose })),
      renamed: plan.renamedSheets,
      counts,
      notes: [...plan.messages, ...missingFeatureNotes(capabilities)],
      figures: figures.filter((f) => f.range).map((f) => ({ name: f.name, text: firstText(f.range!) })),
      summary: summary ? firstText(summary) : '',
      capabilities,
    };
  });
}
