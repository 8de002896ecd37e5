/**
 * The render plan's decisions, one by one: rectangles and runs, sheet and identifier names, renaming
 * that formulas follow, framework markers, the one escape, and a size that does not grow with rows.
 */
import { buildWorkbookSpec, findSheet } from '../../core/templates';
import {
  cellAddress, columnLetter, columnsAddress, rangeAddress, splitSheetReference,
} from '../../core/templates/a1';
import { nameKey, numbered, planIdentifiers, planSheetNames, renameIdentifiers } from '../../core/templates/rename';
import type { CellSpec, SheetSpec, WorkbookSpec } from '../../core/templates/types';
import { enteredCell, enteredGrid, planCounts, plannedValidation, rectanglesByKey, renderPlan, runs } from '../../core/render';
import { INJECTION_SAMPLES } from '../../core/text';
import { markerName, parseMarkerName } from '../../core/framework/marker';
import { syntheticSpec } from '../support/synthetic';

function sheet(cells: (CellSpec | null)[][], extra: Partial<SheetSpec> = {}): SheetSpec {
  return {
    name: 'Strategy', purpose: 'test', tabColor: '#1F6FB2', frozenRows: 0, frozenColumns: 0, columnWidths: [],
    cells, validations: [], conditionalFormats: [], tables: [], charts: [], ...extra,
  };
}

function oneSheet(cells: (CellSpec | null)[][], extra: Partial<SheetSpec> = {}): WorkbookSpec {
  return { dataset: 'empty', sheets: [sheet(cells, extra)], names: [] };
}

describe('A1 helpers (core/templates/a1.ts, 1-based)', () => {
  test('columns, cells, ranges and sheet references', () => {
    expect([1, 26, 27, 702, 703].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA']);
    expect(cellAddress(3, 2)).toBe('B3');
    expect(rangeAddress(1, 1, 4, 3)).toBe('A1:C4');
    expect(rangeAddress(2, 2, 2, 2)).toBe('B2');
    expect(columnsAddress(3, 3)).toBe('C:E');
    expect(splitSheetReference("='Bob''s (2)'!$A$1:$B$2")).toEqual({ sheet: "Bob's (2)", address: '$A$1:$B$2' });
    expect(splitSheetReference('C5')).toEqual({ sheet: undefined, address: 'C5' });
  });
});

describe('rectangles and runs', () => {
  test('a key repeated down rows is one rectangle; different keys and gaps split', () => {
    const keys = [['header', 'header', undefined], ...Array.from({ length: 200 }, () => ['input', 'input', 'calc'])];
    expect([...rectanglesByKey(keys.length, 3, (r, c) => keys[r][c])]).toEqual([
      ['header', ['A1:B1']],
      ['input', ['A2:B201']],
      ['calc', ['C2:C201']],
    ]);
    const checker = [['x', 'y'], ['y', 'x']];
    expect([...rectanglesByKey(2, 2, (r, c) => checker[r][c])]).toEqual([['x', ['A1', 'B2']], ['y', ['B1', 'A2']]]);
  });

  test('positions as runs', () => {
    expect(runs([9, 3, 4, 4])).toEqual([{ start: 3, count: 2 }, { start: 9, count: 1 }]);
    expect(runs([])).toEqual([]);
  });
});

describe('names', () => {
  test('free sheet names are kept; taken ones (any case) get the lowest free number', () => {
    const plan = planSheetNames(['strategy', 'Strategy (2)', 'Dashboard (2)', 'DASHBOARD'], ['Guide', 'Strategy', 'Dashboard']);
    expect([...plan.mapping]).toEqual([['Guide', 'Guide'], ['Strategy', 'Strategy (3)'], ['Dashboard', 'Dashboard (3)']]);
    expect(plan.renamed).toEqual([{ from: 'Strategy', to: 'Strategy (3)' }, { from: 'Dashboard', to: 'Dashboard (3)' }]);
  });

  test('a numbered sheet name never exceeds 31 characters', () => {
    const long = 'A'.repeat(31);
    expect(numbered(long, 12)).toHaveLength(31);
    expect(numbered(long, 12).endsWith(' (12)')).toBe(true);
    expect(planSheetNames([long], [long]).mapping.get(long)).toBe(`${'A'.repeat(27)} (2)`);
  });

  test('identifiers take _2, _3 … and do not collide with each other', () => {
    const plan = planIdentifiers(['OBJECTIVES', 'objectives_2'], ['Objectives', 'Objectives']);
    expect(plan.renamed.map((r) => r.to)).toEqual(['Objectives_3', 'Objectives_4']);
    expect(nameKey('Straße')).toBe(nameKey('STRASSE'));
  });

  test('renaming identifiers leaves text, quoted sheet names, sheet prefixes and sheet-qualified names alone', () => {
    const renames = new Map([['TOTALINVESTMENT', 'TotalInvestment_2']]);
    expect(renameIdentifiers('=IF(totalinvestment>0,"TotalInvestment",\'TotalInvestment\'!A1+Dashboard!TotalInvestment+TotalInvestment!B2)', renames))
      .toBe('=IF(TotalInvestment_2>0,"TotalInvestment",\'TotalInvestment\'!A1+Dashboard!TotalInvestment+TotalInvestment!B2)');
  });
});

describe('renderPlan', () => {
  test('cells: formulas, numbers, booleans, text with its entered form, empty', () => {
    const plan = renderPlan(oneSheet([[{ formula: '=1+1' }, { value: 2 }, { value: true }, { value: 'Plan' }, { value: '' }, null, { style: 'input' }]]));
    expect(plan.sheets[0].cells).toEqual([[
      { kind: 'formula', formula: '=1+1' }, { kind: 'number', value: 2 }, { kind: 'boolean', value: true },
      { kind: 'text', text: 'Plan', entered: 'Plan' }, null, null, null,
    ]]);
    expect(enteredGrid(plan.sheets[0])).toEqual([['=1+1', 2, true, 'Plan', '', '', '']]);
    expect([plan.sheets[0].rows, plan.sheets[0].columns]).toEqual([1, 7]);
  });

  test('every INJECTION_SAMPLES string, and text a host would convert, is text with an apostrophe to enter', () => {
    const texts = [...INJECTION_SAMPLES.filter((t) => /^[=+\-@]/.test(t)), '007', 'TRUE', 'false', 'Jan 5', '-5 days', "'quoted"];
    const plan = renderPlan(oneSheet([texts.map((value) => ({ value }))]));
    for (const [i, text] of texts.entries()) {
      const cell = plan.sheets[0].cells[0][i];
      expect(cell).toEqual({ kind: 'text', text, entered: `'${text}` });
      expect(enteredCell(cell)).toBe(`'${text}`);
    }
    // Plain text, including an HTML-looking one, is entered as it is.
    expect(enteredCell(renderPlan(oneSheet([[{ value: '<img src=x onerror=alert(1)>' }]])).sheets[0].cells[0][0])).toBe('<img src=x onerror=alert(1)>');
  });

  test('number formats and styles as rectangles with their looks; notes, widths, heights, hidden runs', () => {
    const rows: (CellSpec | null)[][] = [
      [{ value: 'Name', style: 'header', note: 'Who' }, { value: 'Budget', style: 'header' }],
      ...Array.from({ length: 50 }, (_, i): (CellSpec | null)[] => [{ value: `P${i}`, style: 'input' }, { value: i, style: 'input', numberFormat: '#,##0' }]),
    ];
    const planned = renderPlan(oneSheet(rows, { columnWidths: [120, 90, 90, 60], rowHeights: { 1: 40 }, hiddenColumns: ['D', 'C'], hiddenRows: [60, 61] })).sheets[0];
    expect(planned.numberFormats).toEqual([{ format: '#,##0', ranges: ['B2:B51'] }]);
    expect(planned.styles.map((s) => [s.style, s.ranges, s.look.bold])).toEqual([['header', ['A1:B1'], true], ['input', ['A2:B51'], undefined]]);
    expect(planned.notes).toEqual([{ row: 1, column: 1, address: 'A1', text: 'Who' }]);
    expect(planned.columnWidths).toEqual([{ start: 1, count: 1, pixels: 120 }, { start: 2, count: 2, pixels: 90 }, { start: 4, count: 1, pixels: 60 }]);
    expect(planned.rowHeights).toEqual([{ row: 1, pixels: 40 }]);
    expect(planned.hiddenColumns).toEqual([{ start: 3, count: 2 }]);
    expect(planned.hiddenRows).toEqual([{ start: 60, count: 2 }]);
  });

  test('taken sheet names are renamed through renameSheets: formulas, sources, charts and names follow', () => {
    const plan = renderPlan(syntheticSpec(5), { sheets: ['STRATEGY', 'Notes'], names: [] });
    expect(plan.sheets.map((s) => [s.canonical, s.name])).toEqual([['Strategy', 'Strategy (2)'], ['Alignment', 'Alignment'], ['Dashboard', 'Dashboard']]);
    expect(plan.renamedSheets).toEqual([{ from: 'Strategy', to: 'Strategy (2)' }]);
    expect(plan.sheets[1].validations[0]).toMatchObject({ type: 'list', source: "'Strategy (2)'!$A$3:$A$4" });
    expect(plan.messages).toEqual(['This workbook already has a sheet named "Strategy", so the new one is "Strategy (2)"; the existing sheet was not changed.']);
  });

  test('taken table and defined names get Name_2, and formulas and rule formulas follow', () => {
    const spec: WorkbookSpec = {
      dataset: 'empty',
      sheets: [sheet([[{ formula: '=TotalInvestment*2' }, { formula: '="TotalInvestment"' }]], {
        tables: [{ name: 'Objectives', range: 'A1:B1' }],
        conditionalFormats: [{ range: 'A1', formula: '=A1>TotalInvestment', style: { bold: true } }],
      })],
      names: [{ name: 'TotalInvestment', ref: 'Strategy!$A$1', comment: 'Total' }],
    };
    const plan = renderPlan(spec, { sheets: [], names: ['totalinvestment', 'OBJECTIVES'] });
    expect(plan.sheets[0].cells[0]).toEqual([{ kind: 'formula', formula: '=TotalInvestment_2*2' }, { kind: 'formula', formula: '="TotalInvestment"' }]);
    expect(plan.sheets[0].conditionalFormats[0].formula).toBe('=A1>TotalInvestment_2');
    expect(plan.sheets[0].tables).toEqual([{ name: 'Objectives_2', range: 'A1:B1' }]);
    expect(plan.renamedTables).toEqual([{ from: 'Objectives', to: 'Objectives_2' }]);
    expect(plan.renamedNames).toEqual([{ from: 'TotalInvestment', to: 'TotalInvestment_2' }]);
    expect(plan.names[0]).toEqual({ name: 'TotalInvestment_2', ref: 'Strategy!$A$1', comment: 'Total', kind: 'template' });
  });

  test('a marker per sheet at its A1; a workbook with a framework already gets the next instance', () => {
    const first = renderPlan('growthcorp');
    const markers = first.names.filter((n) => n.kind === 'marker');
    expect(markers.map((m) => [m.name, m.ref])).toEqual(first.sheets.map((s) => [markerName(s.canonical), `${s.name.includes(' ') ? `'${s.name}'` : s.name}!$A$1`]));
    expect(markers.map((m) => parseMarkerName(m.name, first.sheets.map((s) => s.canonical))?.part)).toEqual(first.sheets.map((s) => s.canonical));
    expect(first.markerInstance).toBe(1);
    const second = renderPlan('growthcorp', { sheets: first.sheets.map((s) => s.name), names: first.names.map((n) => n.name) });
    expect(second.markerInstance).toBe(2);
    expect(second.names.filter((n) => n.kind === 'marker').map((n) => n.name)).toContain('LDFramework2_Strategy');
    expect(second.names.find((n) => n.name === 'LDFramework2_Strategy')!.ref).toBe("'Strategy (2)'!$A$1");
    expect(second.names.find((n) => n.kind === 'template')!.name).toBe('TotalInvestment_2');
  });

  test('the summary cell and the counts', () => {
    const plan = renderPlan('growthcorp');
    const dashboard = findSheet(buildWorkbookSpec('growthcorp'), 'Dashboard');
    expect(plan.summary!.sheet).toBe('Dashboard');
    // The first cell styled `summary`, in reading order.
    const first = dashboard.cells.flatMap((row, r) => row.map((c, col) => (c?.style === 'summary' ? cellAddress(r + 1, col + 1) : undefined))).find(Boolean);
    expect(plan.summary!.address).toBe(first);
    const spec = buildWorkbookSpec('growthcorp');
    expect(planCounts(plan)).toMatchObject({ sheets: spec.sheets.length, names: spec.names.length, markers: spec.sheets.length, charts: dashboard.charts.length });
  });

  test('the plan\'s writes do not grow with rows: the same rectangles, runs and rules at 20 and 200 rows', () => {
    const shape = (rows: number) => renderPlan(syntheticSpec(rows)).sheets.map((s) => [
      s.numberFormats.reduce((n, f) => n + f.ranges.length, 0), s.styles.reduce((n, f) => n + f.ranges.length, 0),
      s.validations.length, s.conditionalFormats.length, s.columnWidths.length, s.notes.length, s.merges.length,
    ]);
    expect(shape(200)).toEqual(shape(20));
  });
});

test('validations: the plan decides the check (between, at least, at most, any) and its bounds once', () => {
  const v = (min?: number, max?: number) => ({ range: 'A2:A9', type: 'decimal' as const, min, max, errorMessage: 'x' });
  const plan = renderPlan(oneSheet([[{ value: 'x' }]], {
    validations: [v(0, 1), v(0), v(undefined, 5), v(), { range: 'B2', type: 'list', values: ['a'], errorMessage: 'x' }],
  }));
  expect(plan.sheets[0].validations.map((p) => ('operator' in p ? [p.operator, p.bounds] : p.type))).toEqual([
    ['between', [0, 1]], ['atLeast', [0]], ['atMost', [5]], ['any', []], 'list',
  ]);
  // A planned one comes back as it is.
  expect(plannedValidation(plan.sheets[0].validations[0])).toBe(plan.sheets[0].validations[0]);
});
