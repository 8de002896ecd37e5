/**
 * The render plan (./plan.ts): what every renderer (Excel, Google Sheets, `.xlsx`) writes, decided once.
 * Small hand-made specs show each decision with its expected value; the GrowthCorp plan shows the
 * decisions hold on the real template. Cross-host agreement is tested in test/render/.
 */
import { buildWorkbookSpec } from '../templates/index';
import { STYLES } from '../templates/types';
import type { CellSpec, ChartSpec, SheetName, SheetSpec, WorkbookSpec } from '../templates/types';
import { markerName } from '../framework/marker';
import { enteredCell, enteredGrid, planCounts, plannedValidation, renderPlan, type PlannedCell } from './plan';

function sheet(name: SheetName, cells: (CellSpec | null)[][], extra: Partial<SheetSpec> = {}): SheetSpec {
  return {
    name, purpose: `The ${name} sheet.`, tabColor: '#1F6FB2', frozenRows: 0, frozenColumns: 0, columnWidths: [],
    cells, validations: [], conditionalFormats: [], tables: [], charts: [], ...extra,
  };
}

const book = (sheets: SheetSpec[], names: WorkbookSpec['names'] = []): WorkbookSpec => ({ dataset: 'empty', sheets, names });
const one = (cells: (CellSpec | null)[][], extra: Partial<SheetSpec> = {}) => renderPlan(book([sheet('Strategy', cells, extra)])).sheets[0];

const chart: ChartSpec = { title: 'Budget', type: 'column', categories: 'Strategy!$A$2:$A$3', series: [{ name: 'Budget', values: 'Strategy!$B$2:$B$3' }], anchor: 'D2', width: 200, height: 100 };

/** A framework-shaped workbook: a table, a name, a dropdown fed from another sheet, a rule, a chart, a summary. */
function framework(): WorkbookSpec {
  return book([
    sheet('Strategy', [
      [{ value: 'Objective', style: 'header', note: 'What the business wants.' }, { value: 'Weight', style: 'header' }],
      [{ value: 'Revenue growth', style: 'input' }, { value: 0.6, style: 'input', numberFormat: '0%' }],
      [{ value: 'Retention', style: 'input' }, { value: 0.4, style: 'input', numberFormat: '0%' }],
    ], { tables: [{ name: 'Objectives', range: 'A1:B3' }], frozenRows: 1 }),
    sheet('Alignment', [
      [{ value: 'Initiative', style: 'header' }, { value: 'Objective', style: 'header' }],
      [{ value: 'Onboarding', style: 'input' }, { value: 'Retention', style: 'input' }],
    ], {
      validations: [{ range: 'B2:B9', type: 'list', source: 'Strategy!$A$2:$A$3', errorMessage: 'Pick an objective.' }],
      conditionalFormats: [{ range: 'A2:A9', formula: '=$A2=TotalWeight', style: { bold: true } }],
    }),
    sheet('Dashboard', [
      [{ value: 'Dashboard', style: 'title' }],
      [{ formula: '=TotalWeight', style: 'kpi' }, null, { formula: '="Weight: "&TotalWeight', style: 'summary' }],
      [{ formula: '="Later"', style: 'summary' }],
    ], { charts: [chart] }),
  ], [{ name: 'TotalWeight', ref: 'Strategy!$B$2:$B$3', comment: 'The weights together.' }]);
}

describe('cells', () => {
  test('formulas, numbers, booleans and text, each as its kind; empty values and style-only cells are empty', () => {
    const planned = one([[{ formula: '=1+1' }, { value: 2 }, { value: true }, { value: false }, { value: 'Plan' }, { value: '' }, null, { style: 'input' }, { value: null }, { value: 0 }]]);
    expect(planned.cells).toEqual([[
      { kind: 'formula', formula: '=1+1' }, { kind: 'number', value: 2 }, { kind: 'boolean', value: true }, { kind: 'boolean', value: false },
      { kind: 'text', text: 'Plan', entered: 'Plan' }, null, null, null, null, { kind: 'number', value: 0 },
    ]]);
    expect(enteredGrid(planned)).toEqual([['=1+1', 2, true, false, 'Plan', '', '', '', '', 0]]);
  });

  test('a formula wins over a value given beside it', () => {
    expect(one([[{ formula: '=A2', value: 'ignored' }]]).cells[0][0]).toEqual({ kind: 'formula', formula: '=A2' });
  });

  test('text a host would read as a formula or a value is entered with an apostrophe; the text itself is kept', () => {
    const texts = ['=1+1', '+A1', '-5', '@SUM(A1)', '007', 'TRUE'];
    const planned = one([texts.map((value) => ({ value }))]);
    expect(planned.cells[0]).toEqual(texts.map((text) => ({ kind: 'text', text, entered: `'${text}` })));
    expect(enteredGrid(planned)[0]).toEqual(texts.map((t) => `'${t}`));
  });

  test('enteredCell: what a host that parses input receives', () => {
    const cells: [PlannedCell | null, string | number | boolean][] = [
      [null, ''],
      [{ kind: 'formula', formula: '=SUM(A1:A3)' }, '=SUM(A1:A3)'],
      [{ kind: 'number', value: 1.5 }, 1.5],
      [{ kind: 'boolean', value: false }, false],
      [{ kind: 'text', text: '=x', entered: "'=x" }, "'=x"],
    ];
    for (const [cell, entered] of cells) expect(enteredCell(cell)).toBe(entered);
  });

  test('the block is as wide as its widest row; short rows are padded with empty cells', () => {
    const planned = one([[{ value: 'a' }], [{ value: 'b' }, null, { value: 'c' }], []]);
    expect([planned.rows, planned.columns]).toEqual([3, 3]);
    expect(planned.cells).toEqual([
      [{ kind: 'text', text: 'a', entered: 'a' }, null, null],
      [{ kind: 'text', text: 'b', entered: 'b' }, null, { kind: 'text', text: 'c', entered: 'c' }],
      [null, null, null],
    ]);
  });

  test('a sheet without cells (or with only empty rows) is a 0 × 0 block', () => {
    for (const cells of [[], [[], []]]) {
      const planned = one(cells);
      expect([planned.rows, planned.columns, planned.cells]).toEqual([0, 0, []]);
      expect(enteredGrid(planned)).toEqual([]);
    }
  });
});

describe('a sheet’s formats, styles, notes, sizes and settings', () => {
  test('number formats and styles as rectangles, each style with its look', () => {
    const rows: (CellSpec | null)[][] = [
      [{ value: 'Name', style: 'header' }, { value: 'Budget', style: 'header' }],
      ...Array.from({ length: 50 }, (_, i): (CellSpec | null)[] => [{ value: `P${i}`, style: 'input' }, { value: i, style: 'input', numberFormat: '#,##0' }]),
    ];
    const planned = one(rows);
    expect(planned.numberFormats).toEqual([{ format: '#,##0', ranges: ['B2:B51'] }]);
    expect(planned.styles).toEqual([
      { style: 'header', look: STYLES.header, ranges: ['A1:B1'] },
      { style: 'input', look: STYLES.input, ranges: ['A2:B51'] },
    ]);
  });

  test('notes with their 1-based row, column and address', () => {
    const planned = one([[{ value: 'a' }], [null, null, { value: 'b', note: 'Why b' }], [{ note: 'On an empty cell' }]]);
    expect(planned.notes).toEqual([{ row: 2, column: 3, address: 'C2', text: 'Why b' }, { row: 3, column: 1, address: 'A3', text: 'On an empty cell' }]);
  });

  test('column widths as runs of equal width', () => {
    expect(one([[{ value: 'a' }]], { columnWidths: [120, 90, 90, 60, 60, 60, 90] }).columnWidths).toEqual([
      { start: 1, count: 1, pixels: 120 }, { start: 2, count: 2, pixels: 90 }, { start: 4, count: 3, pixels: 60 }, { start: 7, count: 1, pixels: 90 },
    ]);
    expect(one([[{ value: 'a' }]]).columnWidths).toEqual([]);
  });

  test('row heights fitted to the text, hidden columns and rows as runs, merges, frozen panes, tab colour', () => {
    const planned = one([[{ value: 'Title', style: 'title' }], [{ value: 'x' }]], {
      rowHeights: { 2: 40 }, hiddenColumns: ['D', 'C', 'F'], hiddenRows: [9, 7, 8], merges: ['A1:B1'], frozenRows: 2, frozenColumns: 1, tabColor: '#C00000',
    });
    // An 18-point title: 29 px a line + 2.
    expect(planned.rowHeights).toEqual([{ row: 1, pixels: 31 }, { row: 2, pixels: 40 }]);
    expect(planned.hiddenColumns).toEqual([{ start: 3, count: 2 }, { start: 6, count: 1 }]);
    expect(planned.hiddenRows).toEqual([{ start: 7, count: 3 }]);
    expect([planned.merges, planned.frozenRows, planned.frozenColumns, planned.tabColor]).toEqual([['A1:B1'], 2, 1, '#C00000']);
    const plain = one([[{ value: 'x' }]]);
    expect([plain.merges, plain.hiddenColumns, plain.hiddenRows, plain.rowHeights]).toEqual([[], [], [], []]);
  });

  test('every sheet has its print setup: its area, and its charts on a page of their own', () => {
    const plan = renderPlan(framework());
    // The Dashboard's chart, 200 × 100 px from D2, ends in G3: columns of 64 px, and rows 2 and 3 made
    // tall by the wrapped summary formulas (62 and 102 px).
    expect(plan.sheets.map((s) => s.print?.area)).toEqual(['A1:B3', 'A1:B2', 'A1:G3']);
    // The chart is anchored at row 2: too close to the top for a page break before it.
    expect(plan.sheets.map((s) => s.print?.rowBreaks)).toEqual([[], [], []]);
    expect(plan.sheets[0].print?.titleRows).toEqual({ first: 1, last: 1 });
  });

  test('name, purpose, validations with their checks, tables and charts', () => {
    const plan = renderPlan(framework());
    const [strategy, alignment, dashboard] = plan.sheets;
    expect(plan.sheets.map((s) => [s.canonical, s.name, s.purpose])).toEqual([
      ['Strategy', 'Strategy', 'The Strategy sheet.'], ['Alignment', 'Alignment', 'The Alignment sheet.'], ['Dashboard', 'Dashboard', 'The Dashboard sheet.'],
    ]);
    expect(alignment.validations).toEqual([{ range: 'B2:B9', type: 'list', source: 'Strategy!$A$2:$A$3', errorMessage: 'Pick an objective.' }]);
    expect(alignment.conditionalFormats).toEqual([{ range: 'A2:A9', formula: '=$A2=TotalWeight', style: { bold: true } }]);
    expect(strategy.tables).toEqual([{ name: 'Objectives', range: 'A1:B3' }]);
    expect(dashboard.charts).toEqual([chart]);
    expect(plan.dataset).toBe('empty');
  });
});

describe('validations: the plan decides the check and its bounds once', () => {
  const v = (min?: number, max?: number) => ({ range: 'A2:A9', type: 'decimal' as const, min, max, errorMessage: 'x' });

  test.each([
    [0, 1, 'between', [0, 1]],
    [0, undefined, 'atLeast', [0]],
    [undefined, 5, 'atMost', [5]],
    [undefined, undefined, 'any', []],
    [-3, 0, 'between', [-3, 0]],
  ])('min %s, max %s: %s %j', (min, max, operator, bounds) => {
    expect(plannedValidation(v(min, max))).toEqual({ ...v(min, max), operator, bounds });
  });

  test('whole numbers and dates get the same; a list and a planned check come back as they are', () => {
    expect(plannedValidation({ range: 'C2', type: 'date', min: 45000, errorMessage: 'A date' })).toMatchObject({ operator: 'atLeast', bounds: [45000] });
    expect(plannedValidation({ range: 'C2', type: 'whole', max: 10, errorMessage: 'A count' })).toMatchObject({ operator: 'atMost', bounds: [10] });
    const list = { range: 'B2', type: 'list' as const, values: ['a'], errorMessage: 'x' };
    expect(plannedValidation(list)).toBe(list);
    const planned = plannedValidation(v(0, 1));
    expect(plannedValidation(planned)).toBe(planned);
  });

  test('in the plan, every sheet’s validations are planned', () => {
    const planned = one([[{ value: 'x' }]], { validations: [v(0, 1), { range: 'B2', type: 'list', values: ['a'], errorMessage: 'x' }] });
    expect(planned.validations.map((p) => ('operator' in p ? [p.operator, p.bounds] : p.type))).toEqual([['between', [0, 1]], 'list']);
  });
});

describe('names and markers', () => {
  test('a name’s reference is written without “=”, however the template gives it', () => {
    const spec = book([sheet('Strategy', [[{ value: 1 }]])], [{ name: 'First', ref: '=Strategy!$A$1', comment: '' }]);
    expect(renderPlan(spec).names[0].ref).toBe('Strategy!$A$1');
  });

  test('nothing taken: names as the template gives them, then one marker per sheet at its A1', () => {
    const plan = renderPlan(framework());
    expect(plan.names).toEqual([
      { name: 'TotalWeight', ref: 'Strategy!$B$2:$B$3', comment: 'The weights together.', kind: 'template' },
      ...['Strategy', 'Alignment', 'Dashboard'].map((s) => ({
        name: `LDFramework_${s}`, ref: `${s}!$A$1`, comment: `Marks this sheet as the L&D framework's ${s} part, whatever its name. Keep it.`, kind: 'marker',
      })),
    ]);
    expect([plan.markerInstance, plan.renamedSheets, plan.renamedTables, plan.renamedNames, plan.messages]).toEqual([1, [], [], [], []]);
  });

  test('a taken sheet name (any case) gets the next free number; formulas, sources, charts, names and markers follow', () => {
    const plan = renderPlan(framework(), { sheets: ['STRATEGY', 'Budget'], names: [] });
    expect(plan.sheets.map((s) => [s.canonical, s.name])).toEqual([['Strategy', 'Strategy (2)'], ['Alignment', 'Alignment'], ['Dashboard', 'Dashboard']]);
    expect(plan.renamedSheets).toEqual([{ from: 'Strategy', to: 'Strategy (2)' }]);
    expect(plan.sheets[1].validations[0]).toMatchObject({ source: "'Strategy (2)'!$A$2:$A$3" });
    expect(plan.sheets[2].charts[0].categories).toBe("'Strategy (2)'!$A$2:$A$3");
    expect(plan.names[0].ref).toBe("'Strategy (2)'!$B$2:$B$3");
    expect(plan.names.find((n) => n.name === markerName('Strategy'))!.ref).toBe("'Strategy (2)'!$A$1");
    expect(plan.messages).toEqual(['This workbook already has a sheet named "Strategy", so the new one is "Strategy (2)"; the existing sheet was not changed.']);
  });

  test('taken table and defined names (any case) get Name_2; formulas and rule formulas follow, text does not', () => {
    const plan = renderPlan(framework(), { sheets: [], names: ['totalweight', 'OBJECTIVES'] });
    expect(plan.sheets[0].tables).toEqual([{ name: 'Objectives_2', range: 'A1:B3' }]);
    expect(plan.sheets[2].cells[1][0]).toEqual({ kind: 'formula', formula: '=TotalWeight_2' });
    expect(plan.sheets[2].cells[1][2]).toEqual({ kind: 'formula', formula: '="Weight: "&TotalWeight_2' });
    expect(plan.sheets[1].conditionalFormats[0].formula).toBe('=$A2=TotalWeight_2');
    expect(plan.renamedTables).toEqual([{ from: 'Objectives', to: 'Objectives_2' }]);
    expect(plan.renamedNames).toEqual([{ from: 'TotalWeight', to: 'TotalWeight_2' }]);
    expect(plan.names[0]).toEqual({ name: 'TotalWeight_2', ref: 'Strategy!$B$2:$B$3', comment: 'The weights together.', kind: 'template' });
    expect(plan.messages).toEqual([
      'This workbook already has a table or name "Objectives", so the new table is "Objectives_2".',
      'This workbook already has a name "TotalWeight", so the new one is "TotalWeight_2", and the new sheets use it.',
    ]);
  });

  test('a spec renamed before (History shown as "History log") is renamed again from its canonical part', () => {
    const spec = book([sheet('History', [[{ value: 'Snapshots' }]], { name: 'History log' as SheetName, canonicalName: 'History' })]);
    const plan = renderPlan(spec, { sheets: ['history log'], names: [] });
    expect(plan.sheets.map((s) => [s.canonical, s.name])).toEqual([['History', 'History log (2)']]);
    expect(plan.names.map((n) => [n.name, n.ref])).toEqual([['LDFramework_History', "'History log (2)'!$A$1"]]);
  });

  test('a workbook holding a framework already gets the next marker instance, for these parts only', () => {
    const plan = renderPlan(framework(), { sheets: [], names: ['LDFramework_Dashboard'] });
    expect(plan.markerInstance).toBe(2);
    expect(plan.names.filter((n) => n.kind === 'marker').map((n) => n.name)).toEqual(['LDFramework2_Strategy', 'LDFramework2_Alignment', 'LDFramework2_Dashboard']);
    // A marker of a part this plan does not build takes nothing from it.
    expect(renderPlan(framework(), { sheets: [], names: ['LDFramework_ROI'] }).markerInstance).toBe(1);
  });
});

describe('the summary cell', () => {
  test('the Dashboard’s first cell styled summary, in reading order, under the Dashboard’s name in this workbook', () => {
    expect(renderPlan(framework()).summary).toEqual({ sheet: 'Dashboard', address: 'C2' });
    expect(renderPlan(framework(), { sheets: ['dashboard'], names: [] }).summary).toEqual({ sheet: 'Dashboard (2)', address: 'C2' });
  });

  test('a summary cell in column A is found too', () => {
    expect(renderPlan(book([sheet('Dashboard', [[{ value: 'Dashboard', style: 'title' }], [{ formula: '="x"', style: 'summary' }]])])).summary)
      .toEqual({ sheet: 'Dashboard', address: 'A2' });
  });

  test('none without a Dashboard, or when no cell of it is styled summary', () => {
    expect(renderPlan(book([sheet('Strategy', [[{ value: 'x', style: 'summary' }]])])).summary).toBeUndefined();
    expect(renderPlan(book([sheet('Dashboard', [[{ value: 'x', style: 'kpi' }], [{ value: 'y' }]])])).summary).toBeUndefined();
  });
});

describe('planCounts: what a build report says it created', () => {
  test('counted on a small workbook', () => {
    expect(planCounts(renderPlan(framework()))).toEqual({
      sheets: 3, formulas: 3, tables: 1, validations: 1, conditionalFormats: 1, charts: 1, notes: 1, names: 1, markers: 3,
    });
  });

  test('the GrowthCorp example: one marker per sheet, the template’s names, and its charts', () => {
    const spec = buildWorkbookSpec('growthcorp');
    const plan = renderPlan('growthcorp');
    expect(plan.dataset).toBe('growthcorp');
    const counts = planCounts(plan);
    expect(counts).toMatchObject({ sheets: spec.sheets.length, names: spec.names.length, markers: spec.sheets.length });
    expect(counts.charts).toBe(spec.sheets.reduce((n, s) => n + s.charts.length, 0));
    expect(counts.formulas).toBe(spec.sheets.reduce((n, s) => n + s.cells.flat().filter((c) => c?.formula !== undefined).length, 0));
  });
});
