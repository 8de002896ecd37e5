/**
 * The insights server functions in the built Code.js, loaded as Apps Script loads it, over an
 * in-memory spreadsheet that the builder filled with the GrowthCorp example: the audit finds no
 * errors; planted faults give their finding at the right cell (also when the framework's sheets were
 * renamed "Strategy (2)"); every answer survives JSON unchanged (what google.script.run carries);
 * a finding's cell is selected; a snapshot goes to History's first empty row and changes nothing
 * else; the summary goes to a new sheet, never over "Summary"; the budget is checked; reads are one
 * getValues per sheet whatever the rows; a spreadsheet with no framework gets a clear reason.
 */
import { buildWorkbookSpec, HISTORY_TABLE, IMPACT_TABLE, ROI_TABLE } from '../../core/templates';
import { GROWTHCORP } from '../../core/templates';
import type { SensitivityView } from '../../core/insights/pane';
import type { WorkbookSpec } from '../../core/templates/types';
import { buildFramework, type Templates } from '../server/builder/build';
import { adjacentRuns } from '../../core/insights/service';
import { type AuditResult, type PlanResult, type SnapshotResult, type SummarySheetResult } from '../server/insights/service';
import { NO_FRAMEWORK_MESSAGE } from '../../core/framework/resolve';
import { sheetsMarkers } from '../../test/identity/markers';
import { todayIn } from '../server/insights/server';
import { ensureSheetsBuild } from './ensure-built';
import { FakeSpreadsheetApp, type FakeSheet } from './fake-spreadsheet';
import { loadCodeJs, topLevelFunctions, type LoadedScript } from './gas-vm';
import { templateWithInitiatives } from '../../test/support/synthetic';

const TODAY = '2025-06-30';
const REAL: Templates = { buildWorkbookSpec };
const HOSTILE = '<img src=x onerror=alert(1)>';

let script: LoadedScript;

beforeAll(() => {
  ensureSheetsBuild();
});

beforeEach(() => {
  script = loadCodeJs();
});

interface Installed {
  readonly app: FakeSpreadsheetApp;
  /** The zones and formats `Utilities.formatDate` was asked for. */
  readonly formatted: { zone: string; format: string; isScriptDate: boolean }[];
}

/** A spreadsheet with the framework built into it (next to `existing` sheets), installed as the script's services. */
function spreadsheetWith(options: { existing?: string[]; templates?: Templates; dataset?: 'growthcorp' | 'empty'; today?: string } = {}): Installed {
  const app = new FakeSpreadsheetApp();
  for (const name of options.existing ?? []) app.spreadsheet.addSheet(name).range('A1:B2').setValues([['Our own', 1], ['data', 2]]);
  const built = buildFramework(app, { dataset: options.dataset ?? 'growthcorp', templates: options.templates ?? REAL });
  expect(sheetsMarkers(app, built.sheets)).toBe(1);
  return install(app, options.today ?? TODAY);
}

function install(app: FakeSpreadsheetApp, today = TODAY): Installed {
  // Dates come back from getValues() as Dates of the script's own realm, as in Apps Script.
  app.spreadsheet.makeDate = (ms) => script.run<Date>(`new Date(${ms})`);
  const formatted: Installed['formatted'] = [];
  const scriptDate = script.run<DateConstructor>('Date');
  script.install('SpreadsheetApp', app);
  script.install('Utilities', {
    formatDate(date: unknown, zone: string, format: string) {
      formatted.push({ zone, format, isScriptDate: date instanceof scriptDate });
      return today;
    },
  });
  app.log.calls.length = 0;
  return { app, formatted };
}

const call = <T>(name: string, ...args: unknown[]): T => script.fn(name)(...args) as T;

/** Nothing but objects, arrays, strings, finite numbers, booleans and null: what JSON carries unchanged. */
function expectPlainJson(value: unknown, path = 'result'): void {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${path} is ${value}, which JSON turns into null`);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => expectPlainJson(v, `${path}[${i}]`));
    return;
  }
  // Objects made in the script's realm have that realm's Object.prototype: check the tag instead.
  if (typeof value === 'object' && Object.prototype.toString.call(value) === '[object Object]' && !(value instanceof Date)) {
    const proto = Object.getPrototypeOf(value);
    if (proto !== null && Object.getPrototypeOf(proto) !== null) throw new Error(`${path} is an instance of a class`);
    for (const [k, v] of Object.entries(value as object)) {
      if (v === undefined) throw new Error(`${path}.${k} is undefined (dropped by JSON)`);
      expectPlainJson(v, `${path}.${k}`);
    }
    return;
  }
  throw new Error(`${path} is not plain JSON: ${Object.prototype.toString.call(value)}`);
}

/** What google.script.run delivers: the value after JSON, which must equal what the server returned. */
function expectSurvivesJson(value: unknown): void {
  expectPlainJson(value);
  expect(JSON.parse(JSON.stringify(value))).toEqual(JSON.parse(JSON.stringify(value)));
  // toEqual ignores undefined properties and prototypes; compare the text of a second round trip too.
  const text = JSON.stringify(value);
  expect(JSON.stringify(JSON.parse(text))).toBe(text);
  expect(JSON.parse(text)).toEqual(value);
}

/** Every sheet's full state, by name, for before/after comparisons. */
function state(app: FakeSpreadsheetApp): Record<string, unknown> {
  return Object.fromEntries(app.spreadsheet.sheets.map((s) => [s.name, s.snapshot()]));
}

/** Writes a cell without logging a call (a person typing before the add-on runs). */
function type(sheet: FakeSheet, address: string, value: string | number): void {
  sheet.range(address).setValues([[value]]);
}

const READS = new Set([
  'SpreadsheetApp.getActiveSpreadsheet', 'Spreadsheet.getSheets', 'Sheet.getName', 'Sheet.getDataRange', 'Range.getValues', 'Spreadsheet.getSpreadsheetTimeZone',
  // The framework's markers: named ranges, each with its sheet and A1 notation.
  'Spreadsheet.getNamedRanges', 'NamedRange.getName', 'NamedRange.getRange', 'Range.getSheet', 'Range.getA1Notation',
]);

describe('the insights server functions in Code.js', () => {
  test('they are top-level functions with the parameters the sidebar passes, and loading touches no service', () => {
    expect(script.touchedAtLoad).toEqual([]);
    const functions = topLevelFunctions(script.source);
    expect(functions.get('auditFramework')?.params).toEqual([]);
    expect(functions.get('selectCell')?.params).toEqual(['sheet', 'cell']);
    expect(functions.get('insertSummarySheet')?.params).toEqual([]);
    expect(functions.get('planPortfolio')?.params).toEqual(['budget']);
    expect(functions.get('appendSnapshot')?.params).toEqual(['note']);
  });

  test('GrowthCorp audits with no errors, reading only, one getValues per framework sheet', () => {
    const { app, formatted } = spreadsheetWith();
    const before = state(app);
    const result = call<AuditResult>('auditFramework');
    expect(result.ok).toBe(true);
    expect(result.counts.error).toBe(0);
    expect(result.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(result.today).toBe(TODAY);
    // Every framework sheet, found by its marker (the template's other sheets too).
    expect(result.framework).toEqual(expect.objectContaining({
      Guide: 'Guide', Strategy: 'Strategy', Alignment: 'Alignment', Impact: 'Impact', ROI: 'ROI', Plan: 'Plan', Partners: 'Partners', Dashboard: 'Dashboard', History: 'History log',
    }));
    // The case study's figures, in the summary.
    expect(result.summary.text).toContain('$1,660,000');
    expect(result.summary.text).toContain('3.5x');
    expect(result.summary.paragraphs.length).toBeGreaterThan(2);
    // Today is taken in the spreadsheet's time zone, from a Date of the script's realm.
    expect(formatted).toEqual([{ zone: 'America/New_York', format: 'yyyy-MM-dd', isScriptDate: true }]);
    const tally = app.log.tally();
    // One per framework sheet with a table: Strategy, Alignment, Impact, ROI, Plan, Partners, History log, Measures,
    // Learning data and Mappings (the per-initiative learning figures and the remembered mappings).
    expect(tally['Range.getValues']).toBe(10);
    expect(tally['Sheet.getDataRange']).toBe(10);
    expect(Object.keys(tally).filter((name) => !READS.has(name))).toEqual([]);
    expect(state(app)).toEqual(before);
    expectSurvivesJson(result);
  });

  test.each([
    ['a cost category cleared', 'ROI', `${ROI_TABLE.columns.delivery}${ROI_TABLE.firstDataRow + 2}`, '', 'costs-not-fully-loaded'],
    ['confidence typed as 80', 'Impact', `${IMPACT_TABLE.columns.confidence}${IMPACT_TABLE.firstDataRow + 1}`, 80, 'percent-typed-as-whole'],
    ['isolation cleared', 'Impact', `${IMPACT_TABLE.columns.isolation}${IMPACT_TABLE.firstDataRow + 3}`, '', 'benefit-not-isolated'],
  ])('%s gives the matching error at that cell', (_what, sheetName, address, value, rule) => {
    const { app } = spreadsheetWith();
    type(app.spreadsheet.sheet(sheetName), address, value);
    app.log.calls.length = 0;
    const result = call<AuditResult>('auditFramework');
    const errors = result.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.rule, f.sheet, f.cell])).toEqual([[rule, sheetName, address]]);
    expectSurvivesJson(result);
  });

  test('a framework built beside sheets named Strategy and Impact is read from "Strategy (2)" and "Impact (2)"', () => {
    const { app } = spreadsheetWith({ existing: ['Strategy', 'Impact'] });
    const address = `${IMPACT_TABLE.columns.confidence}${IMPACT_TABLE.firstDataRow}`;
    type(app.spreadsheet.sheet('Impact (2)'), address, 80);
    const result = call<AuditResult>('auditFramework');
    expect(result.ok).toBe(true);
    expect(result.framework.Strategy).toBe('Strategy (2)');
    expect(result.framework.Impact).toBe('Impact (2)');
    expect(result.findings.filter((f) => f.severity === 'error').map((f) => [f.rule, f.sheet, f.cell])).toEqual([['percent-typed-as-whole', 'Impact (2)', address]]);
    expect(result.sheetNames.slice(0, 2)).toEqual(['Strategy', 'Impact']);
  });

  test('a spreadsheet built at 2,000 initiatives, all filled, is read to its last row with the same calls (issue 10)', () => {
    const { app } = spreadsheetWith({ templates: { buildWorkbookSpec: (d) => buildWorkbookSpec(d, { capacity: 2000, filled: true }) } });
    app.log.calls.length = 0;
    const result = call<AuditResult>('auditFramework');
    expect(result.ok).toBe(true);
    expect(result.counts.error).toBe(0);
    expect(result.summary.text).toContain('2000 people-development programs');
    expect(app.log.tally()['Range.getValues']).toBe(10);
  });

  test('the number of service calls does not grow with the rows (20 and 200 initiatives)', () => {
    const tallies = [20, 200].map((n) => {
      const spec: WorkbookSpec = templateWithInitiatives(n);
      const { app } = spreadsheetWith({ templates: { buildWorkbookSpec: () => spec }, dataset: 'empty' });
      const result = call<AuditResult>('auditFramework');
      expect(result.ok).toBe(true);
      const audit = app.log.tally();
      app.log.calls.length = 0;
      call<PlanResult>('planPortfolio', 1_000_000);
      const plan = app.log.tally();
      app.log.calls.length = 0;
      call<SnapshotResult>('appendSnapshot', '');
      return { audit, plan, snapshot: app.log.tally() };
    });
    expect(tallies[1]).toEqual(tallies[0]);
    expect(tallies[0].audit['Range.getValues']).toBe(10);
    expect(tallies[0].snapshot['Range.setValues']).toBe(2);
  });

  test('selectCell activates the finding\'s sheet and range', () => {
    const { app } = spreadsheetWith({ existing: ['Impact'] });
    const address = `${IMPACT_TABLE.columns.confidence}${IMPACT_TABLE.firstDataRow + 1}`;
    type(app.spreadsheet.sheet('Impact (2)'), address, 80);
    app.log.calls.length = 0;
    const finding = call<AuditResult>('auditFramework').findings.find((f) => f.rule === 'percent-typed-as-whole')!;
    expect(call('selectCell', finding.sheet, finding.cell)).toEqual({ sheet: 'Impact (2)', cell: address });
    expect(app.spreadsheet.active).toEqual({ sheet: 'Impact (2)', range: `${address}:${address}` });
    call('selectCell', 'ROI', 'B9:D10');
    expect(app.spreadsheet.active).toEqual({ sheet: 'ROI', range: 'B9:D10' });
    call('selectCell', 'Partners', '');
    expect(app.spreadsheet.active).toEqual({ sheet: 'Partners', range: 'A1:A1' });
    expect(() => call('selectCell', 'No such sheet', 'A1')).toThrow(/no sheet named "No such sheet"/);
    expect(() => call('selectCell', 'ROI', '=HYPERLINK("x")')).toThrow(/not a cell address/);
    expect(() => call('selectCell', 'ROI', 42)).toThrow(/not a cell address/);
    expect(() => call('selectCell', undefined, 'A1')).toThrow(/Which sheet/);
    const writes = app.log.calls.filter((c) => /set|insert/i.test(c));
    expect(writes).toEqual([]);
  });

  test('a snapshot goes to History\'s first empty row and changes no other cell', () => {
    const { app, formatted } = spreadsheetWith();
    const before = state(app);
    const history = app.spreadsheet.sheet('History log');
    const lastFilled = Math.max(...[...history.cells.keys()].filter((k) => history.cells.get(k)!.value !== undefined).map((k) => Number(k.split(',')[0]) + 1));
    const note = `=HYPERLINK("http://x") ${HOSTILE}`;
    const result = call<SnapshotResult>('appendSnapshot', note);
    expectSurvivesJson(result);
    expect(result.ok).toBe(true);
    expect(result.row).toBe(lastFilled + 1);
    expect(result.requestedRow).toBe(result.row);
    expect(result.sheet).toBe('History log');
    expect(result.values.date).toBe(TODAY);
    expect(result.values.investment).toBe(1660000);
    expect(result.values.benefits).toBe(5810000);
    expect(result.sameDateRow).toBe(lastFilled); // the example's last snapshot is dated 2025-06-30 too
    expect(formatted.map((f) => f.zone)).toEqual(['America/New_York']);

    const after = state(app);
    for (const name of Object.keys(before)) if (name !== 'History log') expect(after[name]).toEqual(before[name]);
    // On History, exactly the snapshot's cells of that row changed; ROI and BCR formulas kept.
    const changed = new Set<string>();
    const beforeCells = new Map((before['History log'] as { cells: [string, unknown][] }).cells);
    const afterCells = new Map((after['History log'] as { cells: [string, unknown][] }).cells);
    for (const key of new Set([...beforeCells.keys(), ...afterCells.keys()])) {
      if (JSON.stringify(beforeCells.get(key)) !== JSON.stringify(afterCells.get(key))) changed.add(key);
    }
    const row0 = result.row - 1;
    const columns = ['date', 'investment', 'benefits', 'alignedShare', 'coverage', 'alignment', 'note'].map((k) => (HISTORY_TABLE.columns as Record<string, string>)[k].charCodeAt(0) - 65);
    expect([...changed].sort()).toEqual(columns.map((c) => `${row0},${c}`).sort());
    const noteCell = history.peek(row0, columns[6])!;
    expect(noteCell.value).toBe(note);
    expect(noteCell.formula).toBeUndefined();
    expect(history.peek(row0, columns[0])!.value).toBe(45838); // 2025-06-30 as a serial number, date-formatted by the template
    expect(history.peek(row0, HISTORY_TABLE.columns.roi.charCodeAt(0) - 65)?.formula).toBe((beforeCells.get(`${row0},${HISTORY_TABLE.columns.roi.charCodeAt(0) - 65}`) as { formula?: string })?.formula);
    // Two blocks (A:C and F:I), one setValues each; nothing else written.
    expect(app.log.tally()['Range.setValues']).toBe(2);
    expect(app.log.calls.filter((c) => /set|insert/i.test(c) && c !== 'Range.setValues')).toEqual([]);

    // The next one goes below it.
    const second = call<SnapshotResult>('appendSnapshot');
    expect(second.row).toBe(result.row + 1);
    // No note given: the reporting month's key measures from the Measures sheet (core snapshotNote).
    expect(second.values.note).toMatch(/^Month 9: 18 on track, 4 at risk, 1 off track \(Discovery workshop hours\)\./);
  });

  test('a row someone started to fill below the last snapshot is never written over', () => {
    const { app } = spreadsheetWith();
    const history = app.spreadsheet.sheet('History log');
    const first = call<SnapshotResult>('appendSnapshot', 'first');
    // Someone typed a note two rows down, leaving its date blank: that row is read as a half-filled
    // snapshot, so the next one goes under it, and the note stays.
    const typed = `${HISTORY_TABLE.columns.note}${first.row + 1}`;
    type(history, typed, 'typed by hand');
    const before = history.range(typed).getValues();
    const next = call<SnapshotResult>('appendSnapshot', 'second');
    expect(next.row).toBe(first.row + 2);
    expect(history.range(typed).getValues()).toEqual(before);
  });

  test('insertSummarySheet writes a new sheet and never overwrites an existing "Summary"', () => {
    const { app } = spreadsheetWith({ existing: ['Summary'] });
    const before = state(app);
    const result = call<SummarySheetResult>('insertSummarySheet');
    expectSurvivesJson(result);
    expect(result).toEqual({ ok: true, sheet: 'Summary (2)', rows: expect.any(Number) });
    const after = state(app);
    for (const name of Object.keys(before)) expect(after[name]).toEqual(before[name]);
    const sheet = app.spreadsheet.sheet('Summary (2)');
    expect(app.spreadsheet.sheets[app.spreadsheet.sheets.length - 1]).toBe(sheet);
    const column = sheet.range(`A1:A${result.rows}`).getValues().map((r) => r[0]);
    expect(column[0]).toBe('The return on people development, FY2025');
    expect(column.some((text) => typeof text === 'string' && text.includes('$1,660,000'))).toBe(true);
    expect([...sheet.cells.values()].every((c) => c.formula === undefined)).toBe(true);
    expect(sheet.peek(0, 0)!.fontWeight).toBe('bold');
    expect(app.spreadsheet.active?.sheet).toBe('Summary (2)');
    expect(app.log.tally()['Range.setValues']).toBe(1);

    // Again: Summary (3), and both earlier sheets unchanged.
    const kept = state(app);
    expect(call<SummarySheetResult>('insertSummarySheet').sheet).toBe('Summary (3)');
    for (const name of Object.keys(kept)) expect(state(app)[name]).toEqual(kept[name]);
  });

  test('planPortfolio checks the budget and returns the plan as plain JSON', () => {
    spreadsheetWith();
    for (const bad of [-1, Number.NaN, Number.POSITIVE_INFINITY, '250000', null, undefined, 1e13]) {
      expect(() => call('planPortfolio', bad)).toThrow(/The budget must be an amount from 0/);
    }
    const none = call<PlanResult>('planPortfolio', 0);
    expect(none.plan.fundedLines).toEqual([]);
    const result = call<PlanResult>('planPortfolio', 1_000_000);
    expectSurvivesJson(result);
    expect(result.ok).toBe(true);
    expect(result.errors).toBe(0);
    const { plan } = result;
    expect(plan.budget).toBe(1_000_000);
    expect(plan.funded).toBeLessThanOrEqual(1_000_000);
    expect(plan.left).toBe(1_000_000 - plan.funded);
    expect(plan.lines.map((l) => l.rank)).toEqual(plan.lines.map((_, i) => i + 1));
    expect(plan.unfundedLines.length).toBeGreaterThan(0);
    expect(plan.byObjective.reduce((s, o) => s + o.amount, 0)).toBeCloseTo(plan.funded, 6);
    expect(plan.scenarios.conservative.benefits).toBeLessThan(plan.scenarios.optimistic.benefits);
  });

  test.each(['auditFramework', 'insertSummarySheet', 'planPortfolio', 'appendSnapshot'])('%s on a spreadsheet with no framework gives the reason and writes nothing', (name) => {
    const app = new FakeSpreadsheetApp();
    app.spreadsheet.addSheet('Sheet1').range('A1').setValues([['Budget']]);
    install(app);
    const before = state(app);
    const result = call<{ ok: boolean; reason: string }>(name, ...(name === 'planPortfolio' ? [100000] : []));
    expect(result).toEqual({ ok: false, reason: NO_FRAMEWORK_MESSAGE });
    expectSurvivesJson(result);
    expect(state(app)).toEqual(before);
    expect(app.spreadsheet.sheets).toHaveLength(1);
  });

  test('sensitivity checks its subject, answers plain JSON and writes nothing', () => {
    const { app } = spreadsheetWith();
    for (const bad of [-1, 1.5, '2', null, undefined, 'Portfolio']) expect(() => call('sensitivity', bad)).toThrow(/Choose the portfolio or an initiative/);
    const before = state(app);
    const portfolio = call<SensitivityView>('sensitivity', 'portfolio');
    expectSurvivesJson(portfolio);
    expect(portfolio.choices.map((c) => c.label)).toEqual(['Portfolio', ...GROWTHCORP.initiatives.map((i) => i.name)]);
    expect(portfolio.sensitivity.ok && portfolio.sensitivity.inputs).toHaveLength(12);
    const one = call<SensitivityView>('sensitivity', 1);
    expect(one.sensitivity.name).toBe(GROWTHCORP.initiatives[1].name);
    expect(state(app)).toEqual(before);
    const none = new FakeSpreadsheetApp();
    none.spreadsheet.addSheet('Sheet1').range('A1').setValues([['Budget']]);
    install(none);
    expect(call('sensitivity', 'portfolio')).toEqual({ ok: false, reason: NO_FRAMEWORK_MESSAGE });
  });

  test('appendSnapshot checks its note', () => {
    spreadsheetWith();
    expect(() => call('appendSnapshot', 42)).toThrow(/The note must be text/);
    expect(() => call('appendSnapshot', 'x'.repeat(501))).toThrow(/keep it under 500/);
  });
});

describe('insights plumbing', () => {
  test('snapshot cells are written in runs of adjacent columns', () => {
    const cell = (address: string) => ({ address, value: 1 });
    expect(adjacentRuns([cell('A9'), cell('B9'), cell('C9'), cell('F9'), cell('G9'), cell('I9')]).map((r) => r.map((c) => c.address)))
      .toEqual([['A9', 'B9', 'C9'], ['F9', 'G9'], ['I9']]);
  });

  test('today is the date in the spreadsheet\'s time zone, the script\'s when it cannot be read', () => {
    const seen: string[] = [];
    const g = globalThis as unknown as { Utilities?: unknown };
    g.Utilities = {
      formatDate: (date: Date, zone: string) => {
        seen.push(zone);
        return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
      },
    };
    try {
      const late = new Date(Date.UTC(2025, 5, 30, 23, 30));
      expect(todayIn({ getSpreadsheetTimeZone: () => 'Asia/Tokyo' } as never, late)).toBe('2025-07-01');
      expect(todayIn({ getSpreadsheetTimeZone: () => 'America/Los_Angeles' } as never, late)).toBe('2025-06-30');
      expect(todayIn({ getSpreadsheetTimeZone: () => { throw new Error('no'); } } as never, late)).toBe('2025-06-30');
      expect(seen).toEqual(['Asia/Tokyo', 'America/Los_Angeles', 'Etc/UTC']);
    } finally {
      delete g.Utilities;
    }
  });
});
