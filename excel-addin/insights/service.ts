/**
 * What the insights panels ask of Excel, each as one `Excel.run`: audit the open workbook, select a
 * finding's cell, append a snapshot to the framework's History log, insert the summary or the plan as
 * a new sheet. The framework is found by the core (`findFramework`); text is written as text.
 * The logic between reads and writes is the core's (`auditWorkbook`, `planPortfolio`, `snapshotRow`).
 */
import { auditWorkbook, snapshotRow, summaryRows, type AuditReport, type PortfolioPlan, type SnapshotRow } from '../../core/insights';
import { money, percent, ratio } from '../../core/insights';
import { placeRow } from '../../core/insights/table';
import { NO_HISTORY_MESSAGE } from '../../core/framework/resolve';
import type { ExcelHost } from '../builder/build-framework';
import { appendRow, insertSheet, readWorkbook, selectCell, type AppendCell, type FrameworkRead } from './workbook';

export interface InsightsOptions {
  /** Today as ISO `YYYY-MM-DD` (tests fix it); default: the local date. */
  readonly today?: () => string;
  readonly organisation?: string;
}

export interface SnapshotResult {
  readonly sheet: string;
  readonly row: number;
  readonly snapshot: SnapshotRow;
  readonly cells: readonly AppendCell[];
}

/** The local date as `YYYY-MM-DD`. */
export function localIsoDate(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * The snapshot's cells moved down to the first row at or below the core's choice where every one
 * of them is empty: a filled row is never written over.
 */
export function placeSnapshot(snapshot: SnapshotRow, grid: readonly (readonly unknown[])[]): { row: number; cells: AppendCell[] } {
  return placeRow(snapshot.cells.map((c) => ({ address: c.address, value: c.value })), grid);
}

/** The plan as rows for a sheet: what a reader needs without the pane. */
export function planRows(plan: PortfolioPlan): (string | number)[][] {
  const rows: (string | number)[][] = [
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
  return rows;
}

export { money, percent, ratio };

/** The reason a snapshot is refused when the framework has no History log of its own. */
export const NO_HISTORY = NO_HISTORY_MESSAGE;

/** The audit of what {@link readWorkbook} read, with the framework it found. */
function auditRead(read: FrameworkRead, today: string, organisation?: string): AuditReport {
  if (!read.framework.ok) return { ok: false, reason: read.framework.reason };
  return auditWorkbook(read.source, { today, organisation, framework: read.framework });
}

export class InsightsService {
  constructor(private readonly host: ExcelHost, private readonly options: InsightsOptions = {}) {}

  today(): string {
    return (this.options.today ?? localIsoDate)();
  }

  /** Whether the host gives a defined name's `formula` (ExcelApi 1.7); else its `value` is read. */
  private names17(): boolean {
    try {
      return this.host.isSetSupported('ExcelApi', '1.7');
    } catch {
      return false;
    }
  }

  /** Reads the framework sheets (2 syncs; 3 for a workbook without markers) and audits them. */
  audit(): Promise<AuditReport> {
    return this.host.run(async (context) => auditRead(await readWorkbook(context, this.names17()), this.today(), this.options.organisation));
  }

  select(sheet: string, cell: string): Promise<void> {
    return this.host.run((context) => selectCell(context, sheet, cell));
  }

  /**
   * Reads the workbook afresh, then appends today's figures to the first empty row of the framework's
   * own History log (found by its marker or its headers, never by name): 3 syncs. A framework without
   * one gets a reason; no other sheet is written to.
   */
  snapshot(note = ''): Promise<SnapshotResult | { readonly reason: string }> {
    return this.host.run(async (context) => {
      const read = await readWorkbook(context, this.names17());
      const report = auditRead(read, this.today());
      if (!report.ok) return { reason: report.reason };
      const historySheet = read.sheetNames.History;
      if (!historySheet) return { reason: NO_HISTORY };
      const snapshot = snapshotRow(report.model, this.today(), note);
      const { row, cells } = placeSnapshot(snapshot, read.source.values(historySheet));
      await appendRow(context, historySheet, cells);
      return { sheet: historySheet, row, snapshot, cells };
    });
  }

  insertSummary(report: Extract<AuditReport, { ok: true }>): Promise<string> {
    return this.host.run((context) => insertSheet(context, 'Summary', summaryRows(report.summary)));
  }

  insertPlan(plan: PortfolioPlan): Promise<string> {
    return this.host.run((context) => insertSheet(context, 'Plan summary', planRows(plan)));
  }
}
