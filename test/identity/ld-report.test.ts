/**
 * ld-report finds the framework by identity in .xlsx files: the project's own writer (the render plan
 * replayed by scripts/xlsx, which writes the marker defined names) beside user sheets with the names
 * from issue 9 holding data, framework sheets renamed, a framework built twice, and files with no
 * markers (found by header rows) or no framework at all. The files are read by ld-report's own
 * source (cli/xlsx-source.ts, which reads xl/workbook.xml's defined names) and audited by the core,
 * exactly as `ld-report` does; one case runs the command's main() for its exit code and message.
 */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type ExcelJS from 'exceljs';
import { auditWorkbook } from '../../core/insights';
import { NO_FRAMEWORK_MESSAGE } from '../../core/framework/resolve';
import { renderPlan, type RenderPlan } from '../../core/render';
import { buildWorkbookSpec, renameSheets } from '../../core/templates';
import type { SheetName } from '../../core/templates/types';
import { renderWorkbook } from '../../scripts/xlsx/write-workbook';
import { xlsxSource } from '../../cli/xlsx-source';
import { main } from '../../cli/report';

const TODAY = '2025-06-30';
/**
 * Issue 9's user sheets that an .xlsx file can hold: Excel reserves "History" in any case (its UI
 * refuses it, and exceljs neither writes nor reads such a sheet), so History and history are covered
 * in the hosts' tests (test/identity/identity.test.ts) only.
 */
const USER_SHEETS = ['History (9)', 'HISTORY LOG (5)', 'Strategy', 'Strategy (7)', 'Dashboard', 'ROI (2)'];
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'identity-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A user's sheet with data of their own. */
function addUserSheet(workbook: ExcelJS.Workbook, name: string): void {
  const ws = workbook.addWorksheet(name);
  ws.addRows([[`${name}: our own figures`], ['Quarter', 'Amount'], ['Q1', 100], ['Q2', 250]]);
}

/** Writes `workbook` and reads it back the way ld-report does. */
async function audit(workbook: ExcelJS.Workbook, file: string) {
  const path = join(dir, file);
  await workbook.xlsx.writeFile(path);
  return auditWorkbook(await xlsxSource(path), { today: TODAY });
}

const partsOf = (plan: RenderPlan) => Object.fromEntries(plan.sheets.map((s) => [s.canonical, s.name])) as Record<SheetName, string>;

describe('ld-report: the framework by identity in .xlsx files', () => {
  test.each(USER_SHEETS)('beside a user sheet "%s" holding data (the framework built after it)', async (user) => {
    const plan = renderPlan('growthcorp', { sheets: [user], names: [] });
    const workbook = renderWorkbook(plan);
    addUserSheet(workbook, user);
    const report = await audit(workbook, 'user-sheet.xlsx');
    if (!report.ok) throw new Error(report.reason);
    const parts = partsOf(plan);
    expect(report.model.sheets).toEqual({ Strategy: parts.Strategy, Alignment: parts.Alignment, Impact: parts.Impact, ROI: parts.ROI, Plan: parts.Plan, Partners: parts.Partners, History: parts.History });
    expect(Object.values(report.model.sheets)).not.toContain(user);
    expect(report.model.objectives).toHaveLength(5);
  });

  test('framework sheets renamed (the markers follow them), user sheets under the old names', async () => {
    const renamed = renameSheets(buildWorkbookSpec('growthcorp'), { Strategy: 'Our goals', History: 'Track record', ROI: 'Money back' });
    const plan = renderPlan(renamed);
    const workbook = renderWorkbook(plan);
    for (const name of ['Strategy', 'History log', 'ROI']) addUserSheet(workbook, name);
    const report = await audit(workbook, 'renamed.xlsx');
    if (!report.ok) throw new Error(report.reason);
    expect([report.model.sheets.Strategy, report.model.sheets.History, report.model.sheets.ROI]).toEqual(['Our goals', 'Track record', 'Money back']);
    expect(report.model.objectives).toHaveLength(5);
  });

  test('a framework built twice: the newer (marker instance 2) is read', async () => {
    const first = renderPlan('growthcorp');
    const second = renderPlan('empty', { sheets: first.sheets.map((s) => s.name), names: first.names.map((n) => n.name) });
    expect(second.markerInstance).toBe(2);
    const both: RenderPlan = { ...second, sheets: [...first.sheets, ...second.sheets], names: [...first.names, ...second.names] };
    const workbook = renderWorkbook(both);
    addUserSheet(workbook, 'Strategy (7)');
    const report = await audit(workbook, 'twice.xlsx');
    if (!report.ok) throw new Error(report.reason);
    expect(report.model.sheets.Strategy).toBe(partsOf(second).Strategy);
    expect(report.model.objectives).toHaveLength(0);
  });

  test('a file without markers is read by its header rows; a user sheet named like a part is not taken', async () => {
    const plan = renderPlan(renameSheets(buildWorkbookSpec('growthcorp'), { Strategy: 'Goals' }));
    const workbook = renderWorkbook({ ...plan, names: plan.names.filter((n) => n.kind !== 'marker') });
    addUserSheet(workbook, 'Strategy');
    const report = await audit(workbook, 'no-markers.xlsx');
    if (!report.ok) throw new Error(report.reason);
    expect(report.model.sheets.Strategy).toBe('Goals');
  });

  test('no framework: ld-report says so plainly and exits 2', async () => {
    const workbook = renderWorkbook({ ...renderPlan('empty'), sheets: [], names: [] });
    for (const name of USER_SHEETS) addUserSheet(workbook, name);
    const path = join(dir, 'none.xlsx');
    await workbook.xlsx.writeFile(path);
    expect(auditWorkbook(await xlsxSource(path), { today: TODAY })).toEqual({ ok: false, reason: NO_FRAMEWORK_MESSAGE });
    const err: string[] = [];
    const code = await main([path, '--today', TODAY], () => undefined, (text) => err.push(text));
    expect(code).toBe(2);
    expect(err.join('')).toContain(NO_FRAMEWORK_MESSAGE);
  });
});
