/**
 * The Measures sheet and the three TDRp reports, written by the .xlsx writer and recalculated by
 * LibreOffice headless: no cell is an error, and every YTD, % of plan, forecast and status equals what
 * the core's YTD, RUN_RATE_FORECAST and PLAN_ATTAINMENT give for the same inputs
 * (`computeMeasure`, core/insights/measures.ts), to 1e-9 relative. The reports list exactly the
 * measures their rules pick, in order. Then inputs are changed in the file (one monthly actual, the
 * reporting month, the program picked, measures typed into the empty template) and everything follows.
 */
import type ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { computeMeasure } from '../../core/insights/measures';
import {
  GROWTHCORP, MEASURES_CELLS, MEASURES_TABLE as M, NO_LEARNING, NO_MEASURE, OPERATIONS_REPORT, OPERATIONS_REPORT_COLUMNS, OPERATIONS_REPORT_GROUPS,
  PROGRAM_REPORT, PROGRAM_REPORT_COLUMNS, PROGRAM_REPORT_GROUPS, SUMMARY_COLUMNS, SUMMARY_REPORT, buildWorkbookSpec, columnLetter,
} from '../../core/templates';
import type { ExampleMeasure, ExampleMeasures, ExampleObjective, ReportColumn, SheetName } from '../../core/templates';
import { writeWorkbook } from '../../scripts/xlsx/write-workbook';
import { recalculate } from '../support/libreoffice';
import { closeTo } from '../support/results';
import { errorCells, loadWorkbook, sheet, valueAt, writeObjective, type CellValue } from './workbook-cells';

const TOLERANCE = 1e-9;
const SETUP_TIMEOUT = 400_000;
const MEASURES = GROWTHCORP.measures!;

interface Expected extends ExampleMeasure {
  readonly ytd: number | null;
  readonly ytdPercent: number | null;
  readonly forecast: number | null;
  readonly forecastPercent: number | null;
  readonly status: string | null;
}

/** Each measure's figures by the core's functions, from the inputs typed on the sheet. */
function expectedOf(data: ExampleMeasures): Expected[] {
  return data.rows.map((row) => ({
    ...row,
    ...computeMeasure(
      { lessIsBetter: row.direction === 'Less is better', aggregation: row.aggregation === 'Average' ? 'average' : 'sum', plan: row.plan, months: row.months, manualForecast: row.manualForecast ?? null },
      data.reportingMonth,
    ),
  }));
}

function same(actual: CellValue, expected: string | number | null, where: string): void {
  const ok = typeof expected === 'number' ? typeof actual === 'number' && closeTo(actual, expected, TOLERANCE) : actual === expected;
  if (!ok) throw new Error(`${where}: the workbook shows ${JSON.stringify(actual)}, the core gives ${JSON.stringify(expected)}`);
}

const FIGURES = ['ytd', 'ytdPercent', 'forecast', 'forecastPercent', 'status'] as const;

function checkMeasures(workbook: ExcelJS.Workbook, data: ExampleMeasures): void {
  const expected = expectedOf(data);
  for (let i = 0; i < M.capacity; i++) {
    const x = expected[i];
    for (const key of FIGURES) {
      const address = `${M.columns[key]}${M.firstDataRow + i}`;
      same(valueAt(workbook, 'Measures', address), x ? x[key] : null, `Measures!${address} (${key} of ${x?.name ?? 'an empty row'})`);
    }
  }
}

/** What a report column shows for a measure (blank text as null, as the reader returns it). */
function shownFor(x: Expected, column: ReportColumn): string | number | null {
  const value = column === 'program' ? x.initiative : column === 'measure' ? x.name : x[column];
  return value === '' || value === undefined ? null : value;
}

/** A report's rows against the measures it should list, in order, and blank rows after them. */
function checkList(workbook: ExcelJS.Workbook, name: SheetName, columns: readonly ReportColumn[], firstRow: number, capacity: number, listed: readonly Expected[]): void {
  for (let k = 0; k < capacity; k++) {
    columns.forEach((column, c) => {
      const address = `${columnLetter(c + 1)}${firstRow + k}`;
      same(valueAt(workbook, name, address), listed[k] ? shownFor(listed[k], column) : null, `${name}!${address} (${column} of ${listed[k]?.name ?? 'an empty row'})`);
    });
  }
}

function checkReports(workbook: ExcelJS.Workbook, data: ExampleMeasures, initiative: string, objectives: readonly ExampleObjective[], supported: readonly number[]): void {
  const expected = expectedOf(data);
  const ofProgram = PROGRAM_REPORT_GROUPS.flatMap((g) => expected.filter((x) => x.type === g && initiative !== '' && x.initiative === initiative));
  checkList(workbook, 'ProgramReport', PROGRAM_REPORT_COLUMNS, PROGRAM_REPORT.firstRow, PROGRAM_REPORT.capacity, ofProgram);
  const operations = OPERATIONS_REPORT_GROUPS.flatMap((g) => expected.filter((x) => x.type === g));
  checkList(workbook, 'OperationsReport', OPERATIONS_REPORT_COLUMNS, OPERATIONS_REPORT.firstRow, OPERATIONS_REPORT.capacity, operations);

  objectives.forEach((o, i) => {
    const row = SUMMARY_REPORT.firstRow + i;
    const at = (key: keyof typeof SUMMARY_COLUMNS) => valueAt(workbook, 'SummaryReport', `${SUMMARY_COLUMNS[key]}${row}`);
    const outcomes = expected.filter((x) => x.type === 'Outcome' && x.objective === o.objective);
    const first = outcomes[0];
    same(at('objective'), o.objective, `Summary report row ${row} objective`);
    same(at('initiatives'), supported[i], `Summary report row ${row}: initiatives with a link of 2 or more`);
    if (first) {
      same(at('measure'), first.name + (outcomes.length > 1 ? ` (+${outcomes.length - 1} more)` : ''), `Summary report row ${row} measure`);
      for (const key of ['plan', 'ytd', 'forecast', 'forecastPercent', 'status'] as const) same(at(key), first[key], `Summary report row ${row} ${key}`);
    } else {
      same(at('measure'), NO_MEASURE, `Summary report row ${row} measure`);
      same(at('status'), supported[i] === 0 ? NO_LEARNING : NO_MEASURE, `Summary report row ${row} status`);
    }
  });
}

/** GrowthCorp: initiatives with a link of 2 or more per objective (from the example's link matrix). */
const SUPPORTED = GROWTHCORP.objectives.map((_, j) => GROWTHCORP.initiatives.filter((x) => x.links[j] >= 2).length);

/** Type a measure's inputs into Measures row `index`, as a person would (blank inputs cleared). */
function writeMeasure(workbook: ExcelJS.Workbook, index: number, x: ExampleMeasure): void {
  const ws = sheet(workbook, 'Measures');
  const put = (key: string, value: string | number | null) => {
    ws.getCell(`${(M.columns as Record<string, string>)[key]}${M.firstDataRow + index}`).value = value === '' ? null : value;
  };
  put('name', x.name);
  put('type', x.type);
  put('initiative', x.initiative);
  put('objective', x.objective);
  put('unit', x.unit);
  put('direction', x.direction);
  put('aggregation', x.aggregation);
  put('lastYear', x.lastYear);
  put('plan', x.plan);
  for (let m = 0; m < 12; m++) put(`m${m + 1}`, x.months[m] ?? null);
  put('manualForecast', x.manualForecast ?? null);
}

let dir: string;
const books: Record<string, ExcelJS.Workbook> = {};

/** Variants of the example, each recalculated once (in parallel) in beforeAll. */
const discovery = MEASURES.rows.findIndex((x) => x.name === 'Discovery workshop hours');
const ONE_ACTUAL: ExampleMeasures = {
  ...MEASURES,
  // Month 9 of discovery hours: 140 → 1,040, so 2,000 in 9 months, 2,667 for the year, 111% of plan.
  rows: MEASURES.rows.map((x, i) => (i === discovery ? { ...x, months: x.months.map((v, m) => (m === 8 ? 1040 : v)) } : x)),
};
const MONTH_SIX: ExampleMeasures = { ...MEASURES, reportingMonth: 6 };

/** Measures typed into the empty template: blanks, less is better on a sum, a manual forecast, no plan. */
const OBJECTIVES: readonly ExampleObjective[] = [
  { objective: 'Win the mid-market', category: 'Revenue growth', weight: 50, kpi: 'Mid-market ARR ($M)', baseline: 10, target: 14, current: 11, sponsor: 'A. Chief', horizon: 'FY2026' },
  { objective: 'Cut onboarding time', category: 'Cost reduction', weight: 30, kpi: 'Days to productivity', baseline: 90, target: 60, current: 80, sponsor: 'B. Chief', horizon: 'FY2026' },
  { objective: 'Open a new region', category: 'Other', weight: 20, kpi: 'Contracts signed', baseline: 0, target: 5, current: 0, sponsor: 'C. Chief', horizon: 'FY2027' },
];
const TYPED: ExampleMeasures = {
  reportingMonth: 4,
  rows: [
    { name: 'Onboarding hours', type: 'Efficiency', initiative: '', objective: '', unit: 'hours', direction: 'Less is better', aggregation: 'Sum', lastYear: 900, plan: 600, months: [40, 60, null, 55] },
    { name: 'Onboarding NPS', type: 'Effectiveness', initiative: '', objective: '', unit: 'score', direction: 'More is better', aggregation: 'Average', lastYear: 30, plan: 40, months: [null, 35, null, 45], manualForecast: 38 },
    { name: 'Mid-market ARR from trained reps', type: 'Outcome', initiative: '', objective: 'Win the mid-market', unit: '$M', direction: 'More is better', aggregation: 'Sum', lastYear: 0, plan: 2, months: [0.1, 0.2, 0.2, 0.3, 0.9] },
    { name: 'Days to productivity', type: 'Outcome', initiative: '', objective: 'Win the mid-market', unit: 'days', direction: 'Less is better', aggregation: 'Average', lastYear: 90, plan: 70, months: [85, 82, 80, 77] },
    { name: 'Pilot sessions', type: 'Efficiency', initiative: '', objective: '', unit: 'sessions', direction: 'More is better', aggregation: 'Sum', lastYear: 0, plan: null, months: [1, 2] },
  ],
};

async function variant(name: string, edit: (workbook: ExcelJS.Workbook) => void, from: string): Promise<void> {
  const workbook = await loadWorkbook(from);
  edit(workbook);
  const path = join(dir, `${name}.xlsx`);
  await workbook.xlsx.writeFile(path);
  books[name] = await loadWorkbook(await recalculate(path, { outDir: join(dir, `recalculated-${name}`) }));
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ld-measures-'));
  const growthcorp = join(dir, 'growthcorp.xlsx');
  const empty = join(dir, 'empty.xlsx');
  await writeWorkbook(buildWorkbookSpec('growthcorp'), growthcorp);
  await writeWorkbook(buildWorkbookSpec('empty'), empty);
  await Promise.all([
    variant('growthcorp', () => undefined, growthcorp),
    variant('empty', () => undefined, empty),
    variant('one-actual', (w) => writeMeasure(w, discovery, ONE_ACTUAL.rows[discovery]), growthcorp),
    variant('month-six', (w) => {
      sheet(w, 'Measures').getCell(MEASURES_CELLS.reportingMonth).value = 6;
      sheet(w, 'ProgramReport').getCell(PROGRAM_REPORT.initiative).value = 'Product Discovery and Design Thinking';
    }, growthcorp),
    variant('no-month', (w) => {
      sheet(w, 'Measures').getCell(MEASURES_CELLS.reportingMonth).value = null;
    }, growthcorp),
    variant('typed', (w) => {
      OBJECTIVES.forEach((o, i) => writeObjective(w, i, o));
      sheet(w, 'Measures').getCell(MEASURES_CELLS.reportingMonth).value = TYPED.reportingMonth;
      TYPED.rows.forEach((x, i) => writeMeasure(w, i, x));
    }, empty),
  ]);
}, SETUP_TIMEOUT);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const reportSheets = ['Measures', 'Program report', 'Operations report', 'Summary report'];
const errorsIn = (workbook: ExcelJS.Workbook) => errorCells(workbook).filter((e) => reportSheets.some((s) => e.startsWith(`${s}!`)));

describe('GrowthCorp measures and reports, recalculated by LibreOffice', () => {
  test('no cell of Measures or a report is an error', () => {
    expect(errorsIn(books.growthcorp)).toEqual([]);
  });

  test('every YTD, % of plan, forecast and status equals the core', () => {
    checkMeasures(books.growthcorp, MEASURES);
  });

  test('the case study: net new ARR forecast $70M (= +28% on $250M), BCR 3.5x; one measure off track', () => {
    const row = (name: string) => M.firstDataRow + MEASURES.rows.findIndex((x) => x.name === name);
    expect(valueAt(books.growthcorp, 'Measures', `${M.columns.forecast}${row('Net new ARR')}`)).toBeCloseTo(70, 9);
    expect(valueAt(books.growthcorp, 'Measures', `${M.columns.forecast}${row('Portfolio benefit–cost ratio')}`)).toBe(3.5);
    const statuses = MEASURES.rows.map((_, i) => valueAt(books.growthcorp, 'Measures', `${M.columns.status}${M.firstDataRow + i}`));
    expect(statuses.filter((s) => s === 'Off track')).toHaveLength(1);
    expect(statuses.filter((s) => s === 'At risk')).toHaveLength(4);
  });

  test('the reports list the right measures, in order, with the same figures', () => {
    checkReports(books.growthcorp, MEASURES, GROWTHCORP.initiatives[0].name, GROWTHCORP.objectives, SUPPORTED);
  });
});

describe('the empty template: Measures and the reports are blank, without errors', () => {
  test('no error; nothing listed', () => {
    expect(errorsIn(books.empty)).toEqual([]);
    checkMeasures(books.empty, { reportingMonth: 1, rows: [] });
    checkReports(books.empty, { reportingMonth: 1, rows: [] }, '', [], []);
  });
});

describe('the measures are live: change the file, recalculate, and every figure follows', () => {
  test('one monthly actual moves YTD, % of plan, forecast and status, on Measures and the reports', () => {
    const book = books['one-actual'];
    expect(errorsIn(book)).toEqual([]);
    const row = M.firstDataRow + discovery;
    const before = expectedOf(MEASURES)[discovery];
    const after = expectedOf(ONE_ACTUAL)[discovery];
    for (const key of FIGURES) {
      expect(after[key]).not.toEqual(before[key]); // the change is not vacuous
      expect(valueAt(books.growthcorp, 'Measures', `${M.columns[key]}${row}`)).not.toEqual(valueAt(book, 'Measures', `${M.columns[key]}${row}`));
    }
    expect(after.status).toBe('On track');
    checkMeasures(book, ONE_ACTUAL);
    checkReports(book, ONE_ACTUAL, GROWTHCORP.initiatives[0].name, GROWTHCORP.objectives, SUPPORTED);
  });

  test('moving the reporting month changes YTD; the Program report follows its dropdown', () => {
    const book = books['month-six'];
    expect(errorsIn(book)).toEqual([]);
    const moved = expectedOf(MONTH_SIX).filter((x, i) => x.ytd !== expectedOf(MEASURES)[i].ytd);
    expect(moved.length).toBeGreaterThan(15);
    checkMeasures(book, MONTH_SIX);
    checkReports(book, MONTH_SIX, 'Product Discovery and Design Thinking', GROWTHCORP.objectives, SUPPORTED);
  });

  test('a cleared reporting month blanks every YTD and forecast (the core gives #NUM!), with no error anywhere', () => {
    const book = books['no-month'];
    expect(errorsIn(book)).toEqual([]);
    for (let i = 0; i < MEASURES.rows.length; i++) {
      for (const key of FIGURES) expect(valueAt(book, 'Measures', `${M.columns[key]}${M.firstDataRow + i}`)).toBeNull();
    }
    expect(valueAt(book, 'ProgramReport', `A${PROGRAM_REPORT.firstRow}`)).toBe('Net new ARR');
  });

  test('measures typed into the empty template: blanks, less is better, a manual forecast, no plan, objectives without learning', () => {
    const book = books.typed;
    expect(errorsIn(book)).toEqual([]);
    checkMeasures(book, TYPED);
    // No initiative is linked on Alignment: no objective has learning behind it, so the first shows its
    // outcome measures (2) and the others "No learning behind this objective".
    checkReports(book, TYPED, '', OBJECTIVES, [0, 0, 0]);
    expect(valueAt(book, 'SummaryReport', `${SUMMARY_COLUMNS.status}${SUMMARY_REPORT.firstRow + 1}`)).toBe(NO_LEARNING);
  });
});
