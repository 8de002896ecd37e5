/**
 * The insights panels' Excel plumbing against the recording fake: the GrowthCorp framework built by
 * the real builder, then audited, planned, snapshotted and summarised, in a constant number of
 * syncs, never writing over a filled cell or an existing sheet.
 */
import { buildFramework, type ExcelHost } from '../builder/build-framework';
import { buildWorkbookSpec, HISTORY_TABLE, LEARNING_TABLE } from '../../core/templates';
import { GROWTHCORP } from '../../core/templates';
import { planPortfolio, READ_CELLS_PER_SYNC } from '../../core/insights';
import { InsightsService } from '../insights/service';
import { localIsoDate, planRows } from '../../core/insights/service';
import { placeRow } from '../../core/insights/table';
import { fromA1, topLeft } from '../insights/workbook';
import { NO_FRAMEWORK_MESSAGE } from '../../core/framework/resolve';
import { FakeRange, FakeWorkbook, parseBox, type FakeOptions } from './fake-excel';
import { excelMarkers } from '../../test/identity/markers';

const TODAY = '2026-11-27';

function hostFor(book: FakeWorkbook): ExcelHost {
  return { run: (batch) => batch(book.context()), isSetSupported: () => true };
}

async function growthcorp(options: FakeOptions = {}): Promise<{ book: FakeWorkbook; service: InsightsService }> {
  const book = new FakeWorkbook(options);
  const built = await buildFramework(hostFor(book), { dataset: 'growthcorp', templates: { buildWorkbookSpec } });
  expect(excelMarkers(book, built.sheets)).toBe(1);
  book.syncs = 0;
  book.writes.length = 0;
  return { book, service: new InsightsService(hostFor(book), { today: () => TODAY }) };
}

/** Every cell of every sheet, to compare before and after. */
function allCells(book: FakeWorkbook): Record<string, Record<string, unknown>> {
  return Object.fromEntries(book.sheets.map((s) => [s.name, book.cellsOf(s.name)]));
}

describe('audit of the open workbook', () => {
  test('the GrowthCorp workbook built by the task pane audits with no errors, in 3 syncs, writing nothing', async () => {
    const { book, service } = await growthcorp();
    const report = await service.audit();
    if (!report.ok) throw new Error(report.reason);
    expect(report.counts.error).toBe(0);
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(report.model.initiatives.length).toBeGreaterThan(3);
    expect(report.summary.paragraphs.join(' ')).toMatch(/GrowthCorp|organisation/);
    // The Measures sheet is read in the same batch: the summary says what is off track (core/insights/measures.test.ts).
    expect(report.summary.paragraphs).toContain('1 of 23 measures is off track at month 9: Discovery workshop hours (forecast 61% of plan); 4 more are at risk.');
    // The names, the parts' used ranges, their values (one read: under READ_CELLS_PER_SYNC cells).
    expect(book.syncs).toBe(3);
    expect(book.writes).toEqual([]);
  });

  test('the sync count does not grow with the initiatives: 200 more rows still take 3 syncs', async () => {
    const { book, service } = await growthcorp();
    const alignment = book.sheet('Alignment')!;
    for (let r = 100; r < 300; r++) alignment.cells.set(`A${r}`, `Extra ${r}`);
    await service.audit();
    expect(book.syncs).toBe(3);
  });

  test('a workbook built at 2,000 initiatives, all filled, is read to its last row: 2,000 initiatives, no errors, 4 syncs (issue 10)', async () => {
    const book = new FakeWorkbook();
    await buildFramework(hostFor(book), { dataset: 'growthcorp', capacity: 2000, templates: { buildWorkbookSpec: (d, o) => buildWorkbookSpec(d, { ...o, filled: true }) } });
    book.syncs = 0;
    const report = await new InsightsService(hostFor(book), { today: () => TODAY }).audit();
    if (!report.ok) throw new Error(report.reason);
    expect(report.model.initiatives).toHaveLength(2000);
    expect(report.model.initiatives[1999].name).toEqual({ cell: 'Alignment!A2008', value: 'Engineering Leadership Program, wave 286' });
    expect(report.counts.error).toBe(0);
    // Its parts hold more than READ_CELLS_PER_SYNC cells: their values take two reads.
    expect(book.syncs).toBe(4);
  }, 60_000);

  test('a cleared cost cell gives its finding at that cell, and choosing it selects the cell', async () => {
    const { book, service } = await growthcorp();
    const clean = await service.audit();
    if (!clean.ok) throw new Error(clean.reason);
    const roi = book.sheet('ROI')!;
    const first = clean.model.initiatives[0];
    // The first cost category of the first initiative, by the template's layout.
    const costCell = Object.values(first.costs)[0] as { cell: string };
    const address = costCell.cell.replace(/^.*!/, '');
    expect(roi.cells.has(address)).toBe(true);
    roi.cells.delete(address);

    const report = await service.audit();
    if (!report.ok) throw new Error(report.reason);
    const found = report.findings.filter((f) => f.sheet === 'ROI' && f.cell === address);
    expect(found.length).toBeGreaterThan(0);
    expect(report.findings.length).toBeGreaterThan(clean.findings.length);

    book.syncs = 0;
    await service.select(found[0].sheet, found[0].cell);
    expect(book.writes).toEqual([{ sheet: 'ROI', op: 'activate' }, { sheet: 'ROI', op: 'select', address }]);
    expect(book.syncs).toBe(1);
  });

  test('a workbook with no framework gives the core’s plain reason, not a crash, in 2 syncs', async () => {
    const book = new FakeWorkbook({ sheets: [{ name: 'Budget', cells: { A1: 'mine' } }, { name: 'Strategy', cells: { A1: 'Our plan' } }] });
    const report = await new InsightsService(hostFor(book), { today: () => TODAY }).audit();
    expect(report).toEqual({ ok: false, reason: NO_FRAMEWORK_MESSAGE });
    expect(book.writes).toEqual([]);
    // Names and sheets, then each sheet's header block; no used range is read for a framework that is not there.
    expect(book.syncs).toBe(2);
  });

  test('a workbook without markers (an older build) is read by its header rows in 4 syncs', async () => {
    const { book, service } = await growthcorp();
    book.names.splice(0, book.names.length, ...book.names.filter((n) => !/^LDFramework/i.test(n.name)));
    const report = await service.audit();
    if (!report.ok) throw new Error(report.reason);
    expect(report.counts.error).toBe(0);
    expect(report.model.sheets.History).toBe('History log');
    expect(book.syncs).toBe(4);
  });

  test('before ExcelApi 1.7 the markers are read from each name’s value (its address), still in 3 syncs', async () => {
    const { book } = await growthcorp();
    // What Excel gives as a range name's `value`: its address, without "=" (`formula` needs ExcelApi 1.7).
    const named = book.names as { name: string; formula: string; value?: string }[];
    for (const n of named) {
      n.value = n.formula.replace(/^=/, '');
      n.formula = 'not loaded before ExcelApi 1.7';
    }
    const host: ExcelHost = { run: (batch) => batch(book.context()), isSetSupported: (_set, version) => version !== '1.7' };
    const report = await new InsightsService(host, { today: () => TODAY }).audit();
    if (!report.ok) throw new Error(report.reason);
    expect(report.counts.error).toBe(0);
    expect(book.syncs).toBe(3);
  });

  test('renamed framework sheets are found: the user’s own Strategy is left alone and Strategy (2) is read', async () => {
    const own = { name: 'Strategy', cells: { A1: 'Our own strategy', B4: 42 } };
    const { service } = await growthcorp({ sheets: [own] });
    const report = await service.audit();
    if (!report.ok) throw new Error(report.reason);
    expect(report.model.sheets.Strategy).toBe('Strategy (2)');
    expect(report.model.objectives.length).toBeGreaterThan(0);
    expect(report.counts.error).toBe(0);
  });
});

describe('Learning data of any size', () => {
  afterEach(() => jest.restoreAllMocks());

  test('40,000 records are read in blocks under the response limit, to the same figures: 8 syncs', async () => {
    const { book, service } = await growthcorp();
    const before = await service.audit();
    if (!before.ok) throw new Error(before.reason);
    const learning = String(before.model.learning?.sheet);
    const sheet = book.sheet(learning)!;
    const name = GROWTHCORP.initiatives[0].name;
    const col = LEARNING_TABLE.columns;
    for (let i = 0; i < 40_000; i++) {
      const row = LEARNING_TABLE.firstDataRow + i;
      sheet.cells.set(`${col.key}${row}`, `key-${i}`);
      sheet.cells.set(`${col.initiative}${row}`, name);
      sheet.cells.set(`${col.status}${row}`, 'completed');
      sheet.cells.set(`${col.hours}${row}`, 1.5);
    }
    // The cells each sync asks values of (Excel on the web refuses a response over 5 MB).
    const asked = new Map<number, number>();
    const load = FakeRange.prototype.load;
    jest.spyOn(FakeRange.prototype, 'load').mockImplementation(function (this: FakeRange, props?: unknown) {
      const box = parseBox(this.address);
      if (box && String(props).includes('values')) asked.set(book.syncs, (asked.get(book.syncs) ?? 0) + (box.r1 - box.r0 + 1) * (box.c1 - box.c0 + 1));
      return load.call(this, props);
    });
    book.syncs = 0;
    const report = await service.audit();
    if (!report.ok) throw new Error(report.reason);
    expect(report.model.learning?.records).toBe((before.model.learning?.records ?? 0) + 40_000);
    const [was, now] = [before, report].map((r) => r.model.initiatives[0].learning);
    expect(now?.participants).toBe((was?.participants ?? 0) + 40_000);
    expect(now?.hours).toBeCloseTo((was?.hours ?? 0) + 60_000, 6);
    // Names, used ranges, then the values: the Learning data sheet alone is 40,005 rows of 21 columns
    // (A:U, its records and the figures beside them), 840,105 cells; with the other parts' (about
    // 50,000) that is 6 reads of at most 150,000 cells.
    expect(book.syncs).toBe(8);
    expect(Math.max(...asked.values())).toBeLessThanOrEqual(READ_CELLS_PER_SYNC);
    expect([...asked.values()].reduce((a, b) => a + b, 0)).toBeGreaterThan(840_000);
  }, 60_000);
});

describe('sensitivity', () => {
  test('the portfolio and one initiative in 3 syncs each, writing nothing; a bad subject is refused before Excel is asked', async () => {
    const { book, service } = await growthcorp();
    const view = await service.sensitivity('portfolio');
    if (!view.ok) throw new Error(view.reason);
    expect(view.sensitivity.ok && view.sensitivity.name).toBe('Portfolio');
    expect(view.choices).toHaveLength(1 + GROWTHCORP.initiatives.length);
    expect(book.syncs).toBe(3);
    const one = await service.sensitivity(2);
    expect(one.ok && one.sensitivity.name).toBe(GROWTHCORP.initiatives[2].name);
    expect(book.syncs).toBe(6);
    expect(book.writes).toEqual([]);
    expect(() => service.sensitivity(-1)).toThrow(/Choose the portfolio or an initiative/);
    expect(book.syncs).toBe(6);
  });
});

describe('snapshot', () => {
  test('appends to the first empty History row and changes no other cell', async () => {
    const { book, service } = await growthcorp();
    const before = allCells(book);
    const result = await service.snapshot('after Q4');
    if ('reason' in result) throw new Error(result.reason);
    // Read the framework (3), then write the row (1).
    expect(book.syncs).toBe(4);
    const history = book.sheet(result.sheet)!;
    expect(result.sheet).toBe('History log');
    // The row is the first whose date cell was empty, and it is within the template's rows.
    const dateColumn = HISTORY_TABLE.columns.date;
    expect(before[result.sheet][`${dateColumn}${result.row}`]).toBeUndefined();
    expect(before[result.sheet][`${dateColumn}${result.row - 1}`]).not.toBeUndefined();
    expect(history.cells.get(`${dateColumn}${result.row}`)).toBe(result.cells[0].value);
    expect(result.cells.some((c) => c.value === 'after Q4')).toBe(true);
    // Every other cell of the workbook is unchanged, and the written cells were empty.
    const after = allCells(book);
    for (const cell of result.cells) {
      expect(before[result.sheet][cell.address]).toBeUndefined();
      delete after[result.sheet][cell.address];
    }
    expect(after).toEqual(before);
    expect(book.writes.every((w) => w.sheet === result.sheet && w.op === 'values' && result.cells.some((c) => c.address === w.address))).toBe(true);
  });

  test('a filled row where the core would write is skipped, not written over', async () => {
    const { book, service } = await growthcorp();
    const clean = await service.audit();
    if (!clean.ok) throw new Error(clean.reason);
    const history = book.sheet('History log')!;
    const lastRow = clean.model.history[clean.model.history.length - 1].row;
    // Something typed in the note column of the next row (not a snapshot the reader sees).
    const target = `${HISTORY_TABLE.columns.note}${lastRow + 1}`;
    history.cells.set(target, 'do not touch');
    const before = allCells(book);
    const result = await service.snapshot();
    if ('reason' in result) throw new Error(result.reason);
    expect(history.cells.get(target)).toBe('do not touch');
    expect(result.row).toBeGreaterThan(lastRow + 1);
    const after = allCells(book);
    for (const cell of result.cells) {
      expect(before['History log'][cell.address]).toBeUndefined();
      if (cell.value !== '') delete after['History log'][cell.address];
    }
    expect(after).toEqual(before);
  });

  test('placeRow moves down past any row with a filled target cell', () => {
    const cells = [{ address: 'A3', value: 1 }, { address: 'C3', value: 'n' }];
    expect(placeRow(cells, [[], [], ['x'], [null, 'y', ''], ['', '', 'z']]).row).toBe(4);
    expect(placeRow(cells, []).cells).toEqual([{ address: 'A3', value: 1 }, { address: 'C3', value: 'n' }]);
  });
});

describe('insert as sheet', () => {
  test('the summary goes to a new sheet and never overwrites an existing Summary', async () => {
    const existing = { name: 'Summary', cells: { A1: 'my own summary', B2: 7 } };
    const { book, service } = await growthcorp({ sheets: [existing, { name: 'summary (2)', cells: { A1: 'also mine' } }] });
    const report = await service.audit();
    if (!report.ok) throw new Error(report.reason);
    const before = allCells(book);
    book.syncs = 0;
    const inserted = await service.insertSummary();
    if (!inserted.ok) throw new Error(inserted.reason);
    const name = inserted.sheet;
    expect(name).toBe('Summary (3)');
    // Read the framework (3), then add the sheet with its rows (1).
    expect(book.syncs).toBe(4);
    expect(book.cellsOf('Summary')).toEqual(existing.cells);
    expect(book.cellsOf('summary (2)')).toEqual({ A1: 'also mine' });
    expect(book.cellsOf('Summary (3)')['A1']).toBe(report.summary.title);
    expect(book.cellsOf('Summary (3)')['A3']).toBe(report.summary.paragraphs[0]);
    const after = allCells(book);
    delete after['Summary (3)'];
    expect(after).toEqual(before);
    expect(book.writes.filter((w) => w.sheet !== 'Summary (3)')).toEqual([]);
  });

  test('the plan goes to a new sheet with one row per initiative', async () => {
    const { book, service } = await growthcorp();
    const report = await service.audit();
    if (!report.ok) throw new Error(report.reason);
    const plan = planPortfolio(report.model, 250000);
    const inserted = await service.insertPlan(250000);
    if (!inserted.ok) throw new Error(inserted.reason);
    const name = inserted.sheet;
    expect(name).toBe('Plan summary');
    const cells = book.cellsOf(name);
    expect(cells['B2']).toBe(250000);
    expect(Object.values(cells)).toEqual(expect.arrayContaining(plan.lines.map((l) => l.name)));
    expect(planRows(plan).length).toBeGreaterThan(plan.lines.length);
  });
});

describe('reading helpers', () => {
  test('a used range not starting at A1 is placed from A1', () => {
    expect(topLeft('Impact!C3:D4')).toEqual({ row: 2, column: 2 });
    expect(fromA1([[1, 2], [3, 4]], 'Impact!B2:C3')).toEqual([[], ['', 1, 2], ['', 3, 4]]);
    expect(fromA1([[1]], 'A1')).toEqual([[1]]);
  });
});

describe('dates', () => {
  test('today is the local date as ISO', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
});
