/**
 * The Import panel's Sheets server functions (sheets-addon/server/learning/import.ts) over the fake
 * spreadsheet, on the GrowthCorp framework built by the real builder: the targets, rows appended in
 * chunks below the table (never over a cell; the sheet grown when short), a second import of the
 * same file adding nothing, the service calls per chunk at 100,000 rows (docs/learning-data.md states
 * them), and the built Code.js exposing the three server functions the sidebar calls.
 */
import { buildWorkbookSpec, LEARNING_TABLE, MAPPINGS_TABLE } from '../../core/templates';
import { IMPORT_CHUNK_ROWS, learningChunks, type ImportTargets, type ImportWrite, type RowsWritten } from '../../core/learning/import';
import { parseLmsCsv } from '../../core/learning';
import type { NoFramework } from '../../core/insights/pane';
import { buildFramework, type Templates } from '../server/builder/build';
import { appendLearningRowsTo, appendMappingRowsTo, learningTargetsOf } from '../server/learning/import';
import { FakeSpreadsheetApp } from './fake-spreadsheet';
import { growthcorpRecords, largeExport, planFor } from '../../test/support/import';
import { ensureSheetsBuild } from './ensure-built';
import { loadCodeJs } from './gas-vm';
import { importInChunks } from '../sidebar/bridge';

function built(withLearning = true): FakeSpreadsheetApp {
  const app = new FakeSpreadsheetApp();
  const templates: Templates = {
    buildWorkbookSpec: (dataset) => {
      const spec = buildWorkbookSpec(dataset);
      // A framework built before imports existed: no Learning data or Mappings sheet.
      return withLearning ? spec : { ...spec, sheets: spec.sheets.filter((s) => !['Learning', 'Mappings'].includes(s.canonicalName ?? s.name)) };
    },
  };
  buildFramework(app, { dataset: 'growthcorp', templates });
  app.log.calls.length = 0;
  return app;
}

function ok<T extends { ok: true }>(answer: T | NoFramework): T {
  if (!answer.ok) throw new Error(answer.reason);
  return answer;
}

/** What the sidebar bridge does (sheets-addon/sidebar/bridge.ts importInChunks), with each call's service calls counted. */
function importThrough(app: FakeSpreadsheetApp, write: ImportWrite): { written: RowsWritten[]; callsPerChunk: number[] } {
  if (write.mappings.length > 0) ok(appendMappingRowsTo(app.spreadsheet, write.mappings.map((r) => [...r])));
  const written: RowsWritten[] = [];
  const callsPerChunk: number[] = [];
  for (const chunk of learningChunks(write.startRow, write.rows)) {
    const before = app.log.count;
    // As the bridge does: after the first chunk, the sheet it wrote to.
    written.push(ok(appendLearningRowsTo(app.spreadsheet, chunk.startRow, chunk.rows.map((r) => [...r]), written[written.length - 1]?.sheet ?? '')));
    callsPerChunk.push(app.log.count - before);
  }
  return { written, callsPerChunk };
}

const snapshot = (app: FakeSpreadsheetApp) => JSON.stringify(app.spreadsheet.sheets.map((s) => [s.name, [...s.cells.entries()]]));

describe('Sheets import of learning data', () => {
  test('the GrowthCorp export goes below the Learning data header, mappings are remembered, and importing it again adds nothing', () => {
    const app = built();
    const targets = ok<ImportTargets>(learningTargetsOf(app.spreadsheet));
    expect(targets).toEqual(expect.objectContaining({ learningSheet: 'Learning data', mappingsSheet: 'Mappings', existingKeys: [], nextRow: LEARNING_TABLE.firstDataRow }));
    expect(targets.initiatives).toContain('Consultative Selling Academy');
    // JSON-safe: what google.script.run carries.
    expect(JSON.parse(JSON.stringify(targets))).toEqual(targets);
    const before = app.spreadsheet.sheets.map((s) => [s.name, new Map([...s.cells].map(([k, c]) => [k, { ...c }]))] as const);

    const records = growthcorpRecords();
    const { plan, write } = planFor(records, targets);
    const { written } = importThrough(app, write);
    expect(written).toEqual([{ ok: true, sheet: 'Learning data', firstRow: 6, lastRow: 5 + records.length }]);
    const learning = app.spreadsheet.sheet('Learning data');
    expect(learning.range('C6').getValues()[0][0]).toBe(records[0].key);
    expect(learning.range('F6').getValues()[0][0]).toBe('Consultative Selling Academy');
    expect(learning.peek(5, 6)?.numberFormat).toBe('yyyy-mm-dd');
    // Every cell there before has its value and formula still.
    for (const [name, cells] of before) {
      const now = app.spreadsheet.sheet(name).cells;
      // A formatted blank cell is empty: only cells with a value or a formula were the user's.
      for (const [at, cell] of [...cells].filter(([, c]) => c.value !== undefined || c.formula !== undefined)) expect([name, at, now.get(at)?.value, now.get(at)?.formula]).toEqual([name, at, cell.value, cell.formula]);
    }
    const mappings = app.spreadsheet.sheet('Mappings');
    expect(mappings.range(`A${MAPPINGS_TABLE.firstDataRow}:C${MAPPINGS_TABLE.firstDataRow}`).getValues()[0]).toEqual(['Consultative Selling Academy', 'Consultative Selling Academy', 'exact']);
    expect(plan.mappingRows).toHaveLength(6);

    const again = ok<ImportTargets>(learningTargetsOf(app.spreadsheet));
    expect(again.existingKeys).toHaveLength(records.length);
    expect(again.nextRow).toBe(6 + records.length);
    const second = planFor(records, again);
    expect(second.plan.counts).toEqual({ added: 0, alreadyThere: records.length, repeated: 0, unmatched: 0 });
    const cells = snapshot(app);
    importThrough(app, second.write);
    expect(snapshot(app)).toBe(cells);
  });

  test('a chunk whose rows are no longer empty is refused, writing over nothing; bad arguments get a clear error', () => {
    const app = built();
    const targets = ok<ImportTargets>(learningTargetsOf(app.spreadsheet));
    const { write } = planFor(growthcorpRecords(), targets);
    app.spreadsheet.sheet('Learning data').range('D40').setValues([['typed meanwhile']]);
    const cells = snapshot(app);
    expect(() => appendLearningRowsTo(app.spreadsheet, write.startRow, write.rows.map((r) => [...r]))).toThrow('Row 40 of "Learning data" is no longer empty');
    expect(snapshot(app)).toBe(cells);
    expect(() => appendLearningRowsTo(app.spreadsheet, 'six', [])).toThrow('The first row must be a row number');
    expect(() => appendLearningRowsTo(app.spreadsheet, 3, [])).toThrow('Learning data rows start at row 6.');
    expect(() => appendLearningRowsTo(app.spreadsheet, 6, [['a', 'b']])).toThrow('Row 1 of the import must be 11 texts or numbers.');
    expect(() => appendLearningRowsTo(app.spreadsheet, 6, new Array(IMPORT_CHUNK_ROWS + 1).fill(new Array(11).fill('x')))).toThrow('Send at most 5,000 rows at a time.');
  });

  test('a named sheet that is no longer Learning data (renamed away, or another sheet) is not trusted: the framework is found again', () => {
    const app = built();
    const row = [new Array(11).fill('x')];
    // A sheet of that name is gone: the markers find Learning data.
    expect(appendLearningRowsTo(app.spreadsheet, 6, row, 'Old learning')).toEqual({ ok: true, sheet: 'Learning data', firstRow: 6, lastRow: 6 });
    // Alignment has no Learning data header row: nothing is written there.
    const alignment = JSON.stringify([...app.spreadsheet.sheet('Alignment').cells.entries()]);
    expect(appendLearningRowsTo(app.spreadsheet, 7, row, 'Alignment')).toEqual({ ok: true, sheet: 'Learning data', firstRow: 7, lastRow: 7 });
    expect(JSON.stringify([...app.spreadsheet.sheet('Alignment').cells.entries()])).toBe(alignment);
    // A header changed by hand on the named sheet: found again, by its markers, and still written there.
    app.spreadsheet.sheet('Learning data').range(`A${LEARNING_TABLE.headerRow}`).setValues([['Batch']]);
    const before = app.log.count;
    expect(appendLearningRowsTo(app.spreadsheet, 8, row, 'Learning data')).toEqual({ ok: true, sheet: 'Learning data', firstRow: 8, lastRow: 8 });
    expect(app.log.calls.slice(before)).toContain('Spreadsheet.getNamedRanges');
  });

  test('a framework without a Learning data sheet says so and offers Set up; nothing is written or added', () => {
    const app = built(false);
    const names = app.spreadsheet.sheets.map((s) => s.name);
    const cells = snapshot(app);
    expect(learningTargetsOf(app.spreadsheet)).toEqual({ ok: false, reason: expect.stringMatching(/spreadsheet's L&D framework has no Learning data sheet.*Set up/), setUp: true });
    expect(appendLearningRowsTo(app.spreadsheet, 6, [new Array(11).fill('x')])).toEqual(expect.objectContaining({ ok: false, setUp: true }));
    expect(app.spreadsheet.sheets.map((s) => s.name)).toEqual(names);
    expect(snapshot(app)).toBe(cells);
  });

  test('100,000 rows in 20 calls: the first finds the framework, the next 19 make 10 service calls each; a second import adds 0 rows', () => {
    const app = built();
    const targets = ok<ImportTargets>(learningTargetsOf(app.spreadsheet));
    const records = parseLmsCsv(largeExport(100_000, ['Consultative Selling Academy', 'Customer Success Playbook', 'Cloud Certification Path']), { file: 'big.csv' }).records;
    const { write } = planFor(records, targets);
    expect(write.rows).toHaveLength(100_000);
    const tallyFrom = app.log.count;
    const { written, callsPerChunk } = importThrough(app, write);
    expect(written).toHaveLength(100_000 / IMPORT_CHUNK_ROWS);
    expect(written[written.length - 1].lastRow).toBe(100_005);
    // Constant per chunk after the first, whatever is already on the sheet.
    expect(new Set(callsPerChunk.slice(1)).size).toBe(1);
    const tally = (calls: string[]) => calls.reduce<Record<string, number>>((t, c) => ({ ...t, [c]: (t[c] ?? 0) + 1 }), {});
    const writes = tally(app.log.calls.slice(tallyFrom));
    expect(writes['Range.setValues']).toBe(1 + 20);
    // One check per chunk, one header check per chunk after the first; the Mappings call reads its table and checks its block.
    expect(writes['Range.getValues']).toBe(20 + 19 + 2);
    expect(writes['Sheet.insertRowsAfter']).toBeLessThanOrEqual(20);
    // The first chunk finds the framework by its markers (15 sheets, 25 named ranges: 102 calls, none
    // per row), then 7 to grow the sheet, check the block and write it: 109.
    expect(callsPerChunk[0]).toBe(109);
    // The last, service call by service call: its sheet by name and its header row (3), then the same 7.
    const last = tally(app.log.calls.slice(app.log.count - callsPerChunk[19]));
    expect(last).toEqual({
      'Spreadsheet.getSheetByName': 1, 'Sheet.getRange': 2, 'Range.getValues': 2,
      'Sheet.getMaxRows': 1, 'Sheet.insertRowsAfter': 1, 'Range.setValues': 1, 'Sheet.getRangeList': 1, 'RangeList.setNumberFormat': 1,
    });
    expect(callsPerChunk.slice(1)).toEqual(new Array(19).fill(10));

    const before = app.log.count;
    const again = ok<ImportTargets>(learningTargetsOf(app.spreadsheet));
    expect(tally(app.log.calls.slice(before))['Range.getValues']).toBe(3);
    expect(again.existingKeys).toHaveLength(100_000);
    expect(again.nextRow).toBe(100_006);
    expect(planFor(records, again).plan.counts.added).toBe(0);
  }, 120_000);
});

describe('the built Code.js', () => {
  beforeAll(() => ensureSheetsBuild());

  test('exposes learningTargets, appendLearningRows and appendMappingRows, and they answer plain JSON', () => {
    const script = loadCodeJs();
    const app = built();
    script.install('SpreadsheetApp', app);
    const targets = script.fn('learningTargets')() as ImportTargets;
    expect(targets.ok).toBe(true);
    const { write } = planFor(growthcorpRecords().slice(0, 10), JSON.parse(JSON.stringify(targets)) as ImportTargets);
    const mapped = script.fn('appendMappingRows')(JSON.parse(JSON.stringify(write.mappings))) as RowsWritten;
    expect(mapped).toEqual({ ok: true, sheet: 'Mappings', firstRow: MAPPINGS_TABLE.firstDataRow, lastRow: MAPPINGS_TABLE.firstDataRow });
    const rows = script.fn('appendLearningRows')(write.startRow, JSON.parse(JSON.stringify(write.rows))) as RowsWritten;
    expect(JSON.parse(JSON.stringify(rows))).toEqual({ ok: true, sheet: 'Learning data', firstRow: 6, lastRow: 15 });
  });
});

describe('the sidebar bridge', () => {
  test('importInChunks sends the Mappings rows first, then one appendLearningRows call per 5,000 rows, with progress after each', async () => {
    const app = built();
    const calls: [string, number, string?][] = [];
    // google.script.run as the sidebar sees it, answered by the server functions on the fake (through JSON, as Apps Script does).
    const run = () => {
      let success: (v: unknown) => void = () => undefined;
      const runner = {
        withSuccessHandler(fn: (v: unknown) => void) { success = fn; return runner; },
        withFailureHandler() { return runner; },
        appendMappingRows(rows: unknown[][]) { calls.push(['appendMappingRows', rows.length]); success(JSON.parse(JSON.stringify(appendMappingRowsTo(app.spreadsheet, rows)))); },
        appendLearningRows(startRow: number, rows: unknown[][], sheet: string) { calls.push(['appendLearningRows', startRow, sheet]); success(JSON.parse(JSON.stringify(appendLearningRowsTo(app.spreadsheet, startRow, rows, sheet)))); },
      };
      return runner;
    };
    const targets = ok<ImportTargets>(learningTargetsOf(app.spreadsheet));
    const records = parseLmsCsv(largeExport(12_000, ['Cloud Certification Path']), { file: 'big.csv' }).records;
    const { write } = planFor(records, targets);
    const progress: string[] = [];
    const written = await importInChunks(run, write, (p) => progress.push(p.message));
    // The first chunk finds the framework; the next ones name the sheet it wrote to.
    expect(calls).toEqual([['appendMappingRows', 1], ['appendLearningRows', 6, ''], ['appendLearningRows', 5006, 'Learning data'], ['appendLearningRows', 10006, 'Learning data']]);
    expect(progress).toEqual(['Writing: 5,000 of 12,000 rows.', 'Writing: 10,000 of 12,000 rows.', 'Writing: 12,000 of 12,000 rows.']);
    expect(written).toEqual({ ok: true, learningSheet: 'Learning data', firstRow: 6, lastRow: 12_005, rows: 12_000, mappingsSheet: 'Mappings', mappings: 1 });
  });
});
