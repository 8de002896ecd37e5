/**
 * The shared pane (ui/) opened in headless Chromium as each host ships it, over the host's own
 * bridge and the project's fakes, so one panel suite (panels.test.ts) and the screenshots
 * (scripts/screenshots.ts) run against both:
 *   Excel   dist/excel/taskpane.html, Office.js replaced by the stub over the recording fake workbook
 *           (excel-addin/test/office-stub.ts): the real builder and insights service run in the page.
 *   Sheets  dist/sheets/Sidebar.html, `google.script.run` stubbed to call the built Code.js, loaded
 *           as Apps Script loads it (sheets-addon/test/gas-vm.ts) over the fake spreadsheet: the real
 *           server functions run in Node, and only what survives JSON reaches the page.
 * The page's clock is fixed (Excel's "today" comes from the browser, Sheets' from Utilities.formatDate).
 */
import { join } from 'path';
import type { Browser, Page } from 'playwright-core';
import { buildWorkbookSpec, columnLetter, columnNumber } from '../../core/templates';
import { specValues } from '../../core/insights';
import { DIST as EXCEL_DIST, ensureExcelBuild } from '../../excel-addin/test/ensure-built';
import { officeStubScript, type StubConfig } from '../../excel-addin/test/office-stub';
import { evaluateSpec } from '../../core/templates/testing/engine';
import { DIST as SHEETS_DIST, ensureSheetsBuild } from '../../sheets-addon/test/ensure-built';
import { FakeRange, FakeSpreadsheetApp } from '../../sheets-addon/test/fake-spreadsheet';
import { loadCodeJs } from '../../sheets-addon/test/gas-vm';

export const HOSTILE = '<img src=x onerror=alert(1)>';
/** The date both hosts audit and snapshot on: a quarter's end, three months after the example's last snapshot. */
export const TODAY = '2025-09-30';

export interface SheetInit {
  readonly name: string;
  /** Values by A1 address. */
  readonly cells?: Readonly<Record<string, unknown>>;
}

export interface Scenario {
  /** The document as the user has it before the pane opens. */
  readonly sheets?: readonly SheetInit[];
  /** What a formula cell shows after Set up, by `Sheet!A1` (the fakes compute nothing). */
  readonly texts?: Readonly<Record<string, string>>;
  /** Excel only: the highest ExcelApi version the host supports. */
  readonly maxExcelApi?: string;
  readonly width?: number;
  readonly height?: number;
}

export interface OpenedPane {
  readonly page: Page;
  readonly dialogs: string[];
  readonly errors: string[];
  readonly requests: string[];
  sheetNames(): Promise<string[]>;
  /** A sheet's cells by A1: values, and formulas as `=…`. */
  cells(sheet: string): Promise<Record<string, unknown>>;
  /** The cell last selected, `Sheet!A1`. */
  selection(): Promise<string | undefined>;
  /** How many writes the host has made since the pane opened (selecting is not writing). */
  writes(): Promise<number>;
  /** The host's next operation fails with `message`. */
  failNext(message: string): Promise<void>;
  /** From now on the host takes `ms` longer to answer, so progress can be seen. */
  slow(ms: number): Promise<void>;
  close(): Promise<void>;
}

export interface PaneHost {
  readonly name: 'Excel' | 'Sheets';
  readonly document: 'workbook' | 'spreadsheet';
  /** `LD.` in Excel. */
  readonly namespace: string;
  /** Builds the host's bundle when it is stale. */
  prepare(): void;
  open(browser: Browser, scenario?: Scenario): Promise<OpenedPane>;
}

/** The GrowthCorp example as a document holds it before recalculation, with `edits` by `Sheet!A1` ('' clears). */
export function growthcorpSheets(edits: Readonly<Record<string, unknown>> = {}, extra: readonly SheetInit[] = []): SheetInit[] {
  const values = specValues(buildWorkbookSpec('growthcorp'));
  const sheets = Object.entries(values).map(([name, grid]) => {
    const cells: Record<string, unknown> = {};
    grid.forEach((row, r) => row.forEach((value, c) => {
      if (value !== null && value !== '') cells[`${columnLetter(c + 1)}${r + 1}`] = value;
    }));
    for (const [at, value] of Object.entries(edits)) {
      const [sheet, address] = at.split('!');
      if (sheet !== name) continue;
      if (value === '') delete cells[address];
      else cells[address] = value;
    }
    return { name, cells };
  });
  return [...extra, ...sheets];
}

/** What a spreadsheet would show on the new Dashboard: the GrowthCorp spec recalculated by HyperFormula. */
export function growthcorpDashboardTexts(): Record<string, string> {
  const spec = buildWorkbookSpec('growthcorp');
  const engine = evaluateSpec(spec);
  const texts: Record<string, string> = {};
  const dashboard = spec.sheets.find((s) => (s.canonicalName ?? s.name) === 'Dashboard')!;
  const cells = spec.names.map((n) => n.ref.replace(/^.*!/, '').replace(/\$/g, '')).filter((a) => /^[A-Z]+\d+$/.test(a));
  dashboard.cells.forEach((row, r) => row.forEach((cell, c) => { if (cell?.style === 'summary') cells.push(`${columnLetter(c + 1)}${r + 1}`); }));
  for (const cell of cells) texts[`${dashboard.name}!${cell}`] = engine.text(dashboard.name, cell);
  engine.destroy();
  return texts;
}

async function newPage(browser: Browser, scenario: Scenario, width: number): Promise<Omit<OpenedPane, 'sheetNames' | 'cells' | 'selection' | 'writes' | 'failNext' | 'slow' | 'close'>> {
  const page = await browser.newPage({ viewport: { width: scenario.width ?? width, height: scenario.height ?? 900 } });
  await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00`));
  const dialogs: string[] = [];
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, dialogs, errors, requests };
}

/** The pane is up once the host's context (sheet names, functions) has arrived. */
async function ready(page: Page): Promise<void> {
  await page.waitForSelector('#functions-list dl', { state: 'attached' });
}

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

type BookInPage = {
  syncs: number; writes: { sheet: string; op: string; address?: string }[]; sheets: { name: string }[];
  cellsOf(n: string): Record<string, unknown>; fail(m: string): void;
};

export const EXCEL: PaneHost = {
  name: 'Excel',
  document: 'workbook',
  namespace: 'LD.',
  prepare: ensureExcelBuild,
  async open(browser, scenario = {}) {
    const opened = await newPage(browser, scenario, 320);
    const { page, requests } = opened;
    const stub = officeStubScript();
    await page.route('**/*', (route) => {
      const url = route.request().url();
      requests.push(url);
      if (url === OFFICE_JS) return route.fulfill({ status: 200, contentType: 'application/javascript', body: stub });
      if (url.startsWith(`file://${EXCEL_DIST}/`)) return route.continue();
      return route.abort();
    });
    const config: StubConfig = { workbook: { sheets: scenario.sheets ?? [] }, texts: scenario.texts, maxExcelApi: scenario.maxExcelApi };
    await page.addInitScript((c) => { (window as unknown as { __stubConfig: unknown }).__stubConfig = c; }, config);
    await page.goto(`file://${join(EXCEL_DIST, 'taskpane.html')}`);
    await ready(page);
    const book = <T>(fn: (b: BookInPage, arg: string) => T, arg = '') =>
      page.evaluate(([source, a]) => new Function('b', 'a', `return (${source})(b, a)`)((window as unknown as { __book: unknown }).__book, a), [fn.toString(), arg] as const) as Promise<T>;
    const opening = await book((b) => b.writes.filter((w) => w.op !== 'activate' && w.op !== 'select').length);
    return {
      ...opened,
      sheetNames: () => book((b) => b.sheets.map((s) => s.name)),
      cells: (sheet) => book((b, name) => b.cellsOf(name), sheet),
      selection: () => book((b) => {
        const last = b.writes.filter((w) => w.op === 'select').pop();
        return last ? `${last.sheet}!${last.address}` : undefined;
      }),
      writes: async () => (await book((b) => b.writes.filter((w) => w.op !== 'activate' && w.op !== 'select').length)) - opening,
      failNext: (message) => book((b, m) => b.fail(m), message),
      slow: (ms) => page.evaluate((delay) => {
        const excel = (window as unknown as { Excel: { run(batch: unknown): Promise<unknown> } }).Excel;
        const run = excel.run.bind(excel);
        excel.run = (batch) => new Promise((resolve) => setTimeout(resolve, delay)).then(() => run(batch));
      }, ms),
      close: () => page.close(),
    };
  },
};

/** What the fake spreadsheet shows for a formula cell, set per opened sidebar (the fake computes nothing). */
let shownTexts: Readonly<Record<string, string>> = {};
const fakeDisplayValue = FakeRange.prototype.getDisplayValue;
FakeRange.prototype.getDisplayValue = function displayValue(this: FakeRange): string {
  const shown = shownTexts[`${this.sheet.name}!${columnLetter(this.c0 + 1)}${this.r0 + 1}`];
  return shown ?? fakeDisplayValue.call(this);
};

/** Nothing but what JSON carries unchanged (google.script.run drops a call that returns a Date). */
function plainJson(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(plainJson);
  if (typeof value === 'object' && Object.getPrototypeOf(value)?.constructor?.name === 'Object') return Object.values(value as object).every(plainJson);
  return false;
}

/**
 * google.script.run as Apps Script gives it: chainable handlers, then any server function by name,
 * answered by `window.__gas` (exposed by the test). Plain JavaScript text, so no compiler helper
 * (tsx adds `__name`) ends up in the page.
 */
const SCRIPT_RUN = `(() => {
  const runner = (success, failure) => new Proxy({}, {
    get(_target, name) {
      if (name === 'withSuccessHandler') return (fn) => runner(fn, failure);
      if (name === 'withFailureHandler') return (fn) => runner(success, fn);
      return (...args) => {
        window.__gas(name, JSON.parse(JSON.stringify(args))).then((text) => {
          const answer = JSON.parse(text);
          if (answer.failure !== undefined) { if (failure) failure({ name: 'ScriptError', message: answer.failure }); }
          else if (success) success(answer.value);
        });
      };
    },
  });
  window.google = { script: { run: runner() } };
})();`;

export const SHEETS: PaneHost = {
  name: 'Sheets',
  document: 'spreadsheet',
  namespace: '',
  prepare: ensureSheetsBuild,
  async open(browser, scenario = {}) {
    const opened = await newPage(browser, scenario, 300);
    const { page, requests } = opened;
    const app = new FakeSpreadsheetApp();
    for (const init of scenario.sheets ?? []) {
      const sheet = app.spreadsheet.addSheet(init.name);
      // A new sheet's grid is 1000 × 26 in Sheets; widen it to hold the scenario's cells.
      for (const address of Object.keys(init.cells ?? {})) {
        const [, letters, row] = /^([A-Z]+)(\d+)$/.exec(address)!;
        sheet.maxColumns = Math.max(sheet.maxColumns, columnNumber(letters));
        sheet.maxRows = Math.max(sheet.maxRows, Number(row));
      }
      for (const [address, value] of Object.entries(init.cells ?? {})) sheet.range(address).setValues([[value]]);
    }
    const script = loadCodeJs(join(SHEETS_DIST, 'Code.js'));
    app.spreadsheet.makeDate = (ms) => script.run<Date>(`new Date(${ms})`);
    script.install('SpreadsheetApp', app);
    script.install('Utilities', { formatDate: () => TODAY });
    app.log.calls.length = 0;
    let failure: string | undefined;
    let delay = 0;
    await page.exposeFunction('__gas', async (name: string, args: unknown[]) => {
      if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
      shownTexts = scenario.texts ?? {};
      if (failure !== undefined) {
        const message = failure;
        failure = undefined;
        return JSON.stringify({ failure: message });
      }
      try {
        const value = script.fn(name)(...args);
        if (!plainJson(value ?? null)) return JSON.stringify({ failure: `${name} answered with something JSON cannot carry` });
        return JSON.stringify({ value: value ?? null });
      } catch (e) {
        return JSON.stringify({ failure: e instanceof Error ? e.message : String(e) });
      }
    });
    await page.route('**/*', (route) => {
      const url = route.request().url();
      requests.push(url);
      if (url.startsWith(`file://${SHEETS_DIST}/`)) return route.continue();
      return route.abort();
    });
    await page.addInitScript({ content: SCRIPT_RUN });
    await page.goto(`file://${join(SHEETS_DIST, 'Sidebar.html')}`);
    await ready(page);
    const isWrite = (call: string) => !/\.(get\w*|activate|flush)$/.test(call) && !/Builder\./.test(call);
    return {
      ...opened,
      sheetNames: async () => app.spreadsheet.sheets.map((s) => s.name),
      async cells(name) {
        const sheet = app.spreadsheet.sheets.find((s) => s.name === name);
        const out: Record<string, unknown> = {};
        for (const [key, cell] of sheet?.cells ?? []) {
          const [r, c] = key.split(',').map(Number);
          const content = cell.formula ?? cell.value;
          if (content !== undefined) out[`${columnLetter(c + 1)}${r + 1}`] = content;
        }
        return out;
      },
      selection: async () => {
        const active = app.spreadsheet.active;
        if (!active) return undefined;
        const [from, to] = active.range.split(':');
        return `${active.sheet}!${to === undefined || to === from ? from : active.range}`;
      },
      writes: async () => app.log.calls.filter(isWrite).length,
      failNext: async (message) => { failure = message; },
      slow: async (ms) => { delay = ms; },
      close: () => page.close(),
    };
  },
};

export const HOSTS: readonly PaneHost[] = [EXCEL, SHEETS];
