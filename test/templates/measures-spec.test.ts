/**
 * The Measures sheet and the three report sheets as data: where the tables sit, that every capacity
 * row holds its formulas, what the dropdowns and checks accept, that the reports read only what they
 * should, and that docs/templates.md names every Measures column. (Functions allowed, references
 * inside declared sheets and linear cost are checked for every sheet by spec.test.ts.)
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import {
  ALIGNMENT_TABLE, MEASURE_AGGREGATIONS, MEASURE_CAPACITY, MEASURE_DIRECTIONS, MEASURE_TYPES, MEASURES_CELLS, MEASURES_TABLE as M, SHEET_NAMES, SHEET_TITLES,
  STRATEGY_TABLE, buildWorkbookSpec, columnRange, findReferences, findSheet, parseRange,
} from '../../core/templates';
import type { CellSpec, SheetSpec } from '../../core/templates';

const spec = buildWorkbookSpec('growthcorp');
const empty = buildWorkbookSpec('empty');

function cellAt(sheet: SheetSpec, address: string): CellSpec | null | undefined {
  const ref = parseRange(address)!;
  return sheet.cells[ref.start.row - 1]?.[ref.start.column - 1];
}

describe('the Measures sheet', () => {
  const sheet = findSheet(spec, 'Measures');

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
    expect(findSheet(spec, 'Measures').hiddenColumns).toEqual([M.columns.reported, M.columns.sumToMonth, M.columns.outcomeObjective]);
  });
});

describe('docs/templates.md', () => {
  const doc = readFileSync(join(__dirname, '..', '..', 'docs', 'templates.md'), 'utf8');

  test('names every Measures column key and header, and shows a picture of each report', () => {
    const missing: string[] = [];
    for (const [key, header] of Object.entries(M.headers as Record<string, string>)) {
      if (/^m\d+$/.test(key)) continue; // documented as m1 … m12
      if (!doc.includes(`\`${key}\``)) missing.push(`key ${key}`);
      if (!doc.includes(header)) missing.push(`header ${header}`);
    }
    for (const image of ['reports-measures', 'reports-program', 'reports-operations', 'reports-summary']) {
      if (!doc.includes(`images/${image}.png`)) missing.push(image);
    }
    expect(missing).toEqual([]);
  });
});
