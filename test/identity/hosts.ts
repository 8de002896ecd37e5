/**
 * Test support: the insights write paths of both hosts behind one small interface, over each host's
 * recording fake (excel-addin/test/fake-excel.ts, sheets-addon/test/fake-spreadsheet.ts), with the
 * framework built by each host's own builder. Identity and injection tests run the same cases on both.
 */
import { buildWorkbookSpec } from '../../core/templates';
import type { Dataset, SheetName } from '../../core/templates/types';
import { columnLetter, quoteSheet } from '../../core/templates/a1';
import { auditWorkbook } from '../../core/insights';
import { enteredText } from '../../core/text';
import { buildFramework as buildExcel, type ExcelHost } from '../../excel-addin/builder/build-framework';
import { InsightsService } from '../../excel-addin/insights/service';
import { FakeSheetState, FakeWorkbook, parseBox } from '../../excel-addin/test/fake-excel';
import { buildFramework as buildSheets } from '../../sheets-addon/server/builder/build';
import { appendSnapshotRow, auditSpreadsheet, insertPlan, insertSummary } from '../../sheets-addon/server/insights/service';
import { readSpreadsheet } from '../../sheets-addon/server/insights/read';
import { FakeSpreadsheetApp } from '../../sheets-addon/test/fake-spreadsheet';
import { excelMarkers, sheetsMarkers, type BuiltSheet } from './markers';
import { parseMarkerName } from '../../core/framework/marker';
import { FRAMEWORK_PARTS } from '../../core/framework/resolve';

export const TODAY = '2025-06-30';
const TEMPLATES = { buildWorkbookSpec };

/** Cells by A1 address, text as a person typed it (a leading apostrophe marks text). */
export type Cells = Readonly<Record<string, string | number>>;

/** What a write path did: the sheet it wrote to, or why it did not. */
export type Outcome = { readonly sheet: string } | { readonly reason: string };

export interface HostUnderTest {
  readonly host: 'Excel' | 'Sheets';
  /** Types text into a cell as a person would, so it stays text (`'=1+1` in both hosts). */
  typeText(sheet: string, address: string, text: string): void;
  /** Adds a sheet as a person would, with `cells` typed into it. */
  addSheet(name: string, cells: Cells): void;
  /** Builds the framework with the host's own builder; returns which sheet holds each part. */
  build(dataset: Dataset): Promise<Partial<Record<SheetName, string>>>;
  /** Renames a sheet as a person would (defined names follow it, as they do in both hosts). */
  rename(from: string, to: string): void;
  /** Deletes a sheet as a person would (a defined name pointing at it turns into `#REF!`). */
  remove(name: string): void;
  sheetNames(): string[];
  /** The marker instances the builds left (1 for the first framework, 2 for the second, …). */
  markerInstances(): number[];
  /** Everything about a sheet, to compare before and after. */
  state(name: string): unknown;
  /** The framework the audit read (canonical → sheet), or the reason it gives. */
  audit(): Promise<{ readonly sheets: Readonly<Record<string, string>>; readonly objectives: number; readonly initiatives: readonly string[] } | { readonly reason: string }>;
  snapshot(note: string): Promise<Outcome>;
  summary(): Promise<Outcome>;
  /** The plan inserted as a new sheet. */
  plan(budget: number): Promise<Outcome>;
  /** Forget what was written so far: {@link written} reports what is written from now on. */
  record(): void;
  /** Every cell written since {@link record}: `Sheet!A1` → what was entered, and whether the host stores it as a formula. */
  written(): Record<string, { readonly entered: unknown; readonly formula: boolean }>;
}

const outcome = (result: { ok: true; sheet: string } | { ok: false; reason: string }): Outcome => (result.ok ? { sheet: result.sheet } : { reason: result.reason });

/** The distinct instances of the marker names among `names`, in order. */
const instancesOf = (names: readonly string[]) =>
  [...new Set(names.map((n) => parseMarkerName(n, FRAMEWORK_PARTS)?.instance).filter((i): i is number => i !== undefined))].sort((a, b) => a - b);

const fromReport = (sheets: readonly BuiltSheet[]) => Object.fromEntries(sheets.map((s) => [s.canonical, s.name])) as Partial<Record<SheetName, string>>;

/** Office.js reads a value starting with `=`, `+`, `-` or `@` as a formula; `'` marks text. */
const EXCEL_FORMULA = /^[=+\-@]/;

export function excelHost(organisation?: string): HostUnderTest {
  const book = new FakeWorkbook();
  const host: ExcelHost = { run: (batch) => batch(book.context()), isSetSupported: () => true };
  const service = new InsightsService(host, { today: () => TODAY, organisation });
  return {
    host: 'Excel',
    typeText(sheet, address, text) {
      book.sheet(sheet)!.cells.set(address, enteredText(text));
    },
    addSheet(name, cells) {
      const state = new FakeSheetState(name, true);
      for (const [address, value] of Object.entries(cells)) state.cells.set(address, value);
      book.sheets.push(state);
    },
    async build(dataset) {
      const report = await buildExcel(host, { dataset, templates: TEMPLATES });
      // Build, then read by identity: the builder itself left a marker on every sheet.
      excelMarkers(book, report.sheets);
      return fromReport(report.sheets);
    },
    rename(from, to) {
      const sheet = book.sheet(from)!;
      sheet.name = to;
      // Excel rewrites every defined name that points at the sheet.
      for (const n of book.names) n.formula = n.formula.split(`${quoteSheet(from)}!`).join(`${quoteSheet(to)}!`);
    },
    remove(name) {
      book.sheets.splice(book.sheets.indexOf(book.sheet(name)!), 1);
      for (const n of book.names) if (n.formula.includes(`${quoteSheet(name)}!`)) n.formula = '=#REF!$A$1';
    },
    sheetNames: () => book.sheets.map((s) => s.name),
    markerInstances: () => instancesOf(book.names.map((n) => n.name)),
    state: (name) => ({ cells: book.cellsOf(name), formats: Object.fromEntries(book.sheet(name)?.numberFormats ?? []) }),
    async audit() {
      const report = await service.audit();
      if (!report.ok) return { reason: report.reason };
      return { sheets: { ...report.model.sheets }, objectives: report.model.objectives.length, initiatives: report.model.initiatives.map((i) => i.name.value ?? '') };
    },
    async snapshot(note) {
      const result = await service.snapshot(note);
      return 'reason' in result ? { reason: result.reason } : { sheet: result.sheet };
    },
    summary: async () => outcome(await service.insertSummary()),
    plan: async (budget) => outcome(await service.insertPlan(budget)),
    record() {
      book.writes.length = 0;
    },
    written() {
      const out: Record<string, { entered: unknown; formula: boolean }> = {};
      for (const w of book.writes) {
        if ((w.op !== 'values' && w.op !== 'formulas') || !w.address) continue;
        const box = parseBox(w.address)!;
        for (let r = box.r0; r <= box.r1; r++) {
          for (let c = box.c0; c <= box.c1; c++) {
            const address = `${columnLetter(c + 1)}${r + 1}`;
            const entered = book.sheet(w.sheet)?.cells.get(address);
            out[`${w.sheet}!${address}`] = { entered, formula: w.op === 'formulas' || (typeof entered === 'string' && EXCEL_FORMULA.test(entered)) };
          }
        }
      }
      return out;
    },
  };
}

/** Sheets parses setValues input as typed: `=`, `+`, `-` and `@` start a formula; `'` marks text. */
const SHEETS_FORMULA = /^[=+\-@]/;

export function sheetsHost(): HostUnderTest {
  const app = new FakeSpreadsheetApp();
  const book = app.spreadsheet;
  return {
    host: 'Sheets',
    typeText(sheet, address, text) {
      book.sheet(sheet).range(address).setValues([[enteredText(text)]]);
    },
    addSheet(name, cells) {
      const sheet = book.addSheet(name);
      for (const [address, value] of Object.entries(cells)) sheet.range(address).setValues([[value]]);
    },
    async build(dataset) {
      const report = buildSheets(app, { dataset, templates: TEMPLATES });
      sheetsMarkers(app, report.sheets);
      return fromReport(report.sheets);
    },
    rename(from, to) {
      // Named ranges hold the sheet itself, so they follow the new name.
      book.sheet(from).name = to;
    },
    remove(name) {
      // The named range keeps the deleted sheet, whose name is no longer in the spreadsheet.
      book.sheets.splice(book.sheets.indexOf(book.sheet(name)), 1);
    },
    sheetNames: () => book.sheets.map((s) => s.name),
    markerInstances: () => instancesOf(book.namedRanges.map((n) => n.name)),
    state: (name) => book.sheets.find((s) => s.name === name)?.snapshot(),
    async audit() {
      const result = auditSpreadsheet(book, TODAY);
      if (!result.ok) return { reason: result.reason };
      const read = readSpreadsheet(book);
      const report = auditWorkbook(read.source, { today: TODAY });
      if (!report.ok) throw new Error(report.reason);
      const { model } = report;
      return { sheets: { ...result.framework }, objectives: model.objectives.length, initiatives: model.initiatives.map((i) => i.name.value ?? '') };
    },
    snapshot: async (note) => outcome(appendSnapshotRow(book, TODAY, note)),
    summary: async () => outcome(insertSummary(book, TODAY)),
    plan: async (budget) => outcome(insertPlan(book, TODAY, budget)),
    record() {
      for (const sheet of book.sheets) sheet.entered.clear();
    },
    written() {
      const out: Record<string, { entered: unknown; formula: boolean }> = {};
      for (const sheet of book.sheets) {
        for (const [key, entered] of sheet.entered) {
          const [r, c] = key.split(',').map(Number);
          const formula = sheet.peek(r, c)?.formula !== undefined || (typeof entered === 'string' && SHEETS_FORMULA.test(entered));
          out[`${sheet.name}!${columnLetter(c + 1)}${r + 1}`] = { entered, formula };
        }
      }
      return out;
    },
  };
}

export const HOSTS: readonly [string, () => HostUnderTest][] = [['Excel', excelHost], ['Sheets', sheetsHost]];
