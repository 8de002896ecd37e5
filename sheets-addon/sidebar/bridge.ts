/**
 * `google.script.run` as promises. The page only ever calls the server functions named here, and
 * what comes back is plain JSON (the server sends no Date or function: they fail silently).
 */
import type { BuildReport } from '../server/builder/build';
import type { SidebarContext } from '../server/menu';
import type { Dataset } from '../../core/templates/types';
import type {
  AuditResult, NoFramework, PlanResult, SelectResult, SnapshotResult, SummarySheetResult,
} from '../server/insights/service';

export type { BuildReport, SidebarContext, Dataset, AuditResult, NoFramework, PlanResult, SelectResult, SnapshotResult, SummarySheetResult };

interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
  [serverFunction: string]: unknown;
}

export interface Server {
  sidebarContext(): Promise<SidebarContext>;
  sidebarBuildFramework(dataset: Dataset): Promise<BuildReport>;
  auditFramework(): Promise<AuditResult | NoFramework>;
  selectCell(sheet: string, cell: string): Promise<SelectResult>;
  insertSummarySheet(): Promise<SummarySheetResult | NoFramework>;
  planPortfolio(budget: number): Promise<PlanResult | NoFramework>;
  appendSnapshot(note: string): Promise<SnapshotResult | NoFramework>;
}

/** The message of whatever a failure handler receives (an Error, or text). */
export function failureMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string') return (error as { message: string }).message;
  return String(error);
}

function runner(): ScriptRunner | undefined {
  const g = (window as unknown as { google?: { script?: { run?: ScriptRunner } } }).google;
  return g?.script?.run;
}

function call<T>(name: string, ...args: unknown[]): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const run = runner();
    if (!run) {
      reject(new Error('This sidebar needs Google Sheets: open it from Extensions › L&D Framework › Open sidebar.'));
      return;
    }
    const target = run.withSuccessHandler((value) => resolve(value as T)).withFailureHandler((error) => reject(new Error(failureMessage(error))));
    const fn = target[name];
    if (typeof fn !== 'function') {
      reject(new Error(`The add-on has no server function ${name}.`));
      return;
    }
    (fn as (...a: unknown[]) => void).apply(target, args);
  });
}

export const server: Server = {
  sidebarContext: () => call<SidebarContext>('sidebarContext'),
  sidebarBuildFramework: (dataset) => call<BuildReport>('sidebarBuildFramework', dataset),
  auditFramework: () => call<AuditResult | NoFramework>('auditFramework'),
  selectCell: (sheet, cell) => call<SelectResult>('selectCell', sheet, cell),
  insertSummarySheet: () => call<SummarySheetResult | NoFramework>('insertSummarySheet'),
  planPortfolio: (budget) => call<PlanResult | NoFramework>('planPortfolio', budget),
  appendSnapshot: (note) => call<SnapshotResult | NoFramework>('appendSnapshot', note),
};
