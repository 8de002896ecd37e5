/**
 * One render plan, three renderers, one grid. The same plans (the empty template, GrowthCorp, and
 * GrowthCorp into a workbook whose sheet and defined names are taken) are built through the Excel
 * builder on the Excel fake, the Sheets builder on the Sheets fake, and the `.xlsx` writer read back
 * with exceljs. Each must hold exactly what the plan says: values, formulas, number formats, hidden
 * columns and rows, fills, frozen panes, tab colours, defined names including the framework markers. And text, template or user,
 * never lands as a formula, number, boolean or date in either host.
 */
import ExcelJS from 'exceljs';
import { ALIGNMENT_TABLE, STRATEGY_TABLE, buildWorkbookSpec } from '../../core/templates';
import { cellAddress, columnLetter, columnNumber, parseRange } from '../../core/templates/a1';
import type { CellSpec, Dataset, WorkbookSpec } from '../../core/templates/types';
import { renderPlan, type RenderPlan, type TakenNames } from '../../core/render';
import { INJECTION_SAMPLES } from '../../core/text';
import { buildFramework as buildInExcel } from '../../excel-addin/builder/build-framework';
import { FakeWorkbook } from '../../excel-addin/test/fake-excel';
import { buildFramework as buildInSheets } from '../../sheets-addon/server/builder/build';
import { FakeRange, FakeSpreadsheetApp } from '../../sheets-addon/test/fake-spreadsheet';
import { workbookBuffer } from '../../scripts/xlsx/write-workbook';
import JSZip from 'jszip';
import { cellsOf, excelGrid, excelPrint, planPrint, sheetsGrid, xlsxGrid, xlsxPrint, type HeldCell, type SheetGrid, type WorkbookGrid } from './grids';

/** A user's sheet, with data, whose name a template sheet wants. */
interface UserSheet { readonly name: string; readonly rows: readonly (readonly (string | number)[])[] }

interface Case {
  readonly label: string;
  readonly spec: WorkbookSpec;
  readonly sheets: readonly UserSheet[];
  readonly names: readonly string[];
}

const USER_DATA = [['Our own plan', 2026], ['=1+1 is not mine to change', 42]];

const CASES: readonly Case[] = [
  { label: 'the empty template', spec: buildWorkbookSpec('empty'), sheets: [], names: [] },
  { label: 'GrowthCorp', spec: buildWorkbookSpec('growthcorp'), sheets: [], names: [] },
  {
    label: 'GrowthCorp where sheet, defined and marker names are taken',
    spec: buildWorkbookSpec('growthcorp'),
    sheets: [{ name: 'Strategy', rows: USER_DATA }, { name: 'history LOG', rows: USER_DATA }, { name: 'DASHBOARD', rows: USER_DATA }, { name: 'Dashboard (2)', rows: USER_DATA }],
    names: ['TotalInvestment', 'portfolioroi', 'LDFramework_Guide'],
  },
];

function taken(c: Case): TakenNames {
  return { sheets: c.sheets.map((s) => s.name), names: c.names };
}

/** What the plan says each sheet must hold, in the shape the renderers are read back in. */
function planGrid(plan: RenderPlan): WorkbookGrid {
  const sheets: Record<string, SheetGrid> = {};
  for (const sheet of plan.sheets) {
    const cells: Record<string, HeldCell> = {};
    sheet.cells.forEach((row, r) => row.forEach((cell, c) => {
      if (!cell) return;
      const at = cellAddress(r + 1, c + 1);
      if (cell.kind === 'formula') cells[at] = { formula: cell.formula };
      else if (cell.kind === 'text') cells[at] = { text: cell.text };
      else if (cell.kind === 'number') cells[at] = { number: cell.value };
      else cells[at] = { boolean: cell.value };
    }));
    const formats: Record<string, string> = {};
    for (const { format, ranges } of sheet.numberFormats) {
      for (const range of ranges) {
        const ref = parseRange(range)!;
        for (let r = ref.start.row; r <= ref.end.row; r++) for (let c = ref.start.column; c <= ref.end.column; c++) formats[cellAddress(r, c)] = format;
      }
    }
    const fills: Record<string, string> = {};
    for (const { look, ranges } of sheet.styles) if (look.fill) for (const range of ranges) for (const at of cellsOf(range)) fills[at] = look.fill.toUpperCase();
    const expand = (runs: readonly { start: number; count: number }[]) => runs.flatMap((run) => Array.from({ length: run.count }, (_, i) => run.start + i));
    sheets[sheet.name] = {
      cells, formats, fills, hiddenColumns: expand(sheet.hiddenColumns).map(columnLetter), hiddenRows: expand(sheet.hiddenRows),
      frozen: [sheet.frozenRows, sheet.frozenColumns], tabColor: sheet.tabColor.toUpperCase(),
    };
  }
  const names = plan.names.map((n) => {
    const bang = n.ref.lastIndexOf('!');
    const sheet = n.ref.slice(0, bang).replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
    return [n.name, `${sheet}!${n.ref.slice(bang + 1).replace(/\$/g, '')}`];
  });
  return { sheets, names: Object.fromEntries(names) };
}

async function inExcel(c: Case, spec: WorkbookSpec) {
  const book = new FakeWorkbook({
    sheets: c.sheets.map((s) => ({ name: s.name, cells: Object.fromEntries(s.rows.flatMap((row, r) => row.map((v, col) => [cellAddress(r + 1, col + 1), v]))) })),
    names: c.names,
  });
  const userCells = c.sheets.map((s) => book.cellsOf(s.name));
  const report = await buildInExcel({ run: (batch) => batch(book.context()), isSetSupported: () => true }, { dataset: spec.dataset, templates: { buildWorkbookSpec: () => spec } });
  expect(c.sheets.map((s) => book.cellsOf(s.name))).toEqual(userCells);
  expect(book.writes.filter((w) => c.sheets.some((s) => s.name === w.sheet))).toEqual([]);
  return { book, report };
}

function inSheets(c: Case, spec: WorkbookSpec) {
  const app = new FakeSpreadsheetApp();
  for (const user of c.sheets) {
    const sheet = app.spreadsheet.addSheet(user.name);
    sheet.range(`A1:B${user.rows.length}`).setValues(user.rows.map((row) => [...row]));
  }
  for (const name of c.names) app.spreadsheet.setNamedRange(name, app.spreadsheet.sheets[0]?.range('A1') ?? app.spreadsheet.addSheet('Names').range('A1'));
  const before = app.spreadsheet.sheets.map((s) => s.snapshot());
  // What setValues is given, as typed, by sheet and 0-based `row,column`.
  const entered = new Map<string, Map<string, unknown>>();
  const setValues = FakeRange.prototype.setValues;
  jest.spyOn(FakeRange.prototype, 'setValues').mockImplementation(function (this: FakeRange, values: unknown[][]) {
    const grid = entered.get(this.sheet.name) ?? new Map<string, unknown>();
    values.forEach((row, r) => row.forEach((v, col) => grid.set(`${this.r0 + r},${this.c0 + col}`, v)));
    entered.set(this.sheet.name, grid);
    return setValues.call(this, values);
  });
  try {
    const report = buildInSheets(app, { dataset: spec.dataset, templates: { buildWorkbookSpec: () => spec }, now: () => new Date(0) });
    expect(app.spreadsheet.sheets.slice(0, before.length).map((s) => s.snapshot())).toEqual(before);
    return { app, report, entered };
  } finally {
    jest.restoreAllMocks();
  }
}

async function inXlsx(plan: RenderPlan): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  // exceljs types its own Buffer; Node's is the same thing at run time.
  await book.xlsx.load((await workbookBuffer(plan)) as unknown as ExcelJS.Buffer);
  return book;
}

/** The plan's names only (a user's own defined names are not the renderer's). */
function ownNames(grid: WorkbookGrid, plan: RenderPlan): Record<string, string | undefined> {
  return Object.fromEntries(plan.names.map((n) => [n.name, grid.names[n.name]]));
}

function expectSameGrid(label: string, actual: WorkbookGrid, expected: WorkbookGrid, plan: RenderPlan): void {
  for (const sheet of plan.sheets) {
    const a = actual.sheets[sheet.name];
    const e = expected.sheets[sheet.name];
    const differing = Object.keys({ ...a.cells, ...e.cells }).filter((at) => JSON.stringify(a.cells[at]) !== JSON.stringify(e.cells[at]));
    expect([label, sheet.name, differing.slice(0, 5).map((at) => [at, a.cells[at], e.cells[at]])]).toEqual([label, sheet.name, []]);
    expect([label, sheet.name, a.formats]).toEqual([label, sheet.name, e.formats]);
    expect([label, sheet.name, a.hiddenColumns, a.hiddenRows]).toEqual([label, sheet.name, e.hiddenColumns, e.hiddenRows]);
    expect([label, sheet.name, a.fills, a.frozen, a.tabColor]).toEqual([label, sheet.name, e.fills, e.frozen, e.tabColor]);
  }
  expect([label, ownNames(actual, plan)]).toEqual([label, expected.names]);
}

describe.each(CASES)('$label: Excel, Sheets and .xlsx hold the same grid', (c) => {
  const plan = renderPlan(c.spec, taken(c));
  const expected = planGrid(plan);

  test('the plan is not trivial', () => {
    const all = Object.values(expected.sheets);
    expect(all.reduce((n, s) => n + Object.values(s.cells).filter((x) => 'formula' in x).length, 0)).toBeGreaterThan(1000);
    expect(all.reduce((n, s) => n + Object.keys(s.formats).length, 0)).toBeGreaterThan(1000);
    expect(all.reduce((n, s) => n + s.hiddenColumns.length, 0)).toBeGreaterThan(0);
    expect(all.reduce((n, s) => n + Object.keys(s.fills).length, 0)).toBeGreaterThan(1000);
    expect(all.filter((s) => s.frozen[0] > 0 && s.frozen[1] > 0).length).toBeGreaterThan(0);
    expect(plan.names.filter((n) => n.kind === 'marker')).toHaveLength(plan.sheets.length);
  });

  test('Excel (fake), in 3 round trips', async () => {
    const { book, report } = await inExcel(c, c.spec);
    expect(book.syncs).toBe(3);
    expect(report.sheets.map((s) => s.name)).toEqual(plan.sheets.map((s) => s.name));
    expectSameGrid('Excel', excelGrid(book, plan), expected, plan);
  });

  test('Google Sheets (fake)', () => {
    const { app, report, entered } = inSheets(c, c.spec);
    expect(report.sheets.map((s) => s.name)).toEqual(plan.sheets.map((s) => s.name));
    expectSameGrid('Sheets', sheetsGrid(app, plan, entered), expected, plan);
  });

  test('.xlsx (exceljs, read back)', async () => {
    expectSameGrid('xlsx', xlsxGrid(await inXlsx(plan), plan), expected, plan);
  });
});

test('the taken-names case really renames: sheets, defined names and markers get free names', () => {
  const c = CASES[2];
  const plan = renderPlan(c.spec, taken(c));
  expect(plan.renamedSheets).toEqual([
    { from: 'Strategy', to: 'Strategy (2)' },
    { from: 'Dashboard', to: 'Dashboard (3)' },
    { from: 'History log', to: 'History log (2)' },
  ]);
  expect(plan.renamedNames).toEqual([{ from: 'TotalInvestment', to: 'TotalInvestment_2' }, { from: 'PortfolioROI', to: 'PortfolioROI_2' }]);
  expect(plan.markerInstance).toBe(2);
  expect(plan.names.find((n) => n.name === 'LDFramework2_Strategy')?.ref).toBe("'Strategy (2)'!$A$1");
});

/** GrowthCorp with every injection string (and other text a host would convert) as initiative and objective names. */
function plantedSpec(): { spec: WorkbookSpec; planted: { sheet: string; address: string; text: string }[] } {
  const texts = [...INJECTION_SAMPLES, '007', 'TRUE', 'Jan 5', "'quoted", '-5 days', '1. First', '$100'];
  const spec = buildWorkbookSpec('growthcorp');
  const planted: { sheet: string; address: string; text: string }[] = [];
  const sheets = spec.sheets.map((sheet) => {
    const table = [STRATEGY_TABLE, ALIGNMENT_TABLE].find((t) => t.sheet === (sheet.canonicalName ?? sheet.name));
    if (!table) return sheet;
    const key = table === STRATEGY_TABLE ? 'objective' : 'name';
    const column = columnNumber((table.columns as Record<string, string>)[key]) - 1;
    const cells = sheet.cells.map((row) => row.slice());
    texts.slice(0, table.capacity).forEach((text, i) => {
      const r = table.firstDataRow - 1 + i;
      cells[r][column] = { ...(cells[r][column] ?? {}), value: text } as CellSpec;
      planted.push({ sheet: sheet.name, address: cellAddress(r + 1, column + 1), text });
    });
    return { ...sheet, cells };
  });
  return { spec: { ...spec, sheets }, planted };
}

describe('text stays text in every renderer: INJECTION_SAMPLES and other convertible text', () => {
  const { spec, planted } = plantedSpec();
  const c: Case = { label: 'planted', spec, sheets: [], names: [] };
  const plan = renderPlan(spec);

  test('every planted string is text in the plan, with an entered form that is escaped where needed', () => {
    expect(planted.length).toBeGreaterThanOrEqual(2 * INJECTION_SAMPLES.length);
    for (const p of planted) {
      const sheet = plan.sheets.find((s) => s.name === p.sheet)!;
      const at = parseRange(p.address)!.start;
      const cell = sheet.cells[at.row - 1][at.column - 1];
      expect(cell).toMatchObject({ kind: 'text', text: p.text });
    }
  });

  test.each([
    ['Excel', async () => excelGrid((await inExcel(c, spec)).book, plan)],
    ['Sheets', async () => { const s = inSheets(c, spec); return sheetsGrid(s.app, plan, s.entered); }],
    ['.xlsx', async () => xlsxGrid(await inXlsx(plan), plan)],
  ] as const)('%s: each planted string is held as that text, no text cell is a formula', async (_host, grid) => {
    const got = await grid();
    expect(planted.map((p) => got.sheets[p.sheet].cells[p.address])).toEqual(planted.map((p) => ({ text: p.text })));
    // Every text cell of the plan (template labels too) is held as text.
    for (const sheet of plan.sheets) {
      const wrong: string[] = [];
      sheet.cells.forEach((row, r) => row.forEach((cell, col) => {
        if (cell?.kind !== 'text') return;
        const held = got.sheets[sheet.name].cells[cellAddress(r + 1, col + 1)];
        if (!held || !('text' in held) || held.text !== cell.text) wrong.push(`${cellAddress(r + 1, col + 1)} ${JSON.stringify(held)}`);
      }));
      expect([sheet.name, wrong]).toEqual([sheet.name, []]);
    }
  });
});

test('a dataset name is enough: renderPlan(dataset) is the plan of its template', () => {
  for (const dataset of ['empty', 'growthcorp'] as Dataset[]) expect(renderPlan(dataset)).toEqual(renderPlan(buildWorkbookSpec(dataset)));
});

describe('print setup: the .xlsx and Excel carry the plan\'s, sheet by sheet (Sheets has no print API)', () => {
  const plan = renderPlan('growthcorp');
  const expected = planPrint(plan);

  test('the plan sets one up on every sheet, and not all alike', () => {
    expect(Object.keys(expected)).toEqual(plan.sheets.map((s) => s.name));
    const all = Object.values(expected);
    expect(new Set(all.map((p) => p.orientation))).toEqual(new Set(['portrait', 'landscape']));
    expect(all.some((p) => p.titles !== '')).toBe(true);
    expect(all.some((p) => p.breaks.length > 0)).toBe(true);
  });

  test('Excel (fake)', async () => {
    const { book } = await inExcel(CASES[1], CASES[1].spec);
    expect(excelPrint(book, plan)).toEqual(expected);
  });

  test('.xlsx (exceljs, read back)', async () => {
    const buffer = await workbookBuffer(plan);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(buffer as unknown as ExcelJS.Buffer);
    // Sheets are written in plan order as sheet1.xml, sheet2.xml, …
    const zip = await JSZip.loadAsync(buffer);
    const xml = new Map(await Promise.all(plan.sheets.map(async (s, i) => [s.name, await zip.file(`xl/worksheets/sheet${i + 1}.xml`)!.async('string')] as const)));
    expect(xlsxPrint(book, plan, xml)).toEqual(expected);
  });
});
