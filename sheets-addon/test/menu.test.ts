/**
 * The menu and the sidebar's server functions in the built Code.js: onOpen builds the add-on menu
 * touching nothing but the UI (it runs in AuthMode.NONE), onInstall does the same, the sidebar opens
 * from Sidebar.html, and Set up (menu or sidebar) builds the framework into the spreadsheet and
 * answers with plain JSON.
 */
import { existsSync } from 'fs';
import { join } from 'path';
import { buildWorkbookSpec, IMPACT_TABLE } from '../../core/templates';
import { buildFramework } from '../server/builder/build';
import { DIST, ensureSheetsBuild } from './ensure-built';
import { FakeSpreadsheetApp } from './fake-spreadsheet';
import { loadCodeJs, topLevelFunctions, type LoadedScript } from './gas-vm';

let script: LoadedScript;

beforeAll(() => {
  ensureSheetsBuild();
});

beforeEach(() => {
  script = loadCodeJs();
});

/** A SpreadsheetApp whose UI records what the script does; any other member is refused and logged. */
function uiHost(options: { alertAnswers?: string[]; spreadsheet?: FakeSpreadsheetApp } = {}) {
  const touched: string[] = [];
  const menus: { items: [string, string][]; added: boolean }[] = [];
  const alerts: { title: string; prompt?: string }[] = [];
  const sidebars: unknown[] = [];
  const answers = [...(options.alertAnswers ?? [])];
  const ui = {
    ButtonSet: { OK: 'OK', YES_NO_CANCEL: 'YES_NO_CANCEL' },
    Button: { YES: 'YES', NO: 'NO', CANCEL: 'CANCEL', OK: 'OK', CLOSE: 'CLOSE' },
    createAddonMenu() {
      const menu = { items: [] as [string, string][], added: false };
      menus.push(menu);
      const builder = {
        addItem(caption: string, fn: string) { menu.items.push([caption, fn]); return builder; },
        addSeparator() { return builder; },
        addToUi() { menu.added = true; },
      };
      return builder;
    },
    createMenu() { throw new Error('an add-on uses createAddonMenu(), not createMenu()'); },
    alert(title: string, prompt?: string) { alerts.push({ title, prompt }); return answers.shift() ?? 'OK'; },
    showSidebar(html: unknown) { sidebars.push(html); },
  };
  const fake = options.spreadsheet;
  const app = new Proxy({}, {
    get(_t, prop: string) {
      touched.push(prop);
      if (prop === 'getUi') return () => ui;
      if (fake && prop in fake) {
        const value = (fake as unknown as Record<string, unknown>)[prop];
        return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(fake) : value;
      }
      throw new Error(`SpreadsheetApp.${prop} is not available here`);
    },
  });
  return { app, touched, menus, alerts, sidebars };
}

describe('menu and sidebar server functions in Code.js', () => {
  test('onOpen in AuthMode.NONE adds the add-on menu and touches nothing but the UI', () => {
    const host = uiHost();
    script.install('SpreadsheetApp', host.app);
    script.fn('onOpen')({ authMode: 'NONE', source: {} });
    expect(host.touched).toEqual(['getUi']);
    expect(host.menus).toHaveLength(1);
    expect(host.menus[0].added).toBe(true);
    expect(host.menus[0].items).toEqual([
      ['Set up framework…', 'setUpFrameworkFromMenu'], ['Open sidebar', 'showSidebar'],
      ['Audit the framework', 'auditFrameworkFromMenu'], ['Insert summary sheet', 'insertSummaryFromMenu'],
    ]);
    const functions = topLevelFunctions(script.source);
    for (const [, fn] of host.menus[0].items) expect(functions.has(fn)).toBe(true);
  });

  test('onInstall adds the same menu', () => {
    const host = uiHost();
    script.install('SpreadsheetApp', host.app);
    script.fn('onInstall')({ authMode: 'FULL' });
    expect(host.menus.map((m) => m.items.map(([caption]) => caption))).toEqual([['Set up framework…', 'Open sidebar', 'Audit the framework', 'Insert summary sheet']]);
  });

  test('Open sidebar serves Sidebar.html from the project with a title', () => {
    const host = uiHost();
    const served: string[] = [];
    const output = { title: '', setTitle(t: string) { output.title = t; return output; } };
    script.install('SpreadsheetApp', host.app);
    script.install('HtmlService', { createHtmlOutputFromFile(name: string) { served.push(name); return output; } });
    script.fn('showSidebar')();
    expect(served).toEqual(['Sidebar']);
    expect(existsSync(join(DIST, `${served[0]}.html`))).toBe(true);
    expect(output.title).toBe('L&D Framework');
    expect(host.sidebars).toEqual([output]);
  });

  test('the sidebar builds through google.script.run and gets plain JSON back', () => {
    const sheets = new FakeSpreadsheetApp();
    sheets.spreadsheet.addSheet('Strategy');
    const host = uiHost({ spreadsheet: sheets });
    script.install('SpreadsheetApp', host.app);
    const report = script.fn('sidebarBuildFramework')('growthcorp') as Record<string, unknown>;
    // What google.script.run would deliver: the same after a JSON round trip, with no Date anywhere.
    const text = JSON.stringify(report);
    expect(JSON.parse(text)).toEqual(report);
    const visit = (v: unknown): void => {
      const kind = Object.prototype.toString.call(v);
      expect(['[object Object]', '[object Array]', '[object String]', '[object Number]', '[object Boolean]', '[object Null]']).toContain(kind);
      if (v && typeof v === 'object') Object.values(v).forEach(visit);
    };
    visit(report);
    expect(report.renamed).toEqual([{ from: 'Strategy', to: 'Strategy (2)' }]);
    expect(sheets.spreadsheet.sheets.map((s) => s.name)).toEqual(['Strategy', ...buildWorkbookSpec('growthcorp').sheets.map((s) => (s.name === 'Strategy' ? 'Strategy (2)' : s.name))]);
    expect(() => script.fn('sidebarBuildFramework')('<script>')).toThrow(/Choose the empty template or the GrowthCorp example/);
    // The capacity the sidebar sends is checked before anything is built (issue 10).
    const before = sheets.spreadsheet.sheets.length;
    expect(() => script.fn('sidebarBuildFramework')('empty', 500)).toThrow(/initiative capacity is one of 200 or 2000 rows, not 500/);
    expect(sheets.spreadsheet.sheets.length).toBe(before);

    const context = script.fn('sidebarContext')() as { sheetNames: string[]; functions: { name: string; syntax: string }[] };
    expect(context.sheetNames[0]).toBe('Strategy');
    expect(context.functions.find((f) => f.name === 'PARTICIPANT_COST')?.syntax).toBe('=PARTICIPANT_COST(participants, hours, hourly_rate, [benefits_loading])');
  });

  test.each([
    ['YES', 'growthcorp'],
    ['NO', 'empty'],
  ])('the menu\'s Set up framework… answered %s builds the %s framework and says what it did', (answer, dataset) => {
    const sheets = new FakeSpreadsheetApp();
    const host = uiHost({ alertAnswers: [answer], spreadsheet: sheets });
    script.install('SpreadsheetApp', host.app);
    script.fn('setUpFrameworkFromMenu')();
    expect(sheets.spreadsheet.sheets.map((s) => s.name)).toEqual(buildWorkbookSpec(dataset as 'empty').sheets.map((s) => s.name));
    const strategy = sheets.spreadsheet.sheet('Strategy');
    expect([...strategy.cells.values()].some((c) => c.value === 'Revenue growth')).toBe(dataset === 'growthcorp');
    expect(host.alerts).toHaveLength(2);
    // The menu builds the default capacity and says where the larger one is.
    expect(host.alerts[0].prompt).toContain('room for 200 initiatives; for up to 2,000, use Set up in the sidebar');
    const lastRow = Math.max(...[...sheets.spreadsheet.sheet('ROI').cells.entries()].filter(([, cell]) => cell.formula).map(([key]) => Number(key.split(',')[0]) + 1));
    expect(lastRow).toBe(buildWorkbookSpec(dataset as 'empty').sheets.find((s) => s.name === 'ROI')!.cells.length);
    expect(host.alerts[1].prompt).toMatch(new RegExp(`^Added ${buildWorkbookSpec('empty').sheets.length} sheets`));
  });

  test('Audit the framework says the counts and lists the first errors with their cells', () => {
    const sheets = new FakeSpreadsheetApp();
    buildFramework(sheets, { dataset: 'growthcorp', templates: { buildWorkbookSpec } });
    const address = `${IMPACT_TABLE.columns.confidence}${IMPACT_TABLE.firstDataRow}`;
    sheets.spreadsheet.sheet('Impact').range(address).setValues([[80]]);
    // Dates as Apps Script gives them: Dates of the script's own realm.
    sheets.spreadsheet.makeDate = (ms) => script.run<Date>(`new Date(${ms})`);
    const host = uiHost({ spreadsheet: sheets });
    script.install('SpreadsheetApp', host.app);
    script.install('Utilities', { formatDate: () => '2025-06-30' });
    script.fn('auditFrameworkFromMenu')();
    expect(host.alerts).toHaveLength(1);
    expect(host.alerts[0].title).toBe('Audit of the L&D framework');
    expect(host.alerts[0].prompt).toMatch(/^1 error, 0 warnings, 0 notes\.\n• .*\(Impact!/);
    expect(host.alerts[0].prompt).toContain(`(Impact!${address})`);
  });

  test('Insert summary sheet adds "Summary (2)" beside an existing Summary and says so; no framework, no sheet', () => {
    const sheets = new FakeSpreadsheetApp();
    sheets.spreadsheet.addSheet('Summary').range('A1').setValues([['Mine']]);
    buildFramework(sheets, { dataset: 'growthcorp', templates: { buildWorkbookSpec } });
    const host = uiHost({ spreadsheet: sheets });
    script.install('SpreadsheetApp', host.app);
    script.install('Utilities', { formatDate: () => '2025-06-30' });
    script.fn('insertSummaryFromMenu')();
    expect(host.alerts[0].prompt).toBe('Added the summary as a new sheet, “Summary (2)”. A sheet named Summary already exists and was not changed.');
    expect(sheets.spreadsheet.sheet('Summary').range('A1').getValues()).toEqual([['Mine']]);

    const empty = new FakeSpreadsheetApp();
    empty.spreadsheet.addSheet('Sheet1');
    const bare = uiHost({ spreadsheet: empty });
    script.install('SpreadsheetApp', bare.app);
    script.fn('insertSummaryFromMenu')();
    expect(bare.alerts[0].prompt).toMatch(/no L&D framework: build one with Set up/);
    expect(empty.spreadsheet.sheets.map((s) => s.name)).toEqual(['Sheet1']);
  });

  test('Set up framework… cancelled builds nothing', () => {
    const sheets = new FakeSpreadsheetApp();
    const host = uiHost({ alertAnswers: ['CANCEL'], spreadsheet: sheets });
    script.install('SpreadsheetApp', host.app);
    script.fn('setUpFrameworkFromMenu')();
    expect(sheets.spreadsheet.sheets).toEqual([]);
    expect(sheets.log.count).toBe(0);
  });
});
