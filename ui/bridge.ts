/**
 * What the pane asks of its host, the same for Excel (Office.js, excel-addin/taskpane/bridge.ts) and
 * Google Sheets (`google.script.run`, sheets-addon/sidebar/bridge.ts). Every answer is plain JSON
 * (core/insights/pane.ts), so the panels never see a host object. The panels reach the host only
 * through this interface; lint keeps Office and google out of ui/.
 */
import type { Dataset } from '../core/templates/types';
import type {
  AuditView, BuildSummary, DocumentNoun, NoFramework, PaneContext, PlanView, SelectView, SnapshotView, SummarySheetView,
} from '../core/insights/pane';
import type { SensitivityView } from '../core/insights/pane';
import type { SensitivitySubject } from '../core/insights/sensitivity';
import type { ImportTargets, ImportWrite, ImportWritten } from '../core/learning/import';

export type { ImportTargets, ImportWrite, ImportWritten };
export type {
  AuditView, BuildSummary, Dataset, DocumentNoun, NoFramework, PaneContext, PlanView, SelectView, SnapshotView, SummarySheetView,
};

export type { SensitivitySubject, SensitivityView };

export interface Progress {
  /** 0…1 */
  readonly fraction: number;
  readonly message: string;
}

export interface Bridge {
  /** What the host calls a file: "workbook" (Excel) or "spreadsheet" (Sheets). */
  readonly document: DocumentNoun;
  /** Sheet names and the custom functions, on opening. */
  context(): Promise<PaneContext>;
  /**
   * Builds the framework sheets with room for `capacity` initiatives (one of INITIATIVE_CAPACITIES, 200
   * when absent); a host that can report progress calls `onProgress`.
   */
  buildFramework(dataset: Dataset, onProgress: (progress: Progress) => void, capacity?: number): Promise<BuildSummary>;
  /** Findings and the executive summary. */
  audit(): Promise<AuditView | NoFramework>;
  /** Shows a finding's place: activates its sheet, selects its cell ('' = the whole sheet, A1). */
  selectCell(sheet: string, cell: string): Promise<SelectView>;
  /** The executive summary on a new sheet, never over an existing one. */
  insertSummarySheet(): Promise<SummarySheetView | NoFramework>;
  /** The portfolio plan for a budget on a new sheet (`Plan summary`, or the next free name), never over an existing one. */
  insertPlanSheet(budget: number): Promise<SummarySheetView | NoFramework>;
  /** The portfolio plan for a budget; nothing in the document changes. */
  planPortfolio(budget: number): Promise<PlanView | NoFramework>;
  /** Today's figures appended to the History log's first empty row. */
  appendSnapshot(note: string): Promise<SnapshotView | NoFramework>;
  /** Sensitivity: the ROI tornado and simulated range for the portfolio or one initiative; nothing in the document changes. */
  sensitivity(subject: SensitivitySubject): Promise<SensitivityView | NoFramework>;
  /** Import: the framework's initiatives, the mappings confirmed before, the record keys on Learning data and its first free row. */
  importTargets(): Promise<ImportTargets | NoFramework>;
  /** Import: appends the rows in chunks below every filled cell (never over one) and the new Mappings rows; progress after each chunk. */
  importLearning(write: ImportWrite, onProgress: (progress: Progress) => void): Promise<ImportWritten | NoFramework>;
}

/** The message of whatever a host rejects with (an Error, an object with a message, or text). */
export function failureMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null && typeof (error as { message?: unknown }).message === 'string') return (error as { message: string }).message;
  return String(error);
}
