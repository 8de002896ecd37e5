/**
 * What the insights panels ask of Excel, each as one `Excel.run`: audit the open workbook, select a
 * finding's cell, append a snapshot to the framework's History log, insert the summary or the plan as
 * a new sheet. What to write and where is the core's (core/insights/service.ts); this file reads and
 * replays it in a constant number of syncs.
 */
import type { NoFramework, PlanView, SelectView, SummarySheetView } from '../../core/insights/pane';
import {
  auditRead, budgetArgument, cellArgument, localIsoDate, noteArgument, planSheet, planView, snapshotWrite, summarySheet,
  type Audited, type AuditOk, type SnapshotWrite,
} from '../../core/insights/service';
import { sensitivityView, subjectArgument } from '../../core/insights/service';
import type { SensitivityView } from '../../core/insights/pane';
import type { SensitivitySubject } from '../../core/insights/sensitivity';
import type { ExcelHost } from '../builder/build-framework';
import { insertSheet, readWorkbook, selectCell, writeCells, type WorkbookRead } from './workbook';

export interface InsightsOptions {
  /** Today as ISO `YYYY-MM-DD` (tests fix it); default: the local date. */
  readonly today?: () => string;
  readonly organisation?: string;
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

  /** One `Excel.run`: reads the framework (3 syncs at 200 initiatives; +1 without markers; see readWorkbook), audits it, then `then`. */
  private withAudit<T>(then: (audited: Extract<Audited<WorkbookRead>, { ok: true }>, context: Excel.RequestContext) => Promise<T> | T): Promise<T | NoFramework> {
    return this.host.run(async (context) => {
      const audited = auditRead(await readWorkbook(context, this.names17()), this.today(), this.options.organisation);
      return audited.ok ? then(audited, context) : audited;
    });
  }

  /** The audit with the model (the bridge sends the pane its {@link auditView}). */
  audit(): Promise<AuditOk | NoFramework> {
    return this.withAudit(({ report }) => report);
  }

  select(sheet: string, cell: string): Promise<SelectView> {
    const place = cellArgument(sheet, cell);
    return this.host.run(async (context) => {
      await selectCell(context, place.sheet, place.cell);
      return place;
    });
  }

  planPortfolio(budget: number): Promise<PlanView | NoFramework> {
    const amount = budgetArgument(budget);
    return this.withAudit(({ report }) => planView(report, this.today(), amount));
  }

  /** Sensitivity: the core's tornado and simulation for the portfolio or one initiative; nothing is written. */
  sensitivity(subject: SensitivitySubject): Promise<SensitivityView | NoFramework> {
    const checked = subjectArgument(subject);
    return this.withAudit(({ report }) => sensitivityView(report, this.today(), checked));
  }

  /** Today's figures on the first empty row of the framework's own History log (4 syncs); no other sheet is written to. */
  snapshot(note: string = ''): Promise<SnapshotWrite | NoFramework> {
    const text = noteArgument(note);
    return this.withAudit(async (audited, context) => {
      const write = snapshotWrite(audited, this.today(), text);
      if (!write.ok) return write;
      await writeCells(context, write.sheet, write.cells, write.dateFormat);
      return write;
    });
  }

  insertSummary(): Promise<SummarySheetView | NoFramework> {
    return this.withAudit(async ({ read, report }, context) => ({ ok: true, sheet: await insertSheet(context, summarySheet(read.names, report, this.today())) }));
  }

  insertPlan(budget: number): Promise<SummarySheetView | NoFramework> {
    const amount = budgetArgument(budget);
    return this.withAudit(async ({ read, report }, context) => ({ ok: true, sheet: await insertSheet(context, planSheet(read.names, planView(report, this.today(), amount).plan)) }));
  }
}
