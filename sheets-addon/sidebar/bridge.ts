/**
 * The pane's {@link Bridge} in Google Sheets: each operation is one server function called through
 * `google.script.run`, by the names declared once in ui/server-functions.ts. What comes back is plain
 * JSON (a Date or a function would make the call fail silently).
 */
import { failureMessage, type Bridge } from '../../ui/bridge';
import type { SidebarFunctions } from '../../ui/server-functions';

type Name = keyof SidebarFunctions;

interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: unknown) => void): ScriptRunner;
}

/** `google.script.run`, or undefined outside Google Sheets. */
export type FindRunner = () => ScriptRunner | undefined;

const pageRunner: FindRunner = () => (window as unknown as { google?: { script?: { run?: ScriptRunner } } }).google?.script?.run;

/** Calls server function `name` with `args`; resolves with its answer, rejects with its failure's message. */
export function callServer<K extends Name>(find: FindRunner, name: K, ...args: Parameters<SidebarFunctions[K]>): Promise<ReturnType<SidebarFunctions[K]>> {
  return new Promise((resolve, reject) => {
    const run = find();
    if (!run) {
      reject(new Error('This sidebar needs Google Sheets: open it from Extensions › L&D Framework › Open sidebar.'));
      return;
    }
    const target = run
      .withSuccessHandler((value) => resolve(value as ReturnType<SidebarFunctions[K]>))
      .withFailureHandler((error) => reject(new Error(failureMessage(error)))) as unknown as Record<string, unknown>;
    const fn = target[name];
    if (typeof fn !== 'function') {
      reject(new Error(`The add-on has no server function ${name}.`));
      return;
    }
    (fn as (...a: unknown[]) => void).apply(target, args);
  });
}

export function sheetsBridge(find: FindRunner = pageRunner): Bridge {
  return {
    document: 'spreadsheet',
    context: () => callServer(find, 'sidebarContext'),
    // Apps Script reports no progress: the pane shows its own until the answer comes.
    buildFramework: (dataset) => callServer(find, 'sidebarBuildFramework', dataset),
    audit: () => callServer(find, 'auditFramework'),
    selectCell: (sheet, cell) => callServer(find, 'selectCell', sheet, cell),
    insertSummarySheet: () => callServer(find, 'insertSummarySheet'),
    planPortfolio: (budget) => callServer(find, 'planPortfolio', budget),
    insertPlanSheet: (budget) => callServer(find, 'insertPlanSheet', budget),
    appendSnapshot: (note) => callServer(find, 'appendSnapshot', note),
  };
}
