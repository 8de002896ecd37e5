/**
 * The Apps Script server functions, declared once. Code.js exposes each as a global function
 * (scripts/sheets-entry.ts writes the stubs, sheets-addon/server/main.ts must implement exactly
 * these), the add-on menu names them (sheets-addon/server/menu.ts) and the sidebar calls them through
 * `google.script.run` (sheets-addon/sidebar/bridge.ts). A name spelt wrong anywhere fails to compile.
 */
import type { Dataset } from '../core/templates/types';
import type {
  AuditView, BuildSummary, NoFramework, PaneContext, PlanView, SelectView, SnapshotView, SummarySheetView,
} from '../core/insights/pane';
import type { SensitivityView } from '../core/insights/pane';
import type { SensitivitySubject } from '../core/insights/sensitivity';
import type { ImportTargets, RowsWritten } from '../core/learning/import';

/** Each server function with its parameters (none: Apps Script passes an event object `e`) and what it does. */
export const SERVER_FUNCTIONS = {
  onOpen: { doc: 'Adds the L&D Framework add-on menu. Runs in AuthMode.NONE: it only builds the menu.' },
  onInstall: { doc: 'Runs when the add-on is installed: adds the menu at once.' },
  showSidebar: { doc: 'Menu: Open sidebar.' },
  setUpFrameworkFromMenu: { doc: 'Menu: Set up framework… (asks which data, builds, reports).' },
  auditFrameworkFromMenu: { doc: 'Menu: Audit the framework (counts and the first errors in a dialog).' },
  insertSummaryFromMenu: { doc: 'Menu: Insert summary sheet (the executive summary on a new sheet).' },
  sidebarBuildFramework: { params: ['dataset', 'capacity'], doc: 'Sidebar: builds the framework sheets (room for capacity initiatives: 200 or 2000) and returns a JSON-safe report.' },
  sidebarContext: { params: [], doc: 'Sidebar: what the sidebar shows on opening (sheet names, functions), JSON-safe.' },
  auditFramework: { params: [], doc: 'Sidebar: audits the framework sheets; findings and the executive summary, JSON-safe.' },
  selectCell: { params: ['sheet', 'cell'], doc: 'Sidebar: selects a finding\'s cell (activates its sheet).' },
  insertSummarySheet: { params: [], doc: 'Sidebar: writes the executive summary to a new sheet (never over an existing one).' },
  planPortfolio: { params: ['budget'], doc: 'Sidebar: the portfolio plan for a budget (a number of 0 or more), JSON-safe.' },
  insertPlanSheet: { params: ['budget'], doc: 'Sidebar: writes the portfolio plan for a budget to a new sheet (never over an existing one).' },
  appendSnapshot: { params: ['note'], doc: 'Sidebar: appends today\'s figures to the History log\'s first empty row.' },
  sensitivity: { params: ['subject'], doc: 'Sidebar › Sensitivity: the ROI tornado and simulated P10–P90 for \'portfolio\' or an initiative\'s index, JSON-safe; writes nothing.' },
  learningTargets: { params: [], doc: 'Sidebar › Import: the initiatives, the confirmed mappings, the record keys on Learning data and its first free row, JSON-safe.' },
  appendLearningRows: { params: ['startRow', 'rows', 'sheet'], doc: 'Sidebar › Import: writes up to 5,000 Learning data rows from startRow, only where every cell is empty (sheet: the one the first chunk wrote to, or empty).' },
  appendMappingRows: { params: ['rows'], doc: 'Sidebar › Import: appends confirmed mappings below the Mappings table\'s last row.' },
} as const satisfies Record<string, { readonly params?: readonly string[]; readonly doc: string }>;

export type ServerFunctionName = keyof typeof SERVER_FUNCTIONS;

/** The server functions the sidebar calls, with the JSON each takes and answers. */
export interface SidebarFunctions {
  sidebarContext(): PaneContext;
  sidebarBuildFramework(dataset: Dataset, capacity: number): BuildSummary;
  auditFramework(): AuditView | NoFramework;
  selectCell(sheet: string, cell: string): SelectView;
  insertSummarySheet(): SummarySheetView | NoFramework;
  planPortfolio(budget: number): PlanView | NoFramework;
  insertPlanSheet(budget: number): SummarySheetView | NoFramework;
  appendSnapshot(note: string): SnapshotView | NoFramework;
  sensitivity(subject: SensitivitySubject): SensitivityView | NoFramework;
  learningTargets(): ImportTargets | NoFramework;
  appendLearningRows(startRow: number, rows: (string | number)[][], sheet: string): RowsWritten | NoFramework;
  appendMappingRows(rows: (string | number)[][]): RowsWritten | NoFramework;
}

/** What the menu and the triggers call (Apps Script passes them an event object, or nothing). */
export type MenuFunctionName = Exclude<ServerFunctionName, keyof SidebarFunctions>;

/** The implementations Code.js exposes: every declared name, nothing else, with the sidebar's types. */
export type ServerImplementation = SidebarFunctions & Record<MenuFunctionName, (e?: unknown) => void>;

type Holds<T extends true> = T;
/** Compile-time check: every function the sidebar calls is declared in SERVER_FUNCTIONS. */
export type SidebarNamesAreDeclared = Holds<keyof SidebarFunctions extends ServerFunctionName ? true : false>;
