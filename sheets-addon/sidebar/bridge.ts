/**
 * The pane's {@link Bridge} in Google Sheets: each operation is one server function called through
 * `google.script.run`, by the names declared once in ui/server-functions.ts. What comes back is plain
 * JSON (a Date or a function would make the call fail silently).
 */
import { importProgressText, learningChunks, type ImportWrite, type ImportWritten } from '../../core/learning/import';
import type { NoFramework } from '../../core/insights/pane';
import { INITIATIVE_CAPACITY } from '../../core/templates/layout';
import { failureMessage, type Bridge, type Progress } from '../../ui/bridge';
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

/**
 * Import through the server: the new Mappings rows first (so the choices are remembered even if a
 * chunk fails), then one `appendLearningRows` call per chunk of 5,000 rows (each well within Apps
 * Script's 6 minutes and google.script.run's payload), progress after each.
 */
export async function importInChunks(find: FindRunner, write: ImportWrite, onProgress: (progress: Progress) => void): Promise<ImportWritten | NoFramework> {
  let mappingsSheet: string | null = null;
  if (write.mappings.length > 0) {
    const mapped = await callServer(find, 'appendMappingRows', write.mappings.map((r) => [...r]));
    if (mapped.ok) mappingsSheet = mapped.sheet;
  }
  let sheet = '';
  let lastRow = write.startRow - 1;
  const total = write.rows.length;
  for (const chunk of learningChunks(write.startRow, write.rows)) {
    // After the first chunk, the sheet it wrote to: the server checks its header instead of finding the framework again.
    const written = await callServer(find, 'appendLearningRows', chunk.startRow, chunk.rows.map((r) => [...r]), sheet);
    if (!written.ok) return written;
    sheet = written.sheet;
    lastRow = written.lastRow;
    const done = lastRow - write.startRow + 1;
    onProgress({ fraction: done / total, message: `Writing: ${importProgressText(done, total)}.` });
  }
  return { ok: true, learningSheet: sheet, firstRow: write.startRow, lastRow, rows: total, mappingsSheet, mappings: mappingsSheet ? write.mappings.length : 0 };
}

export function sheetsBridge(find: FindRunner = pageRunner): Bridge {
  return {
    document: 'spreadsheet',
    context: () => callServer(find, 'sidebarContext'),
    // Apps Script reports no progress: the pane shows its own until the answer comes.
    buildFramework: (dataset, _onProgress, capacity = INITIATIVE_CAPACITY) => callServer(find, 'sidebarBuildFramework', dataset, capacity),
    audit: () => callServer(find, 'auditFramework'),
    selectCell: (sheet, cell) => callServer(find, 'selectCell', sheet, cell),
    insertSummarySheet: () => callServer(find, 'insertSummarySheet'),
    planPortfolio: (budget) => callServer(find, 'planPortfolio', budget),
    sensitivity: (subject) => callServer(find, 'sensitivity', subject),
    insertPlanSheet: (budget) => callServer(find, 'insertPlanSheet', budget),
    appendSnapshot: (note) => callServer(find, 'appendSnapshot', note),
    importTargets: () => callServer(find, 'learningTargets'),
    importLearning: (write, onProgress) => importInChunks(find, write, onProgress),
  };
}
