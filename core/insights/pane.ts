/**
 * What the Excel task pane and the Sheets sidebar show, decided once for both: the plain-JSON answers
 * a host gives the pane (ui/bridge.ts), the budget the user types, findings grouped by severity, and
 * every sentence and rounding a panel uses. Pure: no DOM, no host.
 *
 * ```ts
 * parseBudget('€1.250.000')  // { ok: false, message: '“€1.250.000” is not an amount: …' }
 * parseBudget('$250,000')    // { ok: true, budget: 250000 }
 * countsLine({ error: 1, warning: 2, info: 0 }) // '1 error, 2 warnings, 0 notes'
 * ```
 */
import type { Dataset, SheetName, WorkbookOptions, WorkbookSpec } from '../templates/types';
import type { FunctionSpec } from '../types';
import type { Finding, Severity } from './findings';
import { money, percent, plain, ratio } from './format';
import type { PlanLine, PortfolioPlan } from './plan';
import type { SnapshotValues } from './snapshot';
import type { InputSwing, Sensitivity, SensitivitySubject, SimulatedRoi } from './sensitivity';

// ---- What a host answers (plain JSON: google.script.run carries no Date and no function) ----

/** The document holds no framework the reader can use; `reason` says why (e.g. missing sheets). */
export interface NoFramework {
  readonly ok: false;
  readonly reason: string;
}

export interface FunctionEntry {
  readonly name: string;
  /** `=LD.ROI(benefits, costs)` in Excel, `=ROI(benefits, costs)` in Sheets. */
  readonly syntax: string;
  readonly description: string;
}

/** What the pane learns on opening. */
export interface PaneContext {
  /** Every sheet's name, so Set up can say which new sheets will be renamed. */
  readonly sheetNames: readonly string[];
  readonly functions: readonly FunctionEntry[];
}

/** The template function of core/templates, passed to a host's builder so tests can give their own specs. */
export interface Templates {
  buildWorkbookSpec(dataset: Dataset, options?: WorkbookOptions): WorkbookSpec;
}

/** What a host's builder is asked for. */
export interface BuildRequest {
  readonly dataset: Dataset;
  /** Initiative rows (one of INITIATIVE_CAPACITIES); 200 when absent. */
  readonly capacity?: number;
  readonly templates: Templates;
}

/** What both hosts' builders count alike. */
export interface BuildCounts {
  readonly sheets: number; readonly validations: number; readonly conditionalFormats: number; readonly charts: number; readonly notes: number;
  /** Framework markers (defined names or named ranges, one per sheet). */
  readonly markers: number;
}

export type Renames = readonly { readonly from: string; readonly to: string }[];

/** What both hosts' builders report alike; each adds its own renames, counts and sentences. */
export interface BuiltFramework {
  readonly dataset: Dataset;
  readonly sheets: readonly { readonly canonical: SheetName; readonly name: string; readonly purpose: string }[];
  /** Dashboard figures as the host shows them (`text`), by defined name. */
  readonly figures: readonly { readonly name: string; readonly text: string }[];
  /** The dashboard's one-paragraph summary, as the host computed it. */
  readonly summary: string;
}

/** What Set up built, the same for both hosts (each host's own report converted). */
export interface BuildSummary {
  readonly dataset: Dataset;
  readonly sheets: readonly { readonly name: string; readonly purpose: string }[];
  /** Template sheets whose name was taken, with the name they got instead. */
  readonly renamed: readonly { readonly from: string; readonly to: string }[];
  /** Sentences for the person: sheets, tables and names renamed because taken (the render plan's), features this host lacks. */
  readonly notes: readonly string[];
  readonly counts: {
    readonly sheets: number; readonly validations: number; readonly conditionalFormats: number; readonly charts: number; readonly names: number;
  };
  /** Dashboard figures as the host shows them, by defined name. */
  readonly figures: readonly { readonly name: string; readonly text: string }[];
  /** The dashboard's one-paragraph summary, as the host computed it. */
  readonly summary: string;
}

export interface AuditView {
  readonly ok: true;
  /** The date the audit used (ISO). */
  readonly today: string;
  readonly counts: Readonly<Record<Severity, number>>;
  readonly findings: readonly Finding[];
  readonly summary: { readonly title: string; readonly paragraphs: readonly string[]; readonly text: string };
}

export interface PlanView {
  readonly ok: true;
  readonly today: string;
  readonly plan: PortfolioPlan;
  /** How many errors the audit found: the plan uses the figures as they stand. */
  readonly errors: number;
}

export interface SummarySheetView {
  readonly ok: true;
  /** The new sheet: `Summary`, or the next free `Summary (2)`, … */
  readonly sheet: string;
}

export interface SnapshotView {
  readonly ok: true;
  readonly sheet: string;
  /** The row written. */
  readonly row: number;
  /** The row under the last snapshot; when it was not empty, `row` is the first empty one below. */
  readonly requestedRow: number;
  readonly values: SnapshotValues;
  /** A snapshot of the same date already in this row (both are kept). */
  readonly sameDateRow: number | null;
  /** The row is below the template's History rows (no ROI/BCR formulas there). */
  readonly beyondCapacity: boolean;
}

export interface SelectView {
  readonly sheet: string;
  readonly cell: string;
}

/** How the host names its documents, for the panels' sentences. */
export type DocumentNoun = 'workbook' | 'spreadsheet';

// ---- Functions ----

/** `=LD.ROI(benefits, costs, [years])`: optional parameters in brackets. */
export function functionSyntax(spec: FunctionSpec, namespace = ''): string {
  const params = spec.params.map((p) => (p.optional ? `[${p.name}]` : p.name));
  return `=${namespace ? `${namespace}.` : ''}${spec.name}(${params.join(', ')})`;
}

export function functionList(catalogue: readonly FunctionSpec[], namespace = ''): FunctionEntry[] {
  return catalogue.map((spec) => ({ name: spec.name, syntax: functionSyntax(spec, namespace), description: spec.description }));
}

// ---- Set up ----

/** `PortfolioBCR` → `Portfolio BCR`, `TotalInvestment_2` → `Total investment (2)`: a defined name as a label. */
export function figureLabel(name: string): string {
  const [base, copy] = name.split(/_(?=\d+$)/);
  const words = base.replace(/([a-z])([A-Z])/g, '$1 $2').split(' ').map((w, i) => (i > 0 && !/^[A-Z]{2,}$/.test(w) ? w.toLowerCase() : w));
  return `${words.join(' ')}${copy ? ` (${copy})` : ''}`;
}

/** `24 dropdowns and input checks, 6 highlight rules, 3 charts, 7 named figures.` */
export function buildCountsLine(counts: BuildSummary['counts']): string {
  return `${[
    plural(counts.validations, 'dropdown or input check', 'dropdowns and input checks'), plural(counts.conditionalFormats, 'highlight rule'),
    plural(counts.charts, 'chart'), plural(counts.names, 'named figure'),
  ].join(', ')}.`;
}

// ---- Audit ----

const SEVERITIES: readonly { readonly severity: Severity; readonly heading: string; readonly one: string; readonly many: string }[] = [
  { severity: 'error', heading: 'Errors', one: 'error', many: 'errors' },
  { severity: 'warning', heading: 'Warnings', one: 'warning', many: 'warnings' },
  { severity: 'info', heading: 'Notes', one: 'note', many: 'notes' },
];

function plural(n: number, one: string, many = `${one}s`): string {
  return `${plain(n)} ${n === 1 ? one : many}`;
}

/** `Impact!J9`, or the sheet alone when a finding concerns a whole sheet. */
export function place(finding: Pick<Finding, 'sheet' | 'cell'>): string {
  return finding.cell ? `${finding.sheet}!${finding.cell}` : finding.sheet;
}

/** `0 errors, 2 warnings, 1 note`. */
export function countsLine(counts: Readonly<Record<Severity, number>>): string {
  return SEVERITIES.map((s) => plural(counts[s.severity], s.one, s.many)).join(', ');
}

/** `No errors`, `1 error to fix`, `3 errors to fix`. */
export function auditHeading(counts: Readonly<Record<Severity, number>>): string {
  return counts.error === 0 ? 'No errors' : `${plural(counts.error, 'error')} to fix`;
}

/** Findings grouped by severity, errors first; empty groups left out; order within a group kept. */
export function groupFindings(findings: readonly Finding[]): { severity: Severity; heading: string; findings: Finding[] }[] {
  return SEVERITIES
    .map((s) => ({ severity: s.severity, heading: s.heading, findings: findings.filter((f) => f.severity === s.severity) }))
    .filter((g) => g.findings.length > 0);
}

// ---- Summary ----

/** The summary as plain text: the title, then the paragraphs, separated by blank lines. */
export function summaryText(summary: { readonly title: string; readonly paragraphs: readonly string[] }): string {
  return [summary.title, ...summary.paragraphs].join('\n\n');
}

export function summaryInsertedText(sheet: string): string {
  return sheet === 'Summary'
    ? `Added the summary as a new sheet, “${sheet}”.`
    : `Added the summary as a new sheet, “${sheet}”. A sheet named Summary already exists and was not changed.`;
}

// ---- Plan ----

export function planInsertedText(sheet: string): string {
  return sheet === 'Plan summary'
    ? `Added the plan as a new sheet, “${sheet}”.`
    : `Added the plan as a new sheet, “${sheet}”. A sheet named Plan summary already exists and was not changed.`;
}

/** The largest budget accepted (a trillion): larger is a typing mistake. */
export const MAX_BUDGET = 1e12;

export type ParsedBudget = { readonly ok: true; readonly budget: number } | { readonly ok: false; readonly message: string };

/**
 * The budget as typed: digits with an optional currency sign ($ € £, before or after), thousands
 * separated by commas or spaces, up to two decimals after a point. `1,5` is refused rather than
 * guessed (a decimal comma, or a slip?).
 */
export function parseBudget(text: string): ParsedBudget {
  const typed = text.trim();
  const cleaned = typed.replace(/^[$€£]\s*|\s*[$€£]$/g, '').replace(/[\s\u00a0\u202f]/g, '');
  if (cleaned === '') return { ok: false, message: 'Enter the budget for the next period, for example 250000.' };
  if (/^-/.test(cleaned) || /^[$€£]?\s*-/.test(typed)) return { ok: false, message: 'The budget cannot be negative.' };
  if (!/^(\d+|\d{1,3}(,\d{3})+)(\.\d{1,2})?$/.test(cleaned)) {
    return { ok: false, message: `“${typed}” is not an amount: use digits, for example 250000 or 250,000.` };
  }
  const budget = Number(cleaned.replace(/,/g, ''));
  if (budget > MAX_BUDGET) return { ok: false, message: 'That amount is too large: enter at most 1,000,000,000,000.' };
  return { ok: true, budget };
}

/** An alignment score (0–100), to one decimal, as the Dashboard shows it. */
export function alignmentText(score: number): string {
  return score.toFixed(1);
}

const or = (value: number | null, show: (n: number) => string, none: string) => (value === null ? none : show(value));

/** `Request $120,000 · alignment 72.5 · expected BCR 3.5x`. */
export function planLineDetail(line: PlanLine): string {
  return `Request ${money(line.request)} · alignment ${or(line.alignmentScore, alignmentText, 'not scored')} · expected BCR ${or(line.expectedBCR, ratio, 'not measured')}`;
}

/** What an initiative needs to break even, in money and, when its metric has a value per unit, as a change. */
export function breakEvenText(line: PlanLine): string {
  if (line.breakEvenBenefit === null) return 'Break-even: not known yet (no fully loaded cost, isolation or confidence).';
  const change = line.breakEvenChange !== null && line.metric ? `, a change of ${plain(line.breakEvenChange)} a year in “${line.metric}”` : '';
  const cover = line.breakEvenCover !== null ? ` The change measured now is ${percent(line.breakEvenCover)} of that.` : '';
  return `Break-even: ${money(line.breakEvenBenefit)} of gross benefit${change}.${cover}`;
}

export function planHeading(plan: PortfolioPlan): string {
  return `${plan.fundedLines.length} of ${plan.lines.length} initiatives funded`;
}

export function planCaveat(errors: number): string | undefined {
  return errors > 0 ? `The audit found ${plural(errors, 'error')}: this plan uses the figures as they stand. See Audit.` : undefined;
}

/** One scenario's figures as cells: benefits, BCR, ROI (`–` when not known). */
export function scenarioCells(s: { readonly benefits: number; readonly bcr: number | null; readonly roi: number | null }): [string, string, string] {
  return [money(s.benefits), or(s.bcr, ratio, '–'), or(s.roi, (n) => percent(n), '–')];
}

// ---- Snapshot ----

export function snapshotHeading(view: SnapshotView): string {
  return `Added row ${view.row} of “${view.sheet}” (${view.values.date})`;
}

/** What was written, in sentences. */
export function describeSnapshot(view: SnapshotView): string[] {
  const v = view.values;
  const share = (n: number | null) => (n === null ? 'not known' : percent(n));
  return [
    `Investment ${money(v.investment)}, adjusted benefits ${money(v.benefits)}, programs aligned ${share(v.alignedShare)}, objectives covered ${share(v.coverage)}.`,
    ...(v.note ? [`Note: ${v.note}`] : []),
    ...(view.sameDateRow !== null ? [`Row ${view.sameDateRow} already holds a snapshot of ${v.date}; both are kept.`] : []),
    ...(view.row !== view.requestedRow ? [`Row ${view.requestedRow} was not empty, so it was left as it was.`] : []),
    ...(view.beyondCapacity ? ['This row is below the template’s History rows: its ROI and BCR cells have no formulas; copy them down from the row above.'] : []),
  ];
}

// ---- Sensitivity ----

/** One entry of the Sensitivity panel's choice: the portfolio, or an initiative by name. */
export interface SensitivityChoice {
  readonly subject: SensitivitySubject;
  readonly label: string;
}

export interface SensitivityView {
  readonly ok: true;
  readonly today: string;
  /** The portfolio, then every initiative in Alignment order: what the panel offers next. */
  readonly choices: readonly SensitivityChoice[];
  readonly sensitivity: Sensitivity;
  /** How many errors the audit found: the figures are used as they stand. */
  readonly errors: number;
}

/** Said above the figures when the audit found errors in the framework they come from. */
export function sensitivityCaveat(errors: number, noun: DocumentNoun = 'workbook'): string | undefined {
  return errors > 0 ? `The audit found ${plural(errors, 'error')}: these figures use the ${noun} as it stands. See Audit.` : undefined;
}

/** `Portfolio: ROI 179%`, or the name alone when there is no ROI. */
export function sensitivityHeading(s: Sensitivity): string {
  return s.ok ? `${s.name}: ROI ${percent(s.roi)}` : s.name || 'No ROI to test';
}

/** An input's low and high values: `38%–63%` for isolation and confidence, `$1,440,000–$2,160,000` for money. */
export function inputRangeText(input: InputSwing): string {
  if (input.low === null || input.high === null) return 'not measured';
  const show = input.input === 'isolation' || input.input === 'confidence' ? (n: number) => percent(n) : money;
  return `${show(input.low)}–${show(input.high)}`;
}

/** ROI with the input at its low end, then at its high end: `170% → 350%`. */
export function roiRangeText(input: InputSwing): string {
  return `${percent(input.roiAtLow)} → ${percent(input.roiAtHigh)}`;
}

/** A swing in percentage points of ROI: `180 pts`. */
export function swingText(swing: number): string {
  return `${plain(swing * 100, 0)} pts`;
}

/** The tornado as a table's rows: input, its range, ROI at its low → high end, swing; largest swing first. */
export function sensitivityRows(s: Extract<Sensitivity, { ok: true }>): [string, string, string, string][] {
  return s.inputs.map((i) => [i.label, inputRangeText(i), roiRangeText(i), swingText(i.swing)]);
}

/** What the chart shows, in words (the SVG's description). */
export function tornadoDescription(s: Extract<Sensitivity, { ok: true }>): string {
  const moving = s.inputs.filter((i) => i.swing > 0);
  if (moving.length === 0) return `No input moves ROI from ${percent(s.roi)}.`;
  return `ROI ${percent(s.roi)}. Bars in order of swing: ${moving.map((i) => `${i.label} ${roiRangeText(i)}`).join('; ')}.`;
}

/** `P10 120%, P50 250%, P90 390%`. */
export function simulationRangeText(sim: SimulatedRoi): string {
  return `P10 ${percent(sim.p10)}, P50 ${percent(sim.p50)}, P90 ${percent(sim.p90)}`;
}

/** The simulation in a sentence. */
export function simulationText(sim: SimulatedRoi): string {
  return `Simulated over ${plain(sim.trials)} trials (seed ${sim.seed}): ROI ${simulationRangeText(sim)}. ROI is above 0 in ${percent(sim.chancePositive, sim.chancePositive > 0.99 && sim.chancePositive < 1 ? 1 : 0)} of trials.`;
}

/** How the ranges were chosen, for the panel's "How this is worked out". */
export function sensitivityRules(s: Extract<Sensitivity, { ok: true }>, relative: number, isolationDefault: number): string[] {
  const isolation = {
    estimates: 'Isolation runs between the low and high estimates on Impact (a blank one is the point value).',
    default: `Isolation moves ±${percent(isolationDefault)} of itself: Impact gives no low or high estimate.`,
    both: `Isolation runs between the low and high estimates on Impact where they are given, else ±${percent(isolationDefault)} of itself.`,
  }[s.isolationSource];
  return [
    'Each bar moves one input to its low and then its high end, every other input as it is, and shows the ROI at each end; the longest bar moves ROI most.',
    isolation,
    `Confidence, gross benefit (change × value per unit) and each cost category move ±${percent(relative)} of themselves; percentages stay within 0–100%.`,
    `The simulation draws benefit from a triangle of every benefit input at its low end, as it is, and at its high end, and cost from −${percent(relative)}, as it is and +${percent(relative)}, with a fixed seed so the figures stay the same.`,
    ...(s.subject === 'portfolio' ? ['For the portfolio an input moves in every initiative at once; isolation and confidence are shown weighted by the benefit they scale.'] : []),
    ...(s.unmeasured.length > 0 ? [`Counted as costs only, with no measured benefit: ${s.unmeasured.join(', ')}.`] : []),
  ];
}

// ---- Dialogs (a host's menu, where there is no pane) ----

/** How many errors a dialog lists; the pane shows them all. */
export const DIALOG_FINDINGS = 5;

/** What Set up did, in a few sentences for a dialog; `openPane` says how to open the pane. */
export function buildDialogText(summary: BuildSummary, openPane: string): string {
  const lines = [
    `Added ${summary.counts.sheets} sheets (${summary.dataset === 'growthcorp' ? 'with the GrowthCorp example' : 'empty template'}): ${summary.sheets.map((s) => s.name).join(', ')}.`,
    ...summary.notes,
  ];
  const bcr = summary.figures.find((f) => f.name.startsWith('PortfolioBCR'));
  if (bcr && bcr.text) lines.push(`Portfolio benefit–cost ratio: ${bcr.text}.`);
  lines.push(`${openPane} for the details.`);
  return lines.join('\n\n');
}

/** The audit for a dialog: the counts and the first errors, or the reason there is no framework. */
export function auditDialogText(result: AuditView | NoFramework, openPane: string): string {
  if (!result.ok) return result.reason;
  const errors = result.findings.filter((f) => f.severity === 'error');
  const lines = [result.counts.error === 0 ? `No errors: ${countsLine(result.counts)}.` : `${countsLine(result.counts)}.`];
  for (const f of errors.slice(0, DIALOG_FINDINGS)) lines.push(`• ${f.title} (${place(f)})`);
  if (errors.length > DIALOG_FINDINGS) lines.push(`…and ${errors.length - DIALOG_FINDINGS} more.`);
  lines.push(`${openPane} to read every finding, what to do about it, and go to its cell.`);
  return lines.join('\n');
}
