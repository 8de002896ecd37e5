/**
 * The Learning data sheet's native formulas recalculated by LibreOffice headless, with records in it:
 * the GrowthCorp sample files (examples/) as the rows an import appends, ROI set to use learning data
 * for a blank Participants' time. Every per-initiative figure, the ROI cost that takes the time cost
 * and the Dashboard's total investment equal what the core computes from the same rows
 * (core/insights/learning.ts through readFramework, 1e-9 relative); the participants equal the
 * example's (core/templates/growthcorp.ts); an initiative named with `*` counts its own
 * records only. Then a record is appended in the file and the figures follow: the sheet is live
 * without the add-in.
 */
import type ExcelJS from 'exceljs';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { readFramework, gridSource, portfolioFigures, specValues } from '../../core/insights';
import type { LearningFigures } from '../../core/insights';
import {
  ALIGNMENT_TABLE, DASHBOARD_CELLS as D, GROWTHCORP, IMPACT_TABLE, LEARNING_BY_INITIATIVE as L, LEARNING_SETTINGS, LEARNING_TABLE, ROI_TABLE, SHEET_TITLES, buildWorkbookSpec, parseCell,
} from '../../core/templates';
import { writeWorkbook } from '../../scripts/xlsx/write-workbook';
import { recalculate } from '../support/libreoffice';
import { closeTo } from '../support/results';
import { learningCells, sampleRecords, sampleRows, withCells, type RowCell } from './learning-rows';
import { errorCells, loadWorkbook, sheet, valueAt, type CellValue } from './workbook-cells';

const TOLERANCE = 1e-9;
/** Errors on the sheets this test changes or reads from Learning data (the Dashboard's empty trend slots are #N/A on purpose: libreoffice.test.ts). */
const errorsHere = (workbook: ExcelJS.Workbook) => errorCells(workbook).filter((e) => e.startsWith(`${SHEET_TITLES.Learning}!`) || e.startsWith('ROI!') || e.startsWith('Impact!') || e.startsWith('Mappings!'));
const SETUP_TIMEOUT = 300_000;
const RATE = 40;

const timeCell = `${ROI_TABLE.columns.participantTime}${ROI_TABLE.firstDataRow}`;
/** An eighth initiative with nothing on Impact but scored learning records: Level 2 evidence from the data alone. */
const MENTORING = 'Mentoring Circles';
const MENTORING_INDEX = GROWTHCORP.initiatives.length;
const mentoringRows: RowCell[][] = [
  ['imp-1', 'extra.csv', 'lms-00000000000000a1', 'ana@growthcorp.example', MENTORING, MENTORING, 45700, 'completed', 3, 0.75, null],
  ['imp-1', 'extra.csv', 'lms-00000000000000a2', 'ben@growthcorp.example', MENTORING, MENTORING, 45701, 'failed', 2, 0.5, null],
  ['imp-1', 'extra.csv', 'lms-00000000000000a3', 'cy@growthcorp.example', MENTORING, MENTORING, null, 'in progress', null, null, null],
];
/**
 * A ninth initiative whose name ends in `*`, a wildcard in a COUNTIFS criterion: unescaped, it would
 * also count Mentoring Circles' records. Its figures are its own record's only.
 */
const WILDCARD = 'Mentoring*';
const WILDCARD_INDEX = MENTORING_INDEX + 1;
const wildcardRows: RowCell[][] = [
  ['imp-1', 'extra.csv', 'lms-00000000000000b1', 'dee@growthcorp.example', WILDCARD, WILDCARD, 45702, 'passed', 4, 0.9, null],
];
const ROWS = [...sampleRows(), ...mentoringRows, ...wildcardRows];
const SPEC = withCells(buildWorkbookSpec('growthcorp'), {
  Learning: learningCells(ROWS),
  Alignment: {
    [`${ALIGNMENT_TABLE.columns.name}${ALIGNMENT_TABLE.firstDataRow + MENTORING_INDEX}`]: { value: MENTORING, style: 'input' },
    [`${ALIGNMENT_TABLE.columns.name}${ALIGNMENT_TABLE.firstDataRow + WILDCARD_INDEX}`]: { value: WILDCARD, style: 'input' },
  },
  Impact: { [LEARNING_SETTINGS.impactUse]: { value: 'Yes', style: 'input' } },
  ROI: {
    [LEARNING_SETTINGS.roiUse]: { value: 'Yes', style: 'input' },
    [LEARNING_SETTINGS.roiHourlyCost]: { value: RATE, style: 'input' },
    [timeCell]: { style: 'input' }, // the first initiative's Participants' time left blank
  },
});

let dir: string;
let written: string;
let recalculated: ExcelJS.Workbook;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ld-learning-'));
  written = join(dir, 'growthcorp-learning.xlsx');
  await writeWorkbook(SPEC, written);
  recalculated = await loadWorkbook(await recalculate(written, { outDir: join(dir, 'recalculated') }));
}, SETUP_TIMEOUT);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function expectFigure(actual: CellValue, expected: number | null, what: string): void {
  if (expected === null) {
    if (actual !== null && actual !== '') throw new Error(`${what}: the workbook shows ${JSON.stringify(actual)}, the core has no figure`);
    return;
  }
  if (typeof actual !== 'number' || !closeTo(actual, expected, TOLERANCE)) throw new Error(`${what}: the workbook shows ${JSON.stringify(actual)}, the core computes ${expected}`);
}

const KEYS: Readonly<Record<Exclude<keyof typeof L.columns, 'name' | 'criterion'>, keyof LearningFigures>> = {
  participants: 'participants', records: 'records', tries: 'enrolments', completionRate: 'completionRate', hours: 'hours', averageScore: 'averageScore', timeCost: 'timeCost',
};

/** Every per-initiative figure on the sheet against the core's, for the first `count` initiatives. */
function checkFigures(workbook: ExcelJS.Workbook, figures: readonly (LearningFigures | undefined)[]): void {
  figures.forEach((f, i) => {
    expect(f).toBeDefined();
    for (const [column, key] of Object.entries(KEYS)) {
      const address = `${L.columns[column as keyof typeof KEYS]}${L.firstDataRow + i}`;
      expectFigure(valueAt(workbook, 'Learning', address), f![key], `Learning data!${address} (${column}, initiative ${i + 1})`);
    }
  });
}

describe('Learning data recalculated by LibreOffice with the GrowthCorp sample records', () => {
  const core = readFramework(gridSource(specValues(SPEC))).model;

  test('no error cells on Learning data, ROI or Mappings, and the records are there as written', () => {
    expect(errorsHere(recalculated)).toEqual([]);
    expect(sheet(recalculated, 'Learning').getCell(`${LEARNING_TABLE.columns.key}${LEARNING_TABLE.firstDataRow + ROWS.length - 1}`).value).toBe(ROWS[ROWS.length - 1][2]);
  });

  test("each initiative's participants, records, enrolments, completion rate, hours, average score and time cost equal the core's", () => {
    checkFigures(recalculated, core.initiatives.map((i) => i.learning));
    // Rows past the initiatives show nothing.
    expect(valueAt(recalculated, 'Learning', `${L.columns.participants}${L.firstDataRow + WILDCARD_INDEX + 1}`)).toBeNull();
  });

  test('a name with * counts its own records only: the criteria escape the wildcards', () => {
    expect(core.initiatives[WILDCARD_INDEX].learning).toMatchObject({ participants: 1, enrolments: 1, hours: 4, averageScore: 0.9 });
    const at = (key: keyof typeof L.columns) => valueAt(recalculated, 'Learning', `${L.columns[key]}${L.firstDataRow + WILDCARD_INDEX}`);
    // Unescaped, `Mentoring*` would add Mentoring Circles' 1 completion, 3 enrolments, 5 hours (2, 4, 9).
    expect([at('participants'), at('tries'), at('hours'), at('averageScore')]).toEqual([1, 1, 4, 0.9]);
  });

  test('Impact set to use learning data: an initiative with only scored records reaches Level 2; typed evidence above it still wins', () => {
    const evidence = (i: number) => valueAt(recalculated, 'Impact', `${IMPACT_TABLE.columns.evidence}${IMPACT_TABLE.firstDataRow + i}`);
    expect(core.initiatives[MENTORING_INDEX].learning).toMatchObject({ participants: 1, enrolments: 3, averageScore: 0.625 });
    expect(evidence(MENTORING_INDEX)).toBe('Level 2: learning');
    expect(evidence(0)).toBe('Level 4: business impact');
  });

  test("the participants are the example's (GrowthCorp Alignment)", () => {
    GROWTHCORP.initiatives.forEach((x, i) => {
      expect([x.name, valueAt(recalculated, 'Learning', `${L.columns.participants}${L.firstDataRow + i}`)]).toEqual([x.name, x.participants]);
    });
  });

  test("ROI's blank Participants' time takes learning hours × the hourly cost, and the dashboard follows", () => {
    const figures = portfolioFigures(core);
    const { records, mapping } = sampleRecords();
    const hours = records.filter((r) => mapping.get(r.activity) === GROWTHCORP.initiatives[0].name).reduce((s, r) => s + (r.durationHours ?? 0), 0);
    const typed = Object.values(GROWTHCORP.initiatives[0].costs).reduce((a, b) => a + b, 0) - GROWTHCORP.initiatives[0].costs.participantTime;
    expect(figures.initiatives[0].cost).toBeCloseTo(typed + hours * RATE, 6);
    expectFigure(valueAt(recalculated, 'ROI', `${ROI_TABLE.columns.cost}${ROI_TABLE.firstDataRow}`), figures.initiatives[0].cost, 'ROI fully loaded cost of initiative 1');
    // The others typed their Participants' time: it wins over the learning figure.
    expectFigure(valueAt(recalculated, 'ROI', `${ROI_TABLE.columns.cost}${ROI_TABLE.firstDataRow + 1}`), Object.values(GROWTHCORP.initiatives[1].costs).reduce((a, b) => a + b, 0), 'ROI cost of initiative 2 (typed)');
    expectFigure(valueAt(recalculated, 'Dashboard', D.totalInvestment), figures.totalInvestment, 'TotalInvestment');
  });

  test('live: a record appended in the file and a changed rate move the figures after recalculation', async () => {
    const workbook = await loadWorkbook(written);
    const ws = sheet(workbook, 'Learning');
    const next = LEARNING_TABLE.firstDataRow + ROWS.length;
    const appended: RowCell[] = ['imp-2', 'later.csv', 'lms-0000000000000001', 'new.learner@growthcorp.example', 'Consultative Selling Academy', GROWTHCORP.initiatives[0].name, 45900, 'passed', 6, 0.7, null];
    LEARNING_TABLE.defs.forEach((d, c) => {
      if (appended[c] !== null) ws.getCell(`${LEARNING_TABLE.columns[d.key]}${next}`).value = appended[c];
    });
    sheet(workbook, 'ROI').getCell(LEARNING_SETTINGS.roiHourlyCost).value = 55;
    const path = join(dir, 'growthcorp-learning-appended.xlsx');
    await workbook.xlsx.writeFile(path);
    const after = await loadWorkbook(await recalculate(path, { outDir: join(dir, 'recalculated-appended') }));
    expect(errorsHere(after)).toEqual([]);

    const grids = specValues(SPEC);
    const learning = grids[SHEET_TITLES.Learning];
    while (learning.length < next) learning.push([]);
    learning[next - 1] = [...appended];
    const roi = grids.ROI;
    const rate = parseCell(LEARNING_SETTINGS.roiHourlyCost)!;
    roi[rate.row - 1][rate.column - 1] = 55;
    const model = readFramework(gridSource(grids)).model;
    expect(model.initiatives[0].learning?.participants).toBe(GROWTHCORP.initiatives[0].participants + 1);
    checkFigures(after, model.initiatives.map((i) => i.learning));
    expectFigure(valueAt(after, 'Dashboard', D.totalInvestment), portfolioFigures(model).totalInvestment, 'TotalInvestment after the append');
  }, SETUP_TIMEOUT);
});
