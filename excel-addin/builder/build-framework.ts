/**
 * "Set up the framework": build every template sheet into the open workbook in exactly three
 * round trips, whatever the number of rows:
 *   1. read the names already in use (sheets, tables, defined names);
 *   2. add and fill the new sheets (everything queued, then one sync);
 *   3. read back the dashboard figures to show what was built.
 * Existing sheets are never written: a taken name gets the next free one ("Strategy (2)").
 */
import type { Dataset, SheetName, WorkbookSpec } from '../../core/templates/types';
import { detectCapabilities, type Capabilities, type IsSetSupported } from './capabilities';
import { planSheetNames } from './sheet-names';
import { canonicalName, planCounts, planWrites, type WritePlan } from './plan-writes';
import { queueWrites } from './excel-writer';
import { cellAddress, splitSheetReference } from './a1';

/** The two template functions of core/templates, passed in so tests can give their own specs. */
export interface Templates {
  buildWorkbookSpec(dataset: Dataset): WorkbookSpec;
  renameSheets(spec: WorkbookSpec, mapping: Readonly<Partial<Record<SheetName, string>>>): WorkbookSpec;
}

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

export interface BuildReport {
  readonly dataset: Dataset;
  readonly sheets: readonly { readonly canonical: SheetName; readonly name: string; readonly purpose: string }[];
  /** Sheets whose name was taken, with the name they got instead. */
  readonly renamed: readonly { readonly from: string; readonly to: string }[];
  readonly counts: ReturnType<typeof planCounts>;
  /** Renamed tables and names, features the host lacks. */
  readonly notes: readonly string[];
  /** Dashboard figures as Excel shows them (`text`), by defined name. */
  readonly figures: readonly { readonly name: string; readonly text: string }[];
  /** The dashboard's one-paragraph summary, as Excel computed it. */
  readonly summary: string;
  readonly capabilities: Capabilities;
}

export interface BuildOptions {
  readonly dataset: Dataset;
  readonly templates: Templates;
  readonly onProgress?: (progress: Progress) => void;
}

/** The dashboard's summary cell: the first cell styled `summary` on the Dashboard sheet. */
export function summaryAddress(spec: WorkbookSpec, dashboardName: string): string | undefined {
  const dashboard = spec.sheets.find((s) => s.name === dashboardName);
  if (!dashboard) return undefined;
  for (let r = 0; r < dashboard.cells.length; r++) {
    const c = dashboard.cells[r].findIndex((cell) => cell?.style === 'summary');
    if (c >= 0) return cellAddress(r, c);
  }
  return undefined;
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

    const template = options.templates.buildWorkbookSpec(options.dataset);
    const sheetPlan = planSheetNames(sheets.items.map((s) => s.name), template.sheets.map((s) => s.name));
    const mapping: Partial<Record<SheetName, string>> = {};
    for (const sheet of template.sheets) {
      const chosen = sheetPlan.mapping[sheet.name];
      if (chosen !== sheet.name) mapping[canonicalName(sheet)] = chosen;
    }
    const spec = sheetPlan.renamed.length > 0 ? options.templates.renameSheets(template, mapping) : template;
    const plan: WritePlan = planWrites(
      spec,
      capabilities,
      { tables: tables.items.map((t) => t.name), definedNames: names ? names.items.map((n) => n.name) : [] },
    );

    progress(0.35, `Writing ${plan.sheets.length} sheets…`);
    const created = queueWrites(context, plan);
    await context.sync();

    progress(0.8, 'Reading the dashboard figures…');
    const dashboardName = plan.sheets.find((sheet) => sheet.canonical === 'Dashboard')?.name ?? 'Dashboard';
    const figureRanges = plan.names.map((name) => {
      const { sheet, address } = splitSheetReference(name.formula);
      const worksheet = sheet ? created.get(sheet) : undefined;
      return { name: name.name, range: worksheet ? worksheet.getRange(address).load('text') : undefined };
    });
    const summaryCell = summaryAddress(spec, dashboardName);
    const dashboard = created.get(dashboardName);
    const summaryRange = summaryCell && dashboard ? dashboard.getRange(summaryCell).load('text') : undefined;
    await context.sync();

    progress(1, 'Done.');
    return {
      dataset: options.dataset,
      sheets: plan.sheets.map((s) => ({ canonical: s.canonical, name: s.name, purpose: s.purpose })),
      renamed: sheetPlan.renamed,
      counts: planCounts(plan),
      notes: plan.notes,
      figures: figureRanges.filter((f) => f.range).map((f) => ({ name: f.name, text: firstText(f.range!) })),
      summary: summaryRange ? firstText(summaryRange) : '',
      capabilities,
    };
  });
}
