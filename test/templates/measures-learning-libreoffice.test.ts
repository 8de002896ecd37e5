/**
 * Measures' monthly actuals from Learning data, recalculated by LibreOffice headless. The GrowthCorp
 * sample files (examples/) are the Learning data rows an import appends; two efficiency measures take
 * their months from them ("Account executives trained": Learning: participants, with month 3 typed;
 * "Discovery workshop hours": Learning: hours, nothing typed). Every month used (the hidden helpers),
 * YTD, % of plan, forecast and status on the sheet equal what the core reads from the same grid
 * (core/insights/measures.ts through measuresFromSource, 1e-9 relative), and the participants per
 * month equal a count made here straight from the parsed sample records by their ISO dates. A typed
 * month wins; a record appended in month 2 moves month 2 and YTD after recalculation.
 */
import type ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { gridSource, measuresFromSource, specValues } from '../../core/insights';
import type { Measure } from '../../core/insights';
import {
  EFFECTIVE_MONTH_COLUMNS, GROWTHCORP, LEARNING_TABLE, MEASURES_CELLS, MEASURES_TABLE as M, MONTH_COLUMNS, SHEET_TITLES, buildWorkbookSpec,
} from '../../core/templates';
import type { CellSpec } from '../../core/templates';
import { writeWorkbook } from '../../scripts/xlsx/write-workbook';
import { recalculate } from '../support/libreoffice';
import { closeTo } from '../support/results';
import { learningCells, sampleRecords, sampleRows, serial, withCells, type RowCell } from './learning-rows';
import { errorCells, loadWorkbook, sheet, valueAt, type CellValue } from './workbook-cells';

const TOLERANCE = 1e-9;
const SETUP_TIMEOUT = 300_000;
const MEASURES = GROWTHCORP.measures!;
const ACADEMY = GROWTHCORP.initiatives[0].name;
const trained = MEASURES.rows.findIndex((x) => x.name === 'Account executives trained');
const hours = MEASURES.rows.findIndex((x) => x.name === 'Discovery workshop hours');
const TYPED_MONTH_3 = 99;

const ROWS = sampleRows();
const measureCells: Record<string, CellSpec | null> = {};
const trainedRow = M.firstDataRow + trained;
const hoursRow = M.firstDataRow + hours;
measureCells[`${M.columns.actualsFrom}${trainedRow}`] = { value: 'Learning: participants' };
measureCells[`${M.columns.actualsFrom}${hoursRow}`] = { value: 'Learning: hours' };
MONTH_COLUMNS.forEach((letter, m) => {
  measureCells[`${letter}${trainedRow}`] = m === 2 ? { value: TYPED_MONTH_3 } : null;
  measureCells[`${letter}${hoursRow}`] = null;
});
const SPEC = withCells(buildWorkbookSpec('growthcorp'), { Learning: learningCells(ROWS), Measures: measureCells });

/** Completing records of the Academy per month of FY2025 (July 2024 = month 1), counted from the parsed records' ISO dates. */
function participantsByMonth(extra: readonly string[] = []): number[] {
  const { records, mapping } = sampleRecords();
  const dates = records.filter((r) => mapping.get(r.activity) === ACADEMY && (r.status === 'completed' || r.status === 'passed') && r.date !== null).map((r) => r.date!);
  const months = new Array<number>(12).fill(0);
  for (const iso of [...dates, ...extra]) {
    const [y, m] = iso.split('-').map(Number);
    const k = (y - 2024) * 12 + m - 7;
    if (k >= 0 && k < 12) months[k]++;
  }
  return months;
}

let dir: string;
let written: string;
let recalculated: ExcelJS.Workbook;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ld-measures-learning-'));
  written = join(dir, 'growthcorp-measures-learning.xlsx');
  await writeWorkbook(SPEC, written);
  recalculated = await loadWorkbook(await recalculate(written, { outDir: join(dir, 'recalculated') }));
}, SETUP_TIMEOUT);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function same(actual: CellValue, expected: string | number | null, where: string): void {
  const ok = typeof expected === 'number' ? typeof actual === 'number' && closeTo(actual, expected, TOLERANCE) : actual === expected;
  if (!ok) throw new Error(`${where}: the workbook shows ${JSON.stringify(actual)}, the core gives ${JSON.stringify(expected)}`);
}

const FIGURES = ['ytd', 'ytdPercent', 'forecast', 'forecastPercent', 'status'] as const;

/** Every measure's months used and figures on the sheet against the core's. */
function checkAll(workbook: ExcelJS.Workbook, measures: readonly Measure[]): void {
  expect(measures).toHaveLength(MEASURES.rows.length);
  for (const m of measures) {
    EFFECTIVE_MONTH_COLUMNS.forEach((letter, k) => same(valueAt(workbook, 'Measures', `${letter}${m.row}`), m.months[k], `Measures!${letter}${m.row} (month ${k + 1} used, ${m.name})`));
    for (const key of FIGURES) same(valueAt(workbook, 'Measures', `${M.columns[key]}${m.row}`), m[key], `Measures!${M.columns[key]}${m.row} (${key} of ${m.name})`);
  }
}

const errorsIn = (workbook: ExcelJS.Workbook) => errorCells(workbook).filter((e) => ['Measures', 'Program report', 'Operations report', 'Summary report'].some((s) => e.startsWith(`${s}!`)));

describe('Measures taking monthly actuals from Learning data, recalculated by LibreOffice', () => {
  const core = measuresFromSource(gridSource(specValues(SPEC)))!;
  const at = (row: number) => core.measures.find((m) => m.row === row)!;

  test('the core counts what the sample records say: participants by month, the typed month 3 kept, hours from the records', () => {
    const expected = participantsByMonth();
    expect(expected.reduce((a, b) => a + b, 0)).toBeGreaterThan(0);
    expect(expected[2]).not.toBe(TYPED_MONTH_3); // the typed month is not what the records give
    expect(at(trainedRow).actualsFrom).toBe('Learning: participants');
    expect(at(trainedRow).months).toEqual(expected.map((v, k) => (k === 2 ? TYPED_MONTH_3 : v)));
    expect(at(hoursRow).actualsFrom).toBe('Learning: hours');
    expect(at(hoursRow).months.slice(0, 9).every((v) => typeof v === 'number')).toBe(true);
    expect(at(hoursRow).months.some((v) => v !== null && v > 0)).toBe(true);
    // The other measures keep their typed months.
    expect(trained).toBe(0);
    expect(at(M.firstDataRow + 1).months.slice(0, 9)).toEqual(MEASURES.rows[1].months);
  });

  test('no error cell on Measures or a report; months used, YTD, % of plan, forecast and status equal the core for every measure', () => {
    expect(errorsIn(recalculated)).toEqual([]);
    expect(valueAt(recalculated, 'Measures', MEASURES_CELLS.yearStart)).toEqual(expect.anything());
    checkAll(recalculated, core.measures);
  });

  test('a typed month wins over the learning figure', () => {
    same(valueAt(recalculated, 'Measures', `${EFFECTIVE_MONTH_COLUMNS[2]}${trainedRow}`), TYPED_MONTH_3, 'month 3 used of Account executives trained');
  });

  test('live: a record appended in month 2 (August 2024) moves month 2, YTD and the forecast after recalculation', async () => {
    const workbook = await loadWorkbook(written);
    const next = LEARNING_TABLE.firstDataRow + ROWS.length;
    const appended: RowCell[] = ['imp-2', 'later.csv', 'lms-0000000000000002', 'late.learner@growthcorp.example', 'Consultative Selling Academy', ACADEMY, serial('2024-08-20'), 'completed', 5, 0.8, null];
    const ws = sheet(workbook, 'Learning');
    LEARNING_TABLE.defs.forEach((d, c) => {
      if (appended[c] !== null) ws.getCell(`${LEARNING_TABLE.columns[d.key]}${next}`).value = appended[c];
    });
    const path = join(dir, 'appended.xlsx');
    await workbook.xlsx.writeFile(path);
    const after = await loadWorkbook(await recalculate(path, { outDir: join(dir, 'recalculated-appended') }));
    expect(errorsIn(after)).toEqual([]);

    const grids = specValues(SPEC);
    const learning = grids[SHEET_TITLES.Learning];
    while (learning.length < next) learning.push([]);
    learning[next - 1] = [...appended];
    const moved = measuresFromSource(gridSource(grids))!;
    const before = at(trainedRow);
    const now = moved.measures.find((m) => m.row === trainedRow)!;
    expect(now.months[1]).toBe(participantsByMonth(['2024-08-20'])[1]);
    expect(now.months[1]).toBe((before.months[1] ?? 0) + 1);
    expect(now.ytd).toBe((before.ytd ?? 0) + 1);
    same(valueAt(after, 'Measures', `${EFFECTIVE_MONTH_COLUMNS[1]}${trainedRow}`), now.months[1], 'month 2 used after the append');
    expect(valueAt(after, 'Measures', `${M.columns.ytd}${trainedRow}`)).not.toEqual(valueAt(recalculated, 'Measures', `${M.columns.ytd}${trainedRow}`));
    checkAll(after, moved.measures);
  }, SETUP_TIMEOUT);
});
