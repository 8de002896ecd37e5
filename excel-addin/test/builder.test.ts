/**
 * The framework builder against a recording fake of the Excel object model: a fixed number of
 * round trips whatever the row count, existing sheets never written, requirement-set fallbacks.
 */
import { buildFramework, type ExcelHost, type Templates } from '../builder/build-framework';
import { cellAddress } from '../../core/templates/a1';
import { FakeWorkbook, type FakeOptions } from './fake-excel';
import { syntheticSpec } from '../../test/support/synthetic';

function hostFor(book: FakeWorkbook, supported: (name: string, version: string) => boolean = () => true): ExcelHost {
  return {
    run: (batch) => batch(book.context()),
    isSetSupported: supported,
  };
}

function templates(initiatives: number): Templates {
  return { buildWorkbookSpec: () => syntheticSpec(initiatives) };
}

async function build(initiatives: number, options: FakeOptions = {}, supported?: (name: string, version: string) => boolean) {
  const book = new FakeWorkbook(options);
  const report = await buildFramework(hostFor(book, supported), { dataset: 'growthcorp', templates: templates(initiatives) });
  return { book, report };
}

const EXISTING_STRATEGY = {
  name: 'Strategy',
  cells: { A1: 'Our strategy 2026', A2: 'Grow revenue', B2: 0.25, C7: '=SUM(B2:B5)', H40: 'last' },
};

describe('framework builder on a fake Excel', () => {
  test('the number of round trips and of writes is the same at 20 and at 200 initiatives, and at most 3', async () => {
    const small = await build(20);
    const large = await build(200);
    expect(small.book.syncs).toBeLessThanOrEqual(3);
    expect(large.book.syncs).toBe(small.book.syncs);
    expect(large.book.writes.length).toBe(small.book.writes.length);
    // The rows really were written: 200 initiatives land in the Alignment sheet.
    expect(large.book.cellsOf('Alignment')['A202']).toBe('Program 200');
    expect(large.book.cellsOf('Alignment')['D202']).toBe('=IFERROR(C202/SUM($C$3:$C$202),"")');
  });

  test('creates every sheet with its tables, dropdowns, conditional formats, names, chart and frozen panes', async () => {
    const { book, report } = await build(20);
    expect(book.sheets.map((s) => s.name)).toEqual(['Strategy', 'Alignment', 'Dashboard']);
    expect(book.tables.map((t) => [t.name, t.sheet, t.address])).toEqual([
      ['Objectives', 'Strategy', 'A2:B4'],
      ['Initiatives', 'Alignment', 'A2:D22'],
    ]);
    // The template's names, then a framework marker per sheet at its A1 (core/framework/marker.ts).
    expect(book.names.map((n) => [n.name, n.formula])).toEqual([
      ['TotalInvestment', '=Dashboard!$B$2'],
      ['ObjectiveCount', '=Dashboard!$B$3'],
      ['LDFramework_Strategy', '=Strategy!$A$1'],
      ['LDFramework_Alignment', '=Alignment!$A$1'],
      ['LDFramework_Dashboard', '=Dashboard!$A$1'],
    ]);
    const ops = (sheet: string, op: string) => book.writes.filter((w) => w.sheet === sheet && w.op === op);
    const rule = ops('Alignment', 'dataValidation.rule');
    expect(rule.map((w) => [w.address, w.value])).toEqual([
      ['B3:B22', { list: { inCellDropDown: true, source: '=Strategy!$A$3:$A$4' } }],
      ['C3:C22', { decimal: { operator: 'GreaterThanOrEqualTo', formula1: 0 } }],
    ]);
    expect(ops('Alignment', 'conditionalFormats.add()')[0].value).toEqual(['Custom']);
    expect(ops('Alignment', 'conditionalFormats.add().custom.rule.formula')[0].value).toBe('=D3>0.5');
    expect(ops('Alignment', 'freezePanes.freezeAt()')).toHaveLength(1);
    expect(ops('Strategy', 'freezePanes.freezeRows()')[0].value).toEqual([2]);
    expect(ops('Dashboard', 'charts.add()')[0].value).toEqual(['BarClustered', 'range:$C$3:$C$22', 'Columns']);
    expect(ops('Dashboard', 'charts.add().series.getItemAt().setXAxisValues()')[0].value).toEqual(['range:$A$3:$A$22']);
    // A bar chart lists its first category (rank 1) at the top, as the .xlsx does.
    expect(ops('Dashboard', 'charts.add().axes.categoryAxis.reversePlotOrder').map((w) => w.value)).toEqual([true]);
    // The plan's print setup (core/render/print.ts) on every sheet's page layout.
    for (const sheet of ['Strategy', 'Alignment', 'Dashboard']) {
      expect(ops(sheet, 'pageLayout.zoom').map((w) => w.value)).toEqual([{ horizontalFitToPages: 1, verticalFitToPages: 0 }]);
      expect(ops(sheet, 'pageLayout.headersFooters.defaultForAllPages.centerFooter').map((w) => w.value)).toEqual(['&A – page &P of &N']);
      expect(ops(sheet, 'pageLayout.setPrintArea()')).toHaveLength(1);
    }
    expect(ops('Strategy', 'pageLayout.setPrintTitleRows()').map((w) => w.value)).toEqual([['$2:$2']]);
    expect(ops('Dashboard', 'merge').map((w) => w.address)).toEqual(['A4:C4']);
    expect(book.sheet('Alignment')!.numberFormats.get('C3')).toBe('#,##0');
    expect(book.sheet('Alignment')!.tabColor).toBe('#1F6FB2');
    expect(report.counts).toEqual({ sheets: 3, tables: 2, validations: 2, conditionalFormats: 1, charts: 1, notes: 1, names: 2, markers: 3 });
    expect(report.renamed).toEqual([]);
  });

  test('a workbook that already has a Strategy sheet keeps every cell of it; the new sheet is Strategy (2)', async () => {
    const { book, report } = await build(20, { sheets: [EXISTING_STRATEGY, { name: 'Notes', cells: { A1: 'keep me' } }] });
    expect(book.cellsOf('Strategy')).toEqual(EXISTING_STRATEGY.cells);
    expect(book.cellsOf('Notes')).toEqual({ A1: 'keep me' });
    expect(book.writes.filter((w) => w.sheet === 'Strategy' || w.sheet === 'Notes')).toEqual([]);
    expect(book.sheets.map((s) => s.name)).toEqual(['Strategy', 'Notes', 'Strategy (2)', 'Alignment', 'Dashboard']);
    expect(report.renamed).toEqual([{ from: 'Strategy', to: 'Strategy (2)' }]);
    expect(report.sheets.find((s) => s.canonical === 'Strategy')?.name).toBe('Strategy (2)');
    // Everything that pointed at Strategy now points at the new sheet.
    expect(book.cellsOf('Dashboard')['B3']).toBe("=COUNTA('Strategy (2)'!A3:A4)");
    const dropdown = book.writes.find((w) => w.op === 'dataValidation.rule' && w.address === 'B3:B22');
    expect(dropdown?.value).toEqual({ list: { inCellDropDown: true, source: "='Strategy (2)'!$A$3:$A$4" } });
  });

  test('a name taken in any letter case gets the next free number', async () => {
    const { book, report } = await build(5, { sheets: [{ name: 'strategy' }, { name: 'STRATEGY (2)' }] });
    expect(book.sheets.map((s) => s.name)).toContain('Strategy (3)');
    expect(report.renamed).toEqual([{ from: 'Strategy', to: 'Strategy (3)' }]);
  });

  test('building twice keeps the first build and gives tables and names the next free name', async () => {
    const book = new FakeWorkbook();
    const host = hostFor(book);
    await buildFramework(host, { dataset: 'growthcorp', templates: templates(10) });
    const firstStrategy = book.cellsOf('Strategy');
    const firstSyncs = book.syncs;
    const second = await buildFramework(host, { dataset: 'growthcorp', templates: templates(10) });
    expect(book.syncs - firstSyncs).toBe(firstSyncs);
    expect(book.cellsOf('Strategy')).toEqual(firstStrategy);
    expect(book.tables.map((t) => t.name)).toEqual(['Objectives', 'Initiatives', 'Objectives_2', 'Initiatives_2']);
    expect(book.names.map((n) => n.name)).toEqual([
      'TotalInvestment', 'ObjectiveCount', 'LDFramework_Strategy', 'LDFramework_Alignment', 'LDFramework_Dashboard',
      'TotalInvestment_2', 'ObjectiveCount_2', 'LDFramework2_Strategy', 'LDFramework2_Alignment', 'LDFramework2_Dashboard',
    ]);
    expect(book.names.find((n) => n.name === 'LDFramework2_Strategy')?.formula).toBe("='Strategy (2)'!$A$1");
    // The second dashboard's summary uses its own total.
    expect(book.cellsOf('Dashboard (2)')['A4']).toBe('="The portfolio invests "&TEXT(TotalInvestment_2,"#,##0")&"."');
    expect(second.notes.join(' ')).toMatch(/already has a table or name "Objectives", so the new table is "Objectives_2"/);
    expect(second.renamed.map((r) => r.to)).toEqual(['Strategy (2)', 'Alignment (2)', 'Dashboard (2)']);
  });

  test('on ExcelApi 1.7 it leaves out data validation (and newer features) with a note instead of failing', async () => {
    const upTo17 = (name: string, version: string) => name === 'ExcelApi' && Number(version.split('.')[1]) <= 7;
    const { book, report } = await build(20, {}, upTo17);
    expect(book.writes.filter((w) => w.op.startsWith('dataValidation'))).toEqual([]);
    expect(book.writes.filter((w) => w.op.startsWith('charts')).length).toBeGreaterThan(0);
    expect(report.notes.some((n) => /data validation/.test(n) && /1\.8/.test(n))).toBe(true);
    expect(report.capabilities.dataValidation).toBe(false);
    expect(report.counts.validations).toBe(0);
  });

  test('on ExcelApi 1.1 only cells, formats and tables are written; nothing newer is called', async () => {
    const only11 = (name: string, version: string) => name === 'ExcelApi' && version === '1.1';
    const { book, report } = await build(20, {}, only11);
    const newer = ['dataValidation', 'conditionalFormats', 'freezePanes', 'charts', 'notes', 'tabColor', 'names.add', 'merge', 'format.columnWidth', 'format.rowHeight', 'columnHidden', 'rowHidden', 'pageLayout', 'horizontalPageBreaks', 'formulasR1C1'];
    expect(book.writes.filter((w) => newer.some((op) => w.op.startsWith(op)))).toEqual([]);
    // Without R1C1 fills every formula travels in the grid, down to the last initiative.
    expect(book.cellsOf('Alignment')['D22']).toBe('=IFERROR(C22/SUM($C$3:$C$22),"")');
    expect(book.tables).toHaveLength(2);
    expect(report.notes).toHaveLength(9);
    expect(report.notes).toContain('Left out print setup (orientation, fit to one page wide, print titles and area, footer, page breaks): this Excel does not support ExcelApi 1.9.');
    expect(report.figures).toEqual([]);
  });

  test('a host that throws from isSetSupported is treated as lacking the set', async () => {
    const { report } = await build(3, {}, () => {
      throw new Error('no requirements API');
    });
    expect(Object.values(report.capabilities).every((v) => v === false)).toBe(true);
  });

  test('the report reads back the dashboard figures and summary as Excel shows them', async () => {
    const { report } = await build(20, {
      textFor: (sheet, address) => (sheet === 'Dashboard' && address === 'B2' ? '210,000' : sheet === 'Dashboard' && address === 'A4' ? 'The portfolio invests 210,000.' : undefined),
    });
    expect(report.figures).toEqual([{ name: 'TotalInvestment', text: '210,000' }, { name: 'ObjectiveCount', text: '=COUNTA(Strategy!A3:A4)' }]);
    expect(report.summary).toBe('The portfolio invests 210,000.');
  });

  test('an Excel error during the write is reported, not swallowed', async () => {
    const book = new FakeWorkbook({ tables: [{ name: 'Objectives', sheet: 'Old', address: 'A1:B2' }] });
    // The fake refuses a 2-D array of the wrong size; a spec with a ragged grid would hit it.
    const broken: Templates = {
      buildWorkbookSpec: () => ({ ...syntheticSpec(2), names: [{ name: 'Bad Name', ref: 'Dashboard!$B$2', comment: '' }] }),
    };
    const context = book.context();
    context.workbook.names.add = () => book.fail('InvalidArgument: name Bad Name');
    await expect(buildFramework({ run: (batch) => batch(context), isSetSupported: () => true }, { dataset: 'empty', templates: broken })).rejects.toThrow(/Bad Name/);
  });
});

describe('framework builder with the real templates (core/templates)', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const real: Templates = require('../../core/templates');

  test.each(['empty', 'growthcorp'] as const)('%s: every sheet, table, name and chart in 3 round trips', async (dataset) => {
    const spec = real.buildWorkbookSpec(dataset);
    const book = new FakeWorkbook();
    const report = await buildFramework(hostFor(book), { dataset, templates: real });
    expect(book.syncs).toBe(3);
    expect(book.sheets.map((s) => s.name)).toEqual(spec.sheets.map((s) => s.name));
    expect(book.tables.map((t) => t.name)).toEqual(spec.sheets.flatMap((s) => s.tables.map((t) => t.name)));
    expect(book.names.map((n) => n.name)).toEqual([
      ...spec.names.map((n) => n.name),
      ...spec.sheets.map((s) => `LDFramework_${s.canonicalName ?? s.name}`),
    ]);
    expect(spec.names.map((n) => n.name)).toEqual(expect.arrayContaining(['TotalInvestment', 'PortfolioROI', 'PortfolioBCR']));
    // The helper columns and rows the templates hide are hidden in Excel too.
    for (const sheet of spec.sheets) {
      expect([sheet.name, [...book.sheet(sheet.name)!.hiddenColumns].sort()]).toEqual([sheet.name, [...(sheet.hiddenColumns ?? [])].sort()]);
      expect([sheet.name, [...book.sheet(sheet.name)!.hiddenRows].sort()]).toEqual([sheet.name, [...(sheet.hiddenRows ?? [])].sort()]);
    }
    expect(spec.sheets.some((s) => (s.hiddenColumns ?? []).length > 0)).toBe(true);
    const validations = spec.sheets.reduce((n, s) => n + s.validations.length, 0);
    expect(book.writes.filter((w) => w.op === 'dataValidation.rule')).toHaveLength(validations);
    expect(validations).toBeGreaterThan(0);
    // Excel refuses a typed list longer than 255 characters.
    for (const w of book.writes.filter((x) => x.op === 'dataValidation.rule')) {
      const list = (w.value as { list?: { source: string } }).list;
      if (list) expect(list.source.length).toBeLessThanOrEqual(255);
    }
    const charts = spec.sheets.find((s) => s.name === 'Dashboard')!.charts.length;
    expect(book.writes.filter((w) => w.sheet === 'Dashboard' && w.op === 'charts.add()')).toHaveLength(charts);
    expect(report.figures.map((f) => f.name)).toEqual(spec.names.map((n) => n.name));
    // The one write request stays far below Excel on the web's 5 MB payload limit.
    expect(book.sentBytes()).toBeLessThan(1_000_000);
    // Every formula of the spec is in the workbook, at its cell: the runs written as one R1C1 fill
    // read back, cell by cell, as the spec's own A1 formulas (the fake turns R1C1 into A1 on its own).
    expect(book.writes.filter((w) => w.op === 'formulasR1C1').length).toBeGreaterThan(50);
    for (const sheet of spec.sheets) {
      const cells = book.cellsOf(sheet.name);
      sheet.cells.forEach((row, r) => row.forEach((cell, c) => {
        if (cell?.formula) expect([sheet.name, cellAddress(r + 1, c + 1), cells[cellAddress(r + 1, c + 1)]]).toEqual([sheet.name, cellAddress(r + 1, c + 1), cell.formula]);
      }));
    }
  });

  test('growthcorp into a workbook with a filled Strategy sheet: the sheet is untouched, every reference follows Strategy (2)', async () => {
    const book = new FakeWorkbook({ sheets: [EXISTING_STRATEGY] });
    const report = await buildFramework(hostFor(book), { dataset: 'growthcorp', templates: real });
    expect(book.syncs).toBe(3);
    expect(book.cellsOf('Strategy')).toEqual(EXISTING_STRATEGY.cells);
    expect(book.writes.filter((w) => w.sheet === 'Strategy')).toEqual([]);
    expect(report.renamed).toEqual([{ from: 'Strategy', to: 'Strategy (2)' }]);
    const formulas = book.sheets.filter((s) => !s.preexisting).flatMap((s) => [...s.cells.values()]).filter((v): v is string => typeof v === 'string' && v.startsWith('='));
    expect(formulas.some((f) => f.includes("'Strategy (2)'!"))).toBe(true);
    expect(formulas.filter((f) => /(^|[^'A-Za-z])Strategy!/.test(f))).toEqual([]);
  });
});

describe('framework builder at 2,000 initiatives (issue 10: capacity as a choice)', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const real: Templates = require('../../core/templates');
  const filled: Templates = { buildWorkbookSpec: (dataset, options) => real.buildWorkbookSpec(dataset, { ...options, filled: true }) };
  /** Builds at `capacity`, measuring what each sync carries (the fake's writes and cells since the last one). */
  async function buildAt(capacity: number, templates: Templates) {
    const book = new FakeWorkbook();
    const requests: number[] = [];
    let sent = 0;
    const host: ExcelHost = {
      run: (batch) => {
        const context = book.context();
        const sync = context.sync.bind(context);
        return batch({ ...context, sync: async () => { const now = book.sentBytes(); requests.push(now - sent); sent = now; await sync(); } } as typeof context);
      },
      isSetSupported: () => true,
    };
    const report = await buildFramework(host, { dataset: 'growthcorp', capacity, templates });
    return { book, report, requests };
  }

  test('3 round trips at 2,000 initiatives as at 200, empty or filled to the last row, each request as small at 2,000 as at 200 unless rows are typed', async () => {
    const base = await buildAt(200, real);
    const empty = await buildAt(2000, real);
    const full = await buildAt(2000, filled);
    for (const built of [base, empty, full]) expect(built.book.syncs).toBe(3);
    expect(full.book.writes.length).toBeLessThanOrEqual(base.book.writes.length);
    expect(empty.book.writes.length).toBe(base.book.writes.length);
    // The formulas go as fills, so the 2,000 empty rows cost what 200 do (within 1%); typed rows
    // travel as values. Excel on the web refuses a request over 5 MB.
    expect(Math.max(...empty.requests)).toBeLessThan(Math.max(...base.requests) * 1.01);
    expect(Math.max(...full.requests)).toBeLessThan(2_500_000);
    // The rows really were written, to the last one.
    expect(full.book.cellsOf('Alignment')['A2008']).toBe('Engineering Leadership Program, wave 286') // row 2,000: GrowthCorp's fifth, 286th wave;
    expect(full.book.cellsOf('ROI')['K2008']).toMatch(/^=/);
    expect(empty.book.cellsOf('ROI')['M2008']).toBe(base.book.cellsOf('ROI')['M208']!.toString().replace(/208/g, '2008'));
    expect(full.report.figures.map((f) => f.name)).toContain('PortfolioBCR');
  }, 120_000);

  test('an Excel without R1C1 fills (ExcelApi 1.1) sends every formula, in a few requests under the limit', async () => {
    const book = new FakeWorkbook();
    const requests: number[] = [];
    let sent = 0;
    const context = book.context();
    const sync = context.sync.bind(context);
    const host: ExcelHost = {
      run: (batch) => batch({ ...context, sync: async () => { requests.push(book.sentBytes() - sent); sent = book.sentBytes(); await sync(); } } as typeof context),
      isSetSupported: (_name, version) => version === '1.1',
    };
    await buildFramework(host, { dataset: 'empty', capacity: 2000, templates: real });
    expect(book.writes.filter((w) => w.op === 'formulasR1C1')).toEqual([]);
    expect(book.syncs).toBeGreaterThan(3);
    expect(book.syncs).toBeLessThanOrEqual(8);
    expect(Math.max(...requests)).toBeLessThan(4_000_000);
    expect(book.cellsOf('ROI')['M2008']).toMatch(/^=.*L2008.*K2008/);
  }, 120_000);
});
