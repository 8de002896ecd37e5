/**
 * The Import panel's host operations as the core decides them (core/learning/import.ts): reading what
 * an import needs, where it starts, the chunks, the checks before writing, and the sentences.
 */
import { findFramework } from '../framework/resolve';
import { gridSource } from '../insights';
import { LEARNING_TABLE } from '../templates/layout';
import {
  assertBlockEmpty, blockAddress, chunkArgument, dateOrderText, fileSummaryText, importCountLines, importHeading, importProgressText, importTargets,
  importWrite, initiativeNames, isLearningHeader, lastFilledRow, learningChunks, learningSheets, mappingRowsArgument, needsDateOrderChoice, nextMappingRow, proposalKindText,
  rejectionText, IMPORT_CHUNK_ROWS, LEARNING_WIDTH,
} from './import';
import { parseLmsCsv } from './csv';

describe('reading', () => {
  test('lastFilledRow: the documented example, a width limit, and none filled', () => {
    expect(lastFilledRow([['a'], [''], ['b'], ['']], 6)).toBe(8);
    // The figures beside the table (column M on) do not count when the width is the table's.
    expect(lastFilledRow([['x', '', ''], ['', '', 'figure']], 6, 2)).toBe(6);
    expect(lastFilledRow([[null, undefined, '']], 6)).toBe(5);
  });

  test('initiative names trimmed, each once, blanks left out; keys and mappings as the sheet holds them', () => {
    expect(initiativeNames([' Sales Academy ', '', 'Sales Academy', 42, null, 'Cloud Path'])).toEqual(['Sales Academy', '42', 'Cloud Path']);
    const targets = importTargets({
      learningSheet: 'Learning data', mappingsSheet: 'Mappings', initiativeCells: ['A', 'B'],
      mappingRows: [['CS 101', 'A', 'user'], ['', 'B'], ['CS 101', 'B', 'user']], keyCells: ['lms-1', '', 'lms-2'], nextRow: 3,
    });
    expect(targets).toEqual({
      ok: true, learningSheet: 'Learning data', mappingsSheet: 'Mappings', initiatives: ['A', 'B'], confirmed: { 'CS 101': 'B' },
      existingKeys: ['lms-1', 'lms-2'], nextRow: LEARNING_TABLE.firstDataRow,
    });
    expect(nextMappingRow([])).toBe(6);
    expect(nextMappingRow([['a', 'b'], [], ['', '', '', 'x'], ['', '', '', '', 'beside']])).toBe(9);
  });

  test('learningSheets: no framework, a framework without Learning data (Set up offered), and one with both sheets', () => {
    const sheets = (names: Record<string, string[][]>) => findFramework({ ...gridSource(names), definedNames: () => [] });
    expect(learningSheets(sheets({ Budget: [['x']] }))).toEqual({ ok: false, reason: expect.stringMatching(/no L&D framework/) });
    const older = { ok: true, sheets: { Strategy: 'Strategy', Alignment: 'Alignment', Impact: 'Impact', ROI: 'ROI' }, foundBy: 'marker' } as unknown as Parameters<typeof learningSheets>[0];
    expect(learningSheets(older, 'spreadsheet')).toEqual({ ok: false, setUp: true, reason: expect.stringMatching(/^This spreadsheet's L&D framework has no Learning data sheet/) });
    const current = { ...older, sheets: { ...(older as { sheets: object }).sheets, Learning: 'Learning data (2)' } } as Parameters<typeof learningSheets>[0];
    expect(learningSheets(current)).toEqual({ learning: 'Learning data (2)', mappings: null });
  });
});

describe('writing', () => {
  test('chunks of 5,000 rows with their start rows, and their blocks', () => {
    const rows = Array.from({ length: 12_001 }, (_, i) => [i]);
    const chunks = learningChunks(6, rows);
    expect(chunks.map((c) => [c.startRow, c.rows.length])).toEqual([[6, 5000], [5006, 5000], [10006, 2001]]);
    expect(IMPORT_CHUNK_ROWS).toBe(5000);
    expect(blockAddress(5006, 5000, LEARNING_WIDTH)).toBe('A5006:K10005');
  });

  test('a block must be empty: the first filled row is named, nothing else passes', () => {
    expect(() => assertBlockEmpty([['', null], [undefined, '']], 6, 'Learning data')).not.toThrow();
    expect(() => assertBlockEmpty([['', ''], ['', 0], ['x', '']], 6, 'Learning data')).toThrow(/^Row 8 of "Learning data" is no longer empty/);
  });

  test('arguments from a script are checked', () => {
    expect(chunkArgument(6, [['a', 1]], 2)).toEqual({ startRow: 6, rows: [['a', 1]] });
    expect(() => chunkArgument(6.5, [], 2)).toThrow('The first row must be a row number (got 6.5).');
    expect(() => chunkArgument(6, 'rows', 2)).toThrow('Send at most 5,000 rows at a time.');
    expect(() => chunkArgument(1_048_576, [['a', 1], ['b', 2]], 2)).toThrow('Send at most 5,000 rows at a time.');
    expect(() => chunkArgument(6, [['a', { x: 1 }]], 2)).toThrow('Row 1 of the import must be 2 texts or numbers.');
    expect(() => chunkArgument(6, [['a', Number.NaN]], 2)).toThrow('Row 1 of the import must be 2 texts or numbers.');
    expect(() => mappingRowsArgument([['a', 'b', 'user']])).toThrow('Row 1 of the import must be 4 texts or numbers.');
  });
});

describe('sentences', () => {
  test('progress, heading, counts, rejections and a file line', () => {
    expect(importProgressText(12_000, 100_000)).toBe('12,000 of 100,000 rows');
    expect(importHeading({ rows: 1, learningSheet: 'Learning data' })).toBe('Added 1 row to “Learning data”');
    expect(importHeading({ rows: 0, learningSheet: 'Learning data' })).toBe('Nothing new to add to “Learning data”');
    expect(importCountLines({ added: 2, alreadyThere: 3, repeated: 1, unmatched: 1 }, 0, 1)).toEqual([
      'Added: 2 rows.', 'Already there: 3 (imported before; not added again).', 'Listed twice in these files: 1 (added once).', 'Rejected: 0.',
      'Unmatched: 1 record of 1 activity with no initiative (not added; map them and import again).',
    ]);
    expect(importCountLines({ added: 0, alreadyThere: 0, repeated: 0, unmatched: 0 }, 1, 0, 2)).toContain('Left out by design: 2 (voided statements, the statements voiding them, a statement id twice; listed below).');
    expect(rejectionText({ source: { kind: 'lms-csv', file: 'x.csv', row: 4 }, code: 'bad-date', reason: 'Date "x" is not a date.' })).toBe('x.csv row 4: Date "x" is not a date.');
    expect(fileSummaryText('s.json', 1, 0, 1, 'statements')).toBe('s.json: 1 statement, 0 records, 1 rejected.');
  });

  test('the date order: asked when the file does not decide it, explained when it does', () => {
    const ambiguous = parseLmsCsv('Course,Email,Completion Date,Status\nA,a@x,03/04/2025,Completed\n', { file: 'a.csv' });
    expect(needsDateOrderChoice(ambiguous)).toBe(true);
    expect(dateOrderText(ambiguous)).toBe('1 date reads either way (row 2: 03/04/2025), and none in the file decides. How are dates written in this file?');
    const answered = parseLmsCsv('Course,Email,Completion Date,Status\nA,a@x,03/04/2025,Completed\n', { file: 'a.csv', dateOrder: 'mdy' });
    expect(dateOrderText(answered)).toMatch(/Now read as month\/day\/year \(mm\/dd\/yyyy\)\.$/);
    const decided = parseLmsCsv('Course,Email,Completion Date,Status\nA,a@x,03/04/2025,Completed\nA,b@x,13/04/2025,Completed\n', { file: 'a.csv' });
    expect(needsDateOrderChoice(decided)).toBe(false);
    expect(dateOrderText(decided)).toBe('Dates are read as day/month/year (dd/mm/yyyy): row 3: 13/04/2025 can only be read that way.');
    expect(dateOrderText(parseLmsCsv('Course,Email,Completion Date,Status\nA,a@x,2025-04-03,Completed\n'))).toBeNull();
  });

  test('each proposal kind in words', () => {
    expect(proposalKindText('close', 0.873)).toBe('similar name (87% alike)');
    expect(proposalKindText('confirmed', 1)).toBe('confirmed before (Mappings)');
    expect(proposalKindText('exact', 1)).toBe('same name');
    expect(proposalKindText('normalised', 1)).toBe('same name apart from case and punctuation');
    expect(proposalKindText('contains', 0.6)).toBe('the activity’s name contains the initiative’s');
  });

  test('a file line in the singular and the plural, rows or statements, rejections only when there are some', () => {
    expect(fileSummaryText('a.csv', 1, 1, 0, 'rows')).toBe('a.csv: 1 row, 1 record.');
    expect(fileSummaryText('a.csv', 1_200, 1_198, 2, 'rows')).toBe('a.csv: 1,200 rows, 1,198 records, 2 rejected.');
    expect(fileSummaryText('s.json', 3, 3, 0, 'statements')).toBe('s.json: 3 statements, 3 records.');
  });

  test('the date order in a file with both orders, and with dates decided or ambiguous in several rows', () => {
    const csv = (rows: string[]) => `Course,Email,Completion Date,Status\n${rows.map((d, i) => `A,p${i}@x,${d},Completed`).join('\n')}\n`;
    const both = parseLmsCsv(csv(['13/04/2025', '04/13/2025']), { file: 'b.csv' });
    expect(needsDateOrderChoice(both)).toBe(true);
    expect(dateOrderText(both)).toBe('The file has dates of both orders (row 2: 13/04/2025; row 3: 04/13/2025). How are dates written in this file?');
    expect(dateOrderText(parseLmsCsv(csv(['13/04/2025', '04/13/2025']), { file: 'b.csv', dateOrder: 'dmy' }))).toMatch(/How are dates written in this file\? Now read as day\/month\/year \(dd\/mm\/yyyy\)\.$/);
    expect(dateOrderText(parseLmsCsv(csv(['03/04/2025', '05/06/2025']), { file: 'a.csv' }))).toBe('2 dates read either way (row 2: 03/04/2025), and none in the file decides. How are dates written in this file?');
  });
});

describe('the host side of an import', () => {
  test('isLearningHeader: the table\'s headers in order, each trimmed text; anything else is not', () => {
    const headers = LEARNING_TABLE.defs.map((d) => d.header);
    expect(isLearningHeader(headers)).toBe(true);
    expect(isLearningHeader(headers.map((h) => ` ${h} `))).toBe(true);
    expect(isLearningHeader([...headers.slice(1), headers[0]])).toBe(false);
    expect(isLearningHeader(headers.slice(0, -1))).toBe(false);
    expect(isLearningHeader(headers.map((h, i) => (i === 3 ? 42 : h)))).toBe(false);
    expect(isLearningHeader([])).toBe(false);
  });

  test('importWrite: the rows and mappings as a host enters them (blanks as empty text), from the start row', () => {
    const write = importWrite({ rows: [['imp', 'a.csv row 2', 'lms-1', 'ana@x', 'SQL', 'Data', 45730, 'completed', 1.5, null, null]], mappingRows: [['SQL', 'Data', 'exact', 45748]] }, 9);
    expect(write).toEqual({
      startRow: 9,
      rows: [['imp', 'a.csv row 2', 'lms-1', 'ana@x', 'SQL', 'Data', 45730, 'completed', 1.5, '', '']],
      mappings: [['SQL', 'Data', 'exact', 45748]],
    });
  });

  test('the chunks end with the rows (none for none), and a block above its first row counts as empty', () => {
    expect(learningChunks(6, [])).toEqual([]);
    expect(learningChunks(6, [[1], [2], [3]], 3).map((c) => [c.startRow, c.rows.length])).toEqual([[6, 3]]);
    expect(() => assertBlockEmpty([], 6, 'Learning data')).not.toThrow();
    expect(() => assertBlockEmpty([['x']], 6, 'Learning data')).toThrow(/^Row 6 of "Learning data"/);
  });

  test('a chunk starts on a row from 2 to Excel\'s last and is given as a number', () => {
    expect(chunkArgument(2, [['a', 1]], 2).startRow).toBe(2);
    expect(() => chunkArgument(1, [], 2)).toThrow('The first row must be a row number (got 1).');
    expect(() => chunkArgument('6', [], 2)).toThrow('The first row must be a row number (got "6").');
    expect(() => chunkArgument(1_048_577, [], 2)).toThrow('The first row must be a row number (got 1048577).');
  });
});
