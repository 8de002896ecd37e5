/**
 * The Measures sheet and the three report sheets as data: where the tables sit, that every capacity
 * row holds its formulas, what the dropdowns and checks accept, that the reports read only what they
 * should, and that docs/templates.md names every Measures column. (Functions allowed, references
 * inside declared sheets and linear cost are checked for every sheet by spec.test.ts.)
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import {
  ALIGNMENT_TABLE, EFFECTIVE_MONTH_COLUMNS, MEASURE_ACTUAL_SOURCES, MEASURE_AGGREGATIONS, MEASURE_CAPACITY, MEASURE_DIRECTIONS, MEASURE_TYPES, MEASURES_CELLS,
  MEASURES_TABLE as M, MONTH_COLUMNS, SHEET_NAMES, SHEET_TITLES, STRATEGY_TABLE, buildWorkbookSpec, columnLetter, columnRange, findReferences, findSheet, parseRange,
} from '../../core/templates';
import type { CellSpec, SheetSpec, WorkbookSpec } from '../../core/templates';
import { GROWTHCORP, GROWTHCORP_MEASURES } from '../../core/templates/growthcorp';
import { measuresSheet } from '../../core/templates/sheets/measures';

// Built for each test: mutation testing judges a mutant only by the tests whose own code reached it,
// and a spec built at module scope belongs to no test.
let spec: WorkbookSpec;
let empty: WorkbookSpec;
beforeEach(() => {
  spec = buildWorkbookSpec('growthcorp');
  empty = buildWorkbookSpec('empty');
});

function cellAt(sheet: SheetSpec, address: string): CellSpec | null | undefined {
  const ref = parseRange(address)!;
  return sheet.cells[ref.start.row - 1]?.[ref.start.column - 1];
}

describe('the Measures sheet', () => {
  let sheet: SheetSpec;
  beforeEach(() => {
    sheet = findSheet(spec, 'Measures');
  });

  test('sits after Partners, with the reports after the Dashboard, shown by their titles', () => {
    expect(SHEET_NAMES.slice(6, 12)).toEqual(['Partners', 'Measures', 'Dashboard', 'ProgramReport', 'OperationsReport', 'SummaryReport']);
    expect(['ProgramReport', 'OperationsReport', 'SummaryReport'].map((n) => findSheet(spec, n as 'ProgramReport').name)).toEqual(['Program report', 'Operations report', 'Summary report']);
    expect(SHEET_TITLES.Measures).toBe('Measures');
  });

  test('has its headers in the header row and a formula in every calculated cell of its 60 rows', () => {
    expect(M.capacity).toBe(MEASURE_CAPACITY);
    expect(MEASURE_CAPACITY).toBe(60);
    for (const [key, letter] of Object.entries(M.columns as Record<string, string>)) {
      expect(cellAt(sheet, `${letter}${M.headerRow}`)?.value).toBe((M.headers as Record<string, string>)[key]);
      if ((M.inputs as readonly string[]).includes(key)) continue;
      for (let row = M.firstDataRow; row <= M.lastDataRow; row++) {
        if (cellAt(sheet, `${letter}${row}`)?.formula === undefined) throw new Error(`Measures!${letter}${row} (${key}) has no formula`);
      }
    }
  });

  test('the reporting month and the thresholds are set once, above the table, and validated', () => {
    expect(cellAt(sheet, MEASURES_CELLS.reportingMonth)?.value).toBe(9);
    expect(cellAt(findSheet(empty, 'Measures'), MEASURES_CELLS.reportingMonth)?.value).toBe(1);
    expect(cellAt(sheet, MEASURES_CELLS.onTrack)?.value).toBe(0.95);
    expect(cellAt(sheet, MEASURES_CELLS.atRisk)?.value).toBe(0.85);
    expect(sheet.validations).toContainEqual(expect.objectContaining({ range: MEASURES_CELLS.reportingMonth, type: 'whole', min: 1, max: 12 }));
    // Every YTD formula reads the reporting month.
    for (let row = M.firstDataRow; row <= M.lastDataRow; row++) {
      expect(cellAt(sheet, `${M.columns.sumToMonth}${row}`)?.formula).toContain(`$${MEASURES_CELLS.reportingMonth.replace(/(\d+)/, '$$$1')}`);
    }
  });

  test('dropdowns: type, direction and aggregation lists; initiative from Alignment; objective from Strategy', () => {
    const rows = (key: keyof typeof M.columns) => `${M.columns[key]}${M.firstDataRow}:${M.columns[key]}${M.lastDataRow}`;
    const list = (key: keyof typeof M.columns) => sheet.validations.find((v) => v.range === rows(key));
    expect(list('type')).toMatchObject({ type: 'list', values: [...MEASURE_TYPES] });
    expect(list('direction')).toMatchObject({ type: 'list', values: [...MEASURE_DIRECTIONS] });
    expect(list('aggregation')).toMatchObject({ type: 'list', values: [...MEASURE_AGGREGATIONS] });
    expect(list('initiative')).toMatchObject({ type: 'list', source: columnRange(ALIGNMENT_TABLE, 'name') });
    expect(list('objective')).toMatchObject({ type: 'list', source: columnRange(STRATEGY_TABLE, 'objective') });
  });

  test('status is coloured: on track, at risk, off track', () => {
    const status = `${M.columns.status}${M.firstDataRow}:${M.columns.status}${M.lastDataRow}`;
    expect(sheet.conditionalFormats.filter((f) => f.range === status).map((f) => f.formula)).toEqual(
      ['On track', 'At risk', 'Off track'].map((s) => `=$${M.columns.status}${M.firstDataRow}="${s}"`),
    );
  });

  test('the GrowthCorp example fills one row per measure; the empty template none', () => {
    const names = (s: SheetSpec) => Array.from({ length: M.capacity }, (_, i) => cellAt(s, `${M.columns.name}${M.firstDataRow + i}`)?.value).filter((v) => v !== undefined);
    expect(names(sheet)).toHaveLength(23);
    expect(names(findSheet(empty, 'Measures'))).toEqual([]);
  });
});

describe('Measures: monthly actuals from Learning data', () => {
  let sheet: SheetSpec;
  beforeEach(() => {
    sheet = findSheet(spec, 'Measures');
  });

  test('"Actuals from" and the twelve months-used helpers are appended after the old columns, so built workbooks keep their addresses', () => {
    // The letters before this feature (name A … outcome objective AD) are unchanged.
    expect([M.columns.name, M.columns.initiative, M.columns.m1, M.columns.m12, M.columns.status, M.columns.outcomeObjective]).toEqual(['A', 'C', 'J', 'U', 'AA', 'AD']);
    expect(M.columns.actualsFrom).toBe('AE');
    expect(EFFECTIVE_MONTH_COLUMNS).toEqual(Array.from({ length: 12 }, (_, i) => columnLetter(32 + i)));
    expect(M.inputs).toContain('actualsFrom');
  });

  test('the year start is a date setting (GrowthCorp FY2025 from 2024-07-01, blank in the empty template) and Actuals from has a dropdown', () => {
    // 2024-07-01 is serial 45474 (days since 1899-12-30).
    expect(cellAt(sheet, MEASURES_CELLS.yearStart)).toMatchObject({ value: 45474, numberFormat: 'yyyy-mm-dd' });
    expect(cellAt(findSheet(empty, 'Measures'), MEASURES_CELLS.yearStart)?.value).toBeUndefined();
    expect(cellAt(sheet, 'A6')?.value).toMatch(/^Year starts/);
    expect(sheet.validations).toContainEqual(expect.objectContaining({ range: MEASURES_CELLS.yearStart, type: 'date' }));
    expect(sheet.validations).toContainEqual(expect.objectContaining({ range: `AE${M.firstDataRow}:AE${M.lastDataRow}`, type: 'list', values: [...MEASURE_ACTUAL_SOURCES] }));
    expect(MEASURE_ACTUAL_SOURCES).toEqual(['Typed', 'Learning: participants', 'Learning: hours']);
  });

  test('an example measure may say where its actuals come from; without it the cell is left for the person filling the sheet', () => {
    const measures = GROWTHCORP_MEASURES.rows.map((row, i) => (i === 1 ? { ...row, actualsFrom: 'Learning: hours' } : row));
    const own = measuresSheet({ ...GROWTHCORP, measures: { ...GROWTHCORP_MEASURES, rows: measures } });
    expect(cellAt(own, `${M.columns.actualsFrom}${M.firstDataRow + 1}`)).toMatchObject({ value: 'Learning: hours' });
    expect(cellAt(own, `${M.columns.actualsFrom}${M.firstDataRow}`)?.value).toBeUndefined();
    expect(cellAt(sheet, `${M.columns.actualsFrom}${M.firstDataRow + 1}`)?.value).toBeUndefined();
  });

  test('month used = the typed month, else COUNTIFS/SUMIFS of the initiative\'s Learning data records dated in that month', () => {
    // Month 2 of row 8, written out by hand: the typed K8 wins; else, with a year start and an initiative,
    // completed + passed records (or hours) of initiative C8 (as matched: ~ * ? escaped in hidden AR8) dated from the first of year start's month + 1 to before + 2.
    expect(cellAt(sheet, 'AR8')?.formula).toBe('=IF($C8="","",SUBSTITUTE(SUBSTITUTE(SUBSTITUTE($C8,"~","~~"),"*","~*"),"?","~?"))');
    const inMonth = "'Learning data'!$F:$F,$AR8,'Learning data'!$G:$G,\">=\"&DATE(YEAR($B$6),MONTH($B$6)+1,1),'Learning data'!$G:$G,\"<\"&DATE(YEAR($B$6),MONTH($B$6)+2,1)";
    expect(cellAt(sheet, `${EFFECTIVE_MONTH_COLUMNS[1]}8`)?.formula).toBe(
      '=IF(K8<>"",K8,IF(OR(COUNT($B$6)=0,$C8=""),"",' +
      `IF($AE8="Learning: participants",COUNTIFS(${inMonth},'Learning data'!$H:$H,"completed")+COUNTIFS(${inMonth},'Learning data'!$H:$H,"passed"),` +
      `IF($AE8="Learning: hours",SUMIFS('Learning data'!$I:$I,${inMonth}),""))))`,
    );
    for (let row = M.firstDataRow; row <= M.lastDataRow; row++) {
      EFFECTIVE_MONTH_COLUMNS.forEach((letter, k) => {
        const formula = cellAt(sheet, `${letter}${row}`)?.formula ?? '';
        if (!formula.startsWith(`=IF(${MONTH_COLUMNS[k]}${row}<>"",${MONTH_COLUMNS[k]}${row},`) || !formula.includes(`MONTH($B$6)+${k + 1},1)`)) throw new Error(`Measures!${letter}${row}: ${formula}`);
      });
    }
  });

  test('YTD reads the months used, never the typed month columns directly', () => {
    for (let row = M.firstDataRow; row <= M.lastDataRow; row++) {
      for (const key of ['reported', 'sumToMonth'] as const) {
        const formula = cellAt(sheet, `${M.columns[key]}${row}`)?.formula ?? '';
        expect(formula).toContain(`${EFFECTIVE_MONTH_COLUMNS[0]}${row}:${EFFECTIVE_MONTH_COLUMNS[11]}${row}`);
        expect(formula).not.toContain(`${M.columns.m1}${row}:`);
      }
    }
  });
});

describe('the report sheets', () => {
  test.each(['ProgramReport', 'OperationsReport', 'SummaryReport'] as const)('%s reads only Measures, Strategy, Alignment and itself', (name) => {
    const sheet = findSheet(spec, name);
    const sheets = new Set<string>();
    for (const row of sheet.cells) for (const cell of row) if (cell?.formula) for (const ref of findReferences(cell.formula)) sheets.add(ref.sheet ?? sheet.name);
    for (const s of sheets) expect(['Measures', 'Strategy', 'Alignment', sheet.name]).toContain(s);
    expect(sheets.has('Measures')).toBe(true);
  });

  test('helper columns are hidden', () => {
    for (const name of ['ProgramReport', 'OperationsReport', 'SummaryReport'] as const) expect(findSheet(spec, name).hiddenColumns?.length).toBeGreaterThan(0);
    expect(findSheet(spec, 'Measures').hiddenColumns).toEqual([M.columns.reported, M.columns.sumToMonth, M.columns.outcomeObjective, ...EFFECTIVE_MONTH_COLUMNS, M.columns.initiativeCriterion]);
  });
});

describe('docs/templates.md', () => {
  const doc = readFileSync(join(__dirname, '..', '..', 'docs', 'templates.md'), 'utf8');

  test('names every Measures column key and header, and shows a picture of each report', () => {
    const missing: string[] = [];
    for (const [key, header] of Object.entries(M.headers as Record<string, string>)) {
      if (/^[me]\d+$/.test(key)) continue; // documented as m1 … m12 and e1 … e12
      if (!doc.includes(`\`${key}\``)) missing.push(`key ${key}`);
      if (!doc.includes(header)) missing.push(`header ${header}`);
    }
    for (const range of ['`m1` … `m12`', '`e1` … `e12`']) if (!doc.includes(range)) missing.push(range);
    for (const image of ['reports-measures', 'reports-program', 'reports-operations', 'reports-summary']) {
      if (!doc.includes(`images/${image}.png`)) missing.push(image);
    }
    expect(missing).toEqual([]);
  });
});
