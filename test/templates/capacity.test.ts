/**
 * The initiative capacity is a choice (issue 10): the workbook at 2,000 initiatives has the same
 * columns and the same formulas as at 200, only more rows; every range over the initiative rows ends
 * at the chosen capacity; the work per row stays the same (linear); the filled GrowthCorp example fills
 * every row with distinct initiatives, the same ones on every build.
 */
import {
  GROWTHCORP, INITIATIVE_CAPACITIES, INITIATIVE_CAPACITY, MAX_INITIATIVE_CAPACITY, OBJECTIVE_CAPACITY, buildWorkbookSpec, columnNumber,
  findReferences, findSheet, initiativeLayout, parseRange,
} from '../../core/templates';
import type { SheetSpec, TableLayout, WorkbookSpec } from '../../core/templates';
import { filledGrowthCorp, generatedInitiative } from '../../core/templates/filled-example';
import { once } from '../../core/insights/testing/once';

const INITIATIVE_SHEETS = ['Alignment', 'Impact', 'ROI', 'Plan'];
// Built on first use, not when the file loads (a run that filters this file's tests out pays nothing).
const small = once(() => buildWorkbookSpec('empty'));
const large = once(() => buildWorkbookSpec('empty', { capacity: 2000 }));

interface Site { readonly sheet: SheetSpec; readonly formula: string; readonly row?: number; readonly column?: number }

function sites(spec: WorkbookSpec): Site[] {
  const out: Site[] = [];
  for (const sheet of spec.sheets) {
    sheet.cells.forEach((row, r) => row.forEach((cell, c) => {
      if (cell?.formula !== undefined) out.push({ sheet, formula: cell.formula, row: r + 1, column: c + 1 });
    }));
    for (const cf of sheet.conditionalFormats) out.push({ sheet, formula: cf.formula });
  }
  return out;
}

/** Every range a spec names (formulas, validations and their sources, conditional formats, tables, charts), with its sheet. */
function ranges(spec: WorkbookSpec): { sheet: string; text: string }[] {
  const out: { sheet: string; text: string }[] = [];
  const canonical = (s: SheetSpec) => s.canonicalName ?? s.name;
  const named = (text: string, current: SheetSpec) => {
    const [, sheetPart, address] = /^(?:(.+)!)?(.+)$/.exec(text)!;
    const sheet = sheetPart === undefined ? canonical(current) : canonical(spec.sheets.find((s) => s.name === sheetPart.replace(/^'|'$/g, ''))!);
    out.push({ sheet, text: address });
  };
  for (const site of sites(spec)) for (const ref of findReferences(site.formula)) named(ref.text, site.sheet);
  for (const sheet of spec.sheets) {
    for (const v of sheet.validations) {
      named(v.range, sheet);
      if (v.type === 'list' && v.source !== undefined) named(v.source, sheet);
    }
    for (const cf of sheet.conditionalFormats) named(cf.range, sheet);
    for (const t of sheet.tables) named(t.range, sheet);
    for (const chart of sheet.charts) for (const r of [chart.categories, ...chart.series.map((s) => s.values)]) named(r, sheet);
  }
  return out;
}

/** Cells a spec's formulas read, an INDEX(range, n) lookup counted as one cell (as in spec.test.ts). */
function cellsRead(spec: WorkbookSpec): number {
  let total = 0;
  for (const site of sites(spec)) {
    const lookups = site.formula.replace(/INDEX\(((?:'[^']+'|[A-Za-z_][\w.]*)!)?(\$?[A-Z]+\$?\d+):\$?[A-Z]+\$?\d+,/g, 'INDEX($1$2,');
    for (const r of findReferences(lookups)) total += (r.end.row - r.start.row + 1) * (r.end.column - r.start.column + 1);
  }
  return total;
}

test('the capacities on offer are 200 (the default) and 2,000; any other throws an error that lists them', () => {
  expect(INITIATIVE_CAPACITIES).toEqual([200, 2000]);
  expect(INITIATIVE_CAPACITY).toBe(200);
  expect(MAX_INITIATIVE_CAPACITY).toBe(2000);
  expect(buildWorkbookSpec('empty', { capacity: 200 })).toEqual(small());
  for (const bad of [500, 0, -200, 2000.5, Number.NaN, '2000' as unknown as number]) {
    expect(() => buildWorkbookSpec('empty', { capacity: bad })).toThrow(/initiative capacity is one of 200 or 2000 rows/);
  }
  expect(() => buildWorkbookSpec('empty', { filled: true })).toThrow(/Only the growthcorp example/);
});

test('at 2,000 the initiative tables end at row 2008 (header on row 8), on every sheet and in the layout', () => {
  const layout = initiativeLayout(2000);
  const tables: TableLayout[] = [layout.alignment, layout.impact, layout.roi, layout.plan];
  for (const table of tables) {
    expect([table.firstDataRow, table.lastDataRow, table.capacity]).toEqual([9, 2008, 2000]);
    const sheet = findSheet(large(), table.sheet);
    const declared = sheet.tables.find((t) => t.name === table.table)!;
    expect(parseRange(declared.range)!.end.row).toBe(2008);
    // The last row holds the same formulas as the first, shifted: the table is pre-filled to the end.
    // Relative rows are written as offsets from the formula's own row (`A9` on row 9 is `A@0`).
    const width = Object.keys(table.columns).length;
    const shifted = (row: number) => sheet.cells[row - 1].slice(0, width).map((c) => c?.formula?.replace(/(?<=[A-Z])(\d+)/g, (n) => `@${Number(n) - row}`) ?? null);
    const [first, last] = [shifted(table.firstDataRow), shifted(table.lastDataRow)];
    expect(last).toEqual(first);
    expect(sheet.cells.length).toBeGreaterThanOrEqual(2008);
  }
});

test.each([[200, small], [2000, large]] as const)('at %i every range over initiative rows ends at the last capacity row, none beyond', (capacity, built) => {
  const spec = built();
  const last = 8 + capacity;
  const wrong: string[] = [];
  let checked = 0;
  for (const { sheet, text } of ranges(spec)) {
    if (!INITIATIVE_SHEETS.includes(sheet)) continue;
    const ref = parseRange(text);
    if (!ref) continue;
    if (ref.end.row > last) wrong.push(`${sheet}!${text} goes past row ${last}`);
    // A range over several initiative rows (not a one-row range and not the Plan blocks beside the table) spans them all.
    if (ref.start.row === 9 && ref.end.row > 9) {
      checked++;
      if (ref.end.row !== last) wrong.push(`${sheet}!${text} stops at row ${ref.end.row}, not ${last}`);
    }
  }
  expect(wrong).toEqual([]);
  expect(checked).toBeGreaterThan(50);
});

test('2,000 rows add only per-row formulas, the same number on every row, and the work read per row stays the same', () => {
  const inTables = (spec: WorkbookSpec, s: Site) =>
    INITIATIVE_SHEETS.includes(s.sheet.canonicalName ?? s.sheet.name) && s.row !== undefined && s.row >= 9 && s.sheet.tables.some((t) => {
      const ref = parseRange(t.range)!;
      return s.row! > ref.start.row && s.row! <= ref.end.row && s.column! >= ref.start.column && s.column! <= ref.end.column;
    });
  const count = (spec: WorkbookSpec) => {
    const all = sites(spec);
    const rows = all.filter((s) => inTables(spec, s));
    return { rows: rows.length, widest: rows.reduce((m, s) => Math.max(m, ...findReferences(s.formula).map((r) => r.end.row - r.start.row + 1)), 0) };
  };
  const [a, b] = [count(small()), count(large())];
  // Sheet by sheet, the 1,800 more rows add the same whole number of formulas per row; the rest
  // (totals, ranked lists, dashboard) is the same fixed set.
  small().sheets.forEach((sheet, i) => {
    const formulas = (x: SheetSpec) => x.cells.reduce((n, row) => n + row.filter((c) => c?.formula !== undefined).length, 0);
    const perRow = (formulas(large().sheets[i]) - formulas(sheet)) / 1800;
    expect(Number.isInteger(perRow)).toBe(true);
    expect(formulas(sheet) - 200 * perRow).toBeGreaterThanOrEqual(0);
  });
  expect(b.rows / 2000).toBe(a.rows / 200); // the same formulas on every row
  expect(b.widest).toBeLessThanOrEqual(OBJECTIVE_CAPACITY); // no per-row formula reads the whole column
  expect(a.widest).toBe(b.widest);
  // Cells read by all formulas: 10 times the rows, at most 10.5 times the reads (about 7.8 today: some fixed
  // formulas read a range of their own size, e.g. the Learning data sheet). A per-row whole-column read would make it 100.
  const ratio = cellsRead(large()) / cellsRead(small());
  expect(ratio).toBeLessThan(10.5);
});

describe('the filled GrowthCorp example at 2,000', () => {
  // Built on first use: mutation testing credits a mutant only to tests whose own code reached it.
  const built = once(() => buildWorkbookSpec('growthcorp', { capacity: 2000, filled: true }));
  const layout = initiativeLayout(2000);
  const names = () => {
    const sheet = findSheet(built(), 'Alignment');
    const c = columnNumber(layout.alignment.columns.name) - 1;
    return Array.from({ length: 2000 }, (_, i) => sheet.cells[layout.alignment.firstDataRow - 1 + i][c]?.value);
  };

  test('every initiative row holds a distinct initiative, GrowthCorp\'s own first', () => {
    const all = names();
    expect(all.every((n) => typeof n === 'string' && n.length > 0)).toBe(true);
    expect(new Set(all).size).toBe(2000);
    expect(all.slice(0, GROWTHCORP.initiatives.length)).toEqual(GROWTHCORP.initiatives.map((i) => i.name));
    expect(all[7]).toBe(`${GROWTHCORP.initiatives[0].name}, wave 2`);
  });

  test('is the same on every build, and differs from the empty template at 2,000 only in input cells', () => {
    const filled = built();
    expect(buildWorkbookSpec('growthcorp', { capacity: 2000, filled: true })).toEqual(filled);
    const differ: string[] = [];
    filled.sheets.forEach((sheet, s) => sheet.cells.forEach((row, r) => row.forEach((cell, c) => {
      const other = large().sheets[s].cells[r]?.[c];
      if (cell?.formula !== other?.formula) differ.push(`${sheet.name} R${r + 1}C${c + 1}`);
    })));
    expect(differ).toEqual([]);
  });

  test('generated rows stay within what the sheets accept (percentages as fractions, links 0–3, money 0 or more)', () => {
    const impact = findSheet(built(), 'Impact');
    const col = (key: string) => columnNumber((layout.impact.columns as Record<string, string>)[key]) - 1;
    for (let i = 0; i < 2000; i++) {
      const row = impact.cells[layout.impact.firstDataRow - 1 + i];
      for (const key of ['isolation', 'confidence', 'learningGain', 'application']) {
        const v = row[col(key)]?.value as number;
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(1);
      }
    }
  });

  test('a generated initiative is its GrowthCorp original run again, scaled (worked by hand)', () => {
    // Row 8 (0-based) is wave 2 of the second initiative, Customer Success Playbook (80 people, $160,000,
    // isolation 0.5, 40 accounts saved, next budget $240,000). Its factor is 0.6 + (8 × 7919 mod 81) / 100
    // = 0.6 + 10 / 100 = 0.7; its isolation moves by (8 mod 5 − 2) × 0.05 = +0.05; its status is the
    // fourth of Proposed, Planned, In progress, Completed, On hold (8 mod 5 = 3).
    const own = GROWTHCORP.initiatives[1];
    const wave = generatedInitiative(8);
    expect(wave).toEqual({
      ...own,
      name: 'Customer Success Playbook, wave 2',
      participants: 56, // 80 × 0.7
      budget: 112000, // 160,000 × 0.7, to the thousand
      status: 'Completed',
      impact: { ...own.impact, change: 28, isolation: 0.55 },
      // Each cost × 0.7, to the hundred: 8,000 52,000 48,000 6,000 12,000 64,000 10,000 9,000 11,000.
      costs: { needsAssessment: 5600, design: 36400, delivery: 33600, materials: 4200, facilities: 8400, participantTime: 44800, technology: 7000, evaluation: 6300, overhead: 7700 },
      nextBudget: 168000, // 240,000 × 0.7
    });
    // Row 12 is wave 2 of the sixth (12 mod 7 = 5), Cloud Certification Path, with the third status (12 mod 5 = 2);
    // row 14 is wave 3 of the first.
    expect(generatedInitiative(12).status).toBe('In progress');
    expect(generatedInitiative(12).name).toBe('Cloud Certification Path, wave 2');
    expect(generatedInitiative(14).name).toBe(`${GROWTHCORP.initiatives[0].name}, wave 3`);
  });

  test('filling keeps GrowthCorp\'s own rows first and refuses fewer rows than it has', () => {
    const own = GROWTHCORP.initiatives.length;
    const nine = filledGrowthCorp(own + 2);
    expect(nine.initiatives.slice(0, own)).toEqual(GROWTHCORP.initiatives);
    expect(nine.initiatives.slice(own)).toEqual([generatedInitiative(own), generatedInitiative(own + 1)]);
    expect({ ...nine, initiatives: [] }).toEqual({ ...GROWTHCORP, initiatives: [] });
    expect(filledGrowthCorp(own + 2)).toBe(nine);
    expect(filledGrowthCorp(own).initiatives).toEqual(GROWTHCORP.initiatives);
    expect(() => filledGrowthCorp(own - 1)).toThrow(`GrowthCorp has ${own} initiatives; it cannot be filled to ${own - 1}.`);
    expect(() => filledGrowthCorp(own + 0.5)).toThrow(/cannot be filled to 7\.5/);
  });
});
