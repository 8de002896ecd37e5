/**
 * The insights operations of both hosts, decided once: from what a host read (its framework's sheets,
 * found by the core's `findFramework`), the audit and the pane's answer, the snapshot cells to write
 * and where, the summary and plan sheets to add (rows already escaped, a free name), and the checks
 * of the arguments a pane or script passes. A host only reads values, replays these writes and
 * carries the calls (excel-addin/insights, sheets-addon/server/insights).
 *
 * ```ts
 * const audited = auditRead(read, today);        // { ok: false, reason } when there is no framework
 * if (audited.ok) write(planSheet(read.source.sheetNames(), planPortfolio(audited.report.model, 250000)));
 * ```
 */
import type { FrameworkResolution } from '../framework/resolve';
import { NO_HISTORY_MESSAGE } from '../framework/resolve';
import { columnNumber } from '../templates/a1';
import { HISTORY_TABLE } from '../templates/layout';
import { planSheetNames } from '../templates/rename';
import type { SheetName } from '../templates/types';
import { enteredValue } from '../text';
import { auditWorkbook, type AuditReport } from './index';
import type { AuditView, DocumentNoun, NoFramework, PlanView, SensitivityView, SnapshotView } from './pane';
import { MAX_BUDGET } from './pane';
import { planPortfolio, type PortfolioPlan } from './plan';
import { initiativeLabel, sensitivity, type SensitivitySubject } from './sensitivity';
import type { WorkbookSource } from './read';
import { snapshotRow } from './snapshot';
import { snapshotNote } from './measures';
import { summaryRows } from './summary';
import { placeRow } from './table';

/** What a host read: every sheet name and defined name, the framework's values, and which sheet is which part. */
export interface FrameworkRead {
  readonly source: WorkbookSource;
  /** Which sheet is which part (core `findFramework`), or why there is no framework. */
  readonly framework: FrameworkResolution;
  /** Canonical part → its sheet in this document ({} when there is no framework). */
  readonly sheetNames: Partial<Record<SheetName, string>>;
}

export type AuditOk = Extract<AuditReport, { ok: true }>;
export type Audited<R extends FrameworkRead = FrameworkRead> = { readonly ok: true; readonly read: R; readonly report: AuditOk } | NoFramework;

/** The audit of what a host read; no framework (or an unreadable one) gives its reason. */
export function auditRead<R extends FrameworkRead>(read: R, today: string, organisation?: string): Audited<R> {
  if (!read.framework.ok) return { ok: false, reason: read.framework.reason };
  const report = auditWorkbook(read.source, { today, organisation, framework: read.framework });
  return report.ok ? { ok: true, read, report } : { ok: false, reason: report.reason };
}

/** The pane's answer to Audit and Summary: plain JSON, the model left behind. */
export function auditView(report: AuditOk, today: string): AuditView {
  const { title, paragraphs, text } = report.summary;
  return { ok: true, today, counts: { ...report.counts }, findings: report.findings.map((f) => ({ ...f })), summary: { title, paragraphs: paragraphs.slice(), text } };
}

// ---- Arguments as a pane or a script passes them ----

/** The budget checked (the pane checks it first; a script may pass anything). */
export function budgetArgument(budget: unknown): number {
  if (typeof budget !== 'number' || !Number.isFinite(budget) || budget < 0 || budget > MAX_BUDGET) {
    throw new Error(`The budget must be an amount from 0 to ${MAX_BUDGET.toLocaleString('en-US')}, for example 250000 (got ${JSON.stringify(budget) ?? String(budget)}).`);
  }
  return budget;
}

export const MAX_NOTE = 500;

/** A snapshot's note, trimmed; none is ''. */
export function noteArgument(note: unknown): string {
  if (note !== undefined && note !== null && typeof note !== 'string') throw new Error('The note must be text.');
  const text = typeof note === 'string' ? note.trim() : '';
  if (text.length > MAX_NOTE) throw new Error(`The note is ${text.length} characters long; keep it under ${MAX_NOTE}.`);
  return text;
}

/** `B7`, `B7:D9`, `$B$7`, `7:7`; '' means the whole sheet (A1 is selected). */
const A1 = /^(\$?[A-Z]{1,3}\$?[1-9]\d{0,6}(:\$?[A-Z]{1,3}\$?[1-9]\d{0,6})?|[1-9]\d{0,6}:[1-9]\d{0,6})$/;

/** A finding's place checked: the sheet named, the cell an A1 address ('' → A1). */
export function cellArgument(sheet: unknown, cell: unknown): { sheet: string; cell: string } {
  if (typeof sheet !== 'string' || sheet === '') throw new Error('Which sheet? The finding names none.');
  const address = typeof cell === 'string' ? cell.trim().toUpperCase() : cell;
  if (typeof address !== 'string' || (address !== '' && !A1.test(address))) throw new Error(`"${String(cell)}" is not a cell address such as B7.`);
  return { sheet, cell: address || 'A1' };
}

/** The plan for a budget, as the pane shows it. */
export function planView(report: AuditOk, today: string, budget: number): PlanView {
  return { ok: true, today, plan: planPortfolio(report.model, budget), errors: report.counts.error };
}

// ---- Sensitivity ----

/** The Sensitivity panel's choice checked: `'portfolio'`, or an initiative's index (a whole number from 0). */
export function subjectArgument(subject: unknown): SensitivitySubject {
  if (subject === 'portfolio') return subject;
  if (typeof subject === 'number' && Number.isInteger(subject) && subject >= 0 && subject <= 1_000_000) return subject;
  throw new Error(`Choose the portfolio or an initiative (got ${JSON.stringify(subject) ?? String(subject)}).`);
}

/** The tornado and the simulation for the portfolio or one initiative, with the choices the panel offers next. */
export function sensitivityView(report: AuditOk, today: string, subject: SensitivitySubject): SensitivityView {
  const choices = [
    { subject: 'portfolio' as const, label: 'Portfolio' },
    ...report.model.initiatives.map((i) => ({ subject: i.index, label: initiativeLabel(i) })),
  ];
  return { ok: true, today, choices, sensitivity: sensitivity(report.model, subject), errors: report.counts.error };
}

// ---- Snapshot ----

export interface WriteCell {
  readonly address: string;
  /** Escaped by `enteredValue`: text stays text. */
  readonly value: number | string;
}

/** The pane's answer, with what to write: the cells (on one row, every one empty now) and a date cell to format. */
export interface SnapshotWrite extends SnapshotView {
  readonly cells: readonly WriteCell[];
  /** The date cell to give a date format (a row below the template's, which has none); else null. */
  readonly dateFormat: string | null;
}

/**
 * Today's figures (the core's `snapshotRow`) for the framework's own History log (found by its marker
 * or headers, never a sheet merely named History): under the last snapshot, or on the first row below
 * where every snapshot cell is empty, so a filled cell is never written over. Only the input columns
 * (History's ROI and BCR are formulas).
 */
export function snapshotWrite(audited: Extract<Audited, { ok: true }>, today: string, note: string): SnapshotWrite | NoFramework {
  const sheet = audited.read.sheetNames.History;
  if (sheet === undefined) return { ok: false, reason: NO_HISTORY_MESSAGE };
  // A note left empty records the reporting month's key measures, when the workbook has a Measures sheet.
  const measures = audited.report.measures;
  const snapshot = snapshotRow(audited.report.model, today, note === '' && measures ? snapshotNote(measures).slice(0, MAX_NOTE) : note);
  const { row, cells } = placeRow(snapshot.cells, audited.read.source.values(sheet));
  const beyondCapacity = row > HISTORY_TABLE.lastDataRow;
  return {
    ok: true, sheet, row, requestedRow: snapshot.row, values: { ...snapshot.values }, sameDateRow: snapshot.sameDateRow, beyondCapacity,
    cells: cells.map((c) => ({ address: c.address, value: enteredValue(c.value) })), dateFormat: beyondCapacity ? cells[0].address : null,
  };
}

/** Cells on one row grouped into runs of adjacent columns, each run one write. */
export function adjacentRuns<T extends { readonly address: string }>(cells: readonly T[]): T[][] {
  const columnOf = (cell: T) => columnNumber(cell.address.replace(/\d+$/, ''));
  const runs: T[][] = [];
  let last = -2;
  for (const cell of [...cells].sort((a, b) => columnOf(a) - columnOf(b))) {
    const column = columnOf(cell);
    if (column === last + 1) runs[runs.length - 1].push(cell);
    else runs.push([cell]);
    last = column;
  }
  return runs;
}

// ---- New sheets ----

export interface NewSheet {
  /** `base`, or the next free `base (n)`: never an existing sheet. */
  readonly name: string;
  /** From A1, every row as wide as the widest, text escaped by `enteredValue`. */
  readonly rows: readonly (readonly (string | number)[])[];
}

/** A sheet to add named `base` (or the next free name) holding `rows`, escaped and squared. */
export function newSheet(existing: readonly string[], base: string, rows: readonly (readonly (string | number)[])[]): NewSheet {
  const name = planSheetNames(existing, [base]).mapping.get(base)!;
  const width = Math.max(1, ...rows.map((r) => r.length));
  return { name, rows: rows.map((r) => [...r.map(enteredValue), ...new Array<string>(width - r.length).fill('')]) };
}

/** The executive summary as one column, with a closing line saying where it came from. */
export function summarySheet(existing: readonly string[], report: AuditOk, today: string, noun: DocumentNoun = 'workbook'): NewSheet {
  return newSheet(existing, 'Summary', [
    ...summaryRows(report.summary),
    [''],
    [`Written on ${today} by the L&D Framework from this ${noun}'s framework sheets. It does not update itself: insert it again after the figures change.`],
  ]);
}

/** The plan as rows for a sheet: what a reader needs without the pane. */
export function planRows(plan: PortfolioPlan): (string | number)[][] {
  return [
    ['Portfolio plan'],
    ['Budget', plan.budget], ['Requested', plan.requested], ['Funded', plan.funded], ['Left', plan.left],
    [],
    ['Rank', 'Initiative', 'Request', 'Alignment', 'Expected BCR', 'Funded', 'Why not funded'],
    ...plan.lines.map((l) => [l.rank, l.name, l.request, l.alignmentScore ?? '', l.expectedBCR ?? '', l.funded ? 'Yes' : 'No', l.reason]),
    [],
    ['Objective', 'Funded amount', 'Share'],
    ...plan.byObjective.map((o) => [o.objective, o.amount, o.share]),
    [],
    ['Scenario', 'Benefits', 'Costs', 'BCR', 'ROI'],
    ...(['conservative', 'expected', 'optimistic'] as const).map((k) => {
      const s = plan.scenarios[k];
      return [k, s.benefits, s.costs, s.bcr ?? '', s.roi ?? ''];
    }),
    [],
    [plan.rules],
  ];
}

/** The plan on a new sheet: `Plan summary`, or the next free name. */
export function planSheet(existing: readonly string[], plan: PortfolioPlan): NewSheet {
  return newSheet(existing, 'Plan summary', planRows(plan));
}

/** The local date as `YYYY-MM-DD`. */
export function localIsoDate(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
