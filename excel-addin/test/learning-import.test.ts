/**
 * The Import panel's Excel plumbing (excel-addin/learning/import.ts) against the recording fake, on
 * the GrowthCorp framework built by the real builder: the targets, the rows appended below the
 * table (never over a cell, the figures beside it left alone), a second import of the same file
 * adding nothing, and the sync counts at 100,000 rows (docs/learning-data.md states them).
 */
import { buildFramework, type ExcelHost } from '../builder/build-framework';
import { buildWorkbookSpec, LEARNING_TABLE, MAPPINGS_TABLE } from '../../core/templates';
import { IMPORT_CHUNK_ROWS, type ImportTargets } from '../../core/learning/import';
import { parseLmsCsv } from '../../core/learning';
import { LearningImport } from '../learning/import';
import { FakeWorkbook } from './fake-excel';
import { growthcorpRecords, largeExport, planFor } from '../../test/support/import';
import { INJECTION_SAMPLES } from '../../core/text';

function hostFor(book: FakeWorkbook): ExcelHost {
  return { run: (batch) => batch(book.context()), isSetSupported: () => true };
}

async function built(withLearning = true): Promise<FakeWorkbook> {
  const book = new FakeWorkbook();
  const templates = {
    buildWorkbookSpec: (dataset: 'growthcorp' | 'empty') => {
      const spec = buildWorkbookSpec(dataset);
      if (withLearning) return spec;
      // A framework built before imports existed: no Learning data or Mappings sheet.
      return { ...spec, sheets: spec.sheets.filter((s) => !['Learning', 'Mappings'].includes(s.canonicalName ?? s.name)) };
    },
  };
  await buildFramework(hostFor(book), { dataset: 'growthcorp', templates });
  book.syncs = 0;
  book.writes.length = 0;
  return book;
}

async function targetsOf(importer: LearningImport): Promise<ImportTargets> {
  const targets = await importer.targets();
  if (!targets.ok) throw new Error(targets.reason);
  return targets;
}

const allCells = (book: FakeWorkbook) => Object.fromEntries(book.sheets.map((s) => [s.name, book.cellsOf(s.name)]));

describe('Excel import of learning data', () => {
  test('the GrowthCorp export goes below the Learning data header, mappings are remembered, and importing it again adds nothing', async () => {
    const book = await built();
    const importer = new LearningImport(hostFor(book));
    const targets = await targetsOf(importer);
    expect(targets.learningSheet).toBe('Learning data');
    expect(targets.mappingsSheet).toBe('Mappings');
    expect(targets.initiatives).toContain('Consultative Selling Academy');
    expect(targets.existingKeys).toEqual([]);
    expect(targets.nextRow).toBe(LEARNING_TABLE.firstDataRow);
    // Names, used ranges, the key column, and the table's columns below the last key (the figures beside it fill rows below).
    expect(book.syncs).toBe(4);
    expect(book.writes).toEqual([]);

    const before = allCells(book);
    const records = growthcorpRecords();
    const { plan, write } = planFor(records, targets);
    expect(plan.counts.added).toBe(records.length);
    book.syncs = 0;
    const written = await importer.write(write);
    if (!written.ok) throw new Error(written.reason);
    expect(written).toEqual({ ok: true, learningSheet: 'Learning data', firstRow: 6, lastRow: 5 + records.length, rows: records.length, mappingsSheet: 'Mappings', mappings: plan.mappingRows.length });
    // Names, the Mappings table, then one sync per chunk and one more.
    expect(book.syncs).toBe(2 + Math.ceil(records.length / IMPORT_CHUNK_ROWS) + 1);
    const learning = book.cellsOf('Learning data');
    expect(learning.C6).toBe(records[0].key);
    expect(learning.E6).toBe(records[0].activity);
    expect(learning.F6).toBe('Consultative Selling Academy');
    expect(typeof learning.G6).toBe('number');
    expect(book.sheet('Learning data')!.numberFormats.get('G6')).toBe('yyyy-mm-dd');
    // Only empty cells were written: every cell there before is unchanged, on every sheet.
    const after = allCells(book);
    for (const [sheet, cells] of Object.entries(before)) for (const [at, value] of Object.entries(cells)) expect([sheet, at, after[sheet][at]]).toEqual([sheet, at, value]);
    const mappings = book.cellsOf('Mappings');
    expect(mappings[`A${MAPPINGS_TABLE.firstDataRow}`]).toBe('Consultative Selling Academy');
    expect(mappings[`C${MAPPINGS_TABLE.firstDataRow}`]).toBe('exact');

    const again = await targetsOf(importer);
    expect(again.existingKeys).toHaveLength(records.length);
    expect(again.nextRow).toBe(6 + records.length);
    expect(again.confirmed['Support Efficiency & Knowledge Base']).toBe('Support Efficiency and Knowledge Base');
    const second = planFor(records, again);
    expect(second.plan.counts).toEqual({ added: 0, alreadyThere: records.length, repeated: 0, unmatched: 0 });
    expect(second.write.rows).toEqual([]);
    expect(second.write.mappings).toEqual([]);
    const cells = JSON.stringify(allCells(book));
    await importer.write(second.write);
    expect(JSON.stringify(allCells(book))).toBe(cells);
  });

  test('text from the file is written as text (formula-like names get the apostrophe)', async () => {
    const book = await built();
    const importer = new LearningImport(hostFor(book));
    const csv = ['Course,Email,Completion Date,Status', ...INJECTION_SAMPLES.map((s, i) => `"${s.replace(/"/g, '""')}",p${i}@x.com,2025-01-0${1 + (i % 9)},Completed`)].join('\n');
    const records = parseLmsCsv(csv, { file: 'hostile.csv' }).records;
    expect(records).toHaveLength(INJECTION_SAMPLES.length);
    const targets = await targetsOf(importer);
    const { write } = planFor(records, { ...targets, initiatives: [...targets.initiatives, ...INJECTION_SAMPLES] });
    await importer.write(write);
    const learning = book.cellsOf('Learning data');
    const activities = records.map((_, i) => learning[`E${6 + i}`]);
    for (const [i, sample] of INJECTION_SAMPLES.entries()) expect(activities[i]).toBe(/^[=+\-@]/.test(sample) ? `'${sample}` : sample);
  });

  test('a cell the user typed below the table moves the start below it; a cell typed during the import stops it, writing over nothing', async () => {
    const book = await built();
    const sheet = book.sheet('Learning data')!;
    sheet.cells.set('K9', 'my note');
    const importer = new LearningImport(hostFor(book));
    const targets = await targetsOf(importer);
    expect(targets.nextRow).toBe(10);
    const { write } = planFor(growthcorpRecords(), targets);
    sheet.cells.set('B300', 'typed meanwhile');
    const before = allCells(book);
    await expect(importer.write(write)).rejects.toThrow('Row 300 of "Learning data" is no longer empty (something was typed there during the import), so nothing was written over it.');
    expect(book.sheet('Learning data')!.cells.get('B300')).toBe('typed meanwhile');
    // The Mappings rows went in the failed sync's batch in this fake; no Learning data cell was written.
    expect(book.cellsOf('Learning data')).toEqual(before['Learning data']);
  });

  test('a framework without a Learning data sheet says so and offers Set up; nothing is written or added', async () => {
    const book = await built(false);
    const importer = new LearningImport(hostFor(book));
    const sheets = book.sheets.map((s) => s.name);
    const targets = await importer.targets();
    expect(targets).toEqual({ ok: false, reason: expect.stringMatching(/no Learning data sheet.*Set up/), setUp: true });
    const written = await importer.write({ startRow: 6, rows: [], mappings: [] });
    expect(written.ok).toBe(false);
    expect(book.writes).toEqual([]);
    expect(book.sheets.map((s) => s.name)).toEqual(sheets);
  });

  test('100,000 rows: 1 sync per chunk of 5,000 plus 3; reading the targets stays at 3 syncs; a second import adds 0 rows', async () => {
    const book = await built();
    const importer = new LearningImport(hostFor(book));
    const targets = await targetsOf(importer);
    const records = parseLmsCsv(largeExport(100_000, ['Consultative Selling Academy', 'Customer Success Playbook', 'Cloud Certification Path']), { file: 'big.csv' }).records;
    expect(records).toHaveLength(100_000);
    const { write } = planFor(records, targets);
    book.syncs = 0;
    const progress: string[] = [];
    const written = await importer.write(write, (p) => progress.push(p.message));
    if (!written.ok) throw new Error(written.reason);
    expect(written.rows).toBe(100_000);
    const chunks = 100_000 / IMPORT_CHUNK_ROWS;
    expect(book.syncs).toBe(1 + 1 + chunks + 1);
    expect(progress).toHaveLength(chunks);
    expect(progress[1]).toBe('Writing: 10,000 of 100,000 rows.');
    expect(book.cellsOf('Learning data')[`C${5 + 100_000}`]).toBe(records[99_999].key);

    book.syncs = 0;
    const again = await targetsOf(importer);
    // The key column ends where the table does: no tail to read.
    expect(book.syncs).toBe(3);
    expect(again.existingKeys).toHaveLength(100_000);
    expect(again.nextRow).toBe(100_006);
    const second = planFor(records, again);
    expect(second.plan.counts.added).toBe(0);
    expect(second.plan.counts.alreadyThere).toBe(100_000);
  }, 120_000);
});
