import { readFileSync } from 'fs';
import { join } from 'path';
import { GROWTHCORP } from '../templates/growthcorp';
import { INJECTION_SAMPLES } from '../text';
import { LEARNING_TABLE, MAPPINGS_TABLE } from '../templates/layout';
import { fnv1a64 } from './key';
import { LEARNING_ROW_KEYS, MAPPING_ROW_KEYS, enteredRow, importIdFor, learningRow, mappingsFromRows, planAppend, serialOfIsoDate, sourceText } from './append';
import { acceptProposals, matchActivities, parseLmsCsv, parseXapi } from './index';
import type { LearningRecord } from './types';

const CSV = [
  'Course,Email,Completion Date,Status,Hours,Score,Cost',
  'SQL Basics,ana@x.com,2025-03-14,Completed,1.5,80%,120',
  'SQL Basics,ben@x.com,2025-03-15,Passed,2,90%,',
  'Fire Safety,ana@x.com,2025-03-16,Completed,0.5,,',
  'SQL Basics,ana@x.com,2025-03-14,Completed,1.5,80%,120',
  'Fire Safety,ben@x.com,2025-03-17,Completed,0.5,,',
  'Data Viz,cy@x.com,,In Progress,,,',
].join('\n');
const records = (): LearningRecord[] => parseLmsCsv(CSV, { file: 'march.csv' }).records;
const MAPPING = new Map([['SQL Basics', 'Data Academy'], ['Data Viz', 'Data Academy']]);

describe('the row keys', () => {
  it('are the Learning data and Mappings tables\' columns, in sheet order (core/templates/layout.ts)', () => {
    expect([...LEARNING_ROW_KEYS]).toEqual(LEARNING_TABLE.defs.map((d) => d.key));
    expect([...MAPPING_ROW_KEYS]).toEqual(MAPPINGS_TABLE.defs.map((d) => d.key));
  });
});

describe('serialOfIsoDate and sourceText', () => {
  // Serial numbers as Excel shows them: =DATE(2025,3,14) is 45730; 1900-03-01 is 61 (after the 1900 leap-year bug day).
  it.each([
    ['2025-03-14', 45730],
    ['1900-03-01', 61],
    ['2024-02-29', 45351],
  ])('%s is serial %s', (iso, serial) => {
    expect(serialOfIsoDate(iso)).toBe(serial);
  });

  it('says where a record is', () => {
    expect(sourceText({ kind: 'lms-csv', file: 'export.csv', row: 12 })).toBe('export.csv row 12');
    expect(sourceText({ kind: 'lms-csv', file: 'export.csv', row: 12, line: 12 })).toBe('export.csv row 12');
    expect(sourceText({ kind: 'lms-csv', file: 'export.csv', row: 12, line: 14 })).toBe('export.csv row 12 (line 14)');
    expect(sourceText({ kind: 'xapi', file: 's.json', statementId: 'abc', index: 3 })).toBe('s.json statement abc');
    expect(sourceText({ kind: 'xapi', file: 's.json', index: 3 })).toBe('s.json statement #3');
    // A file-level problem has neither a row nor a statement.
    expect(sourceText({ kind: 'lms-csv', file: 'export.csv' })).toBe('export.csv');
    expect(sourceText({ kind: 'xapi', file: 's.json' })).toBe('s.json');
  });
});

describe('importIdFor, mappingsFromRows and the mappings planAppend remembers', () => {
  it('importIdFor is the day and FNV-1a 64 of the keys, one per line, in order', () => {
    expect(importIdFor(['lms-1', 'lms-2'], '2025-04-01')).toBe(`2025-04-01-${fnv1a64('lms-1\nlms-2').slice(0, 8)}`);
    expect(importIdFor([], '2025-04-01')).toBe(`2025-04-01-${fnv1a64('').slice(0, 8)}`);
    expect(importIdFor(['lms-1', 'lms-2'], '2025-04-01')).not.toBe(importIdFor(['lms-2', 'lms-1'], '2025-04-01'));
  });

  it('mappingsFromRows reads text trimmed and whole numbers as digits; other values are blank', () => {
    const rows = [[' CS 101 ', ' Playbook '], [2025, 'Year plan'], [Number.NaN, 'Lost'], [Infinity, 'Lost too'], [true, 'Lost three'], ['Course', 7]];
    expect([...mappingsFromRows(rows)]).toEqual([['CS 101', 'Playbook'], ['2025', 'Year plan'], ['Course', '7']]);
  });

  it('a mapping used without a way it was matched is remembered as the user\'s; one already on the sheet is not written again', () => {
    const plan = planAppend({ records: records(), mapping: MAPPING, existingKeys: [], existingMappings: new Map([['SQL Basics', 'Data Academy']]), today: '2025-04-01' });
    expect(plan.mappingRows.map((r) => r[0])).not.toContain('SQL Basics');
    expect(plan.mappingRows.length).toBeGreaterThan(0);
    expect(plan.mappingRows.every((r) => r[2] === 'user')).toBe(true);
  });
});

describe('planAppend', () => {
  it('appends mapped records once, in file order, in the sheet column order, and lists the unmatched', () => {
    const plan = planAppend({ records: records(), mapping: MAPPING, existingKeys: [], importId: 'imp-1', today: '2025-04-01' });
    expect(plan.counts).toEqual({ added: 3, alreadyThere: 0, repeated: 1, unmatched: 2 });
    expect(plan.unmatched).toEqual([{ activity: 'Fire Safety', records: 2, first: expect.objectContaining({ file: 'march.csv', row: 4 }) }]);
    const first = Object.fromEntries(LEARNING_ROW_KEYS.map((k, i) => [k, plan.rows[0][i]]));
    expect(first).toEqual({
      importId: 'imp-1', source: 'march.csv row 2', key: records()[0].key, person: 'ana@x.com', activity: 'SQL Basics',
      initiative: 'Data Academy', date: 45730, status: 'completed', hours: 1.5, score: 0.8, cost: 120,
    });
    // In progress without a date: blank date, hours, score and cost.
    expect(plan.rows[2]).toEqual(['imp-1', 'march.csv row 7', records()[5].key, 'cy@x.com', 'Data Viz', 'Data Academy', null, 'in progress', null, null, null]);
  });

  it('re-importing the same records appends nothing and proposes no mapping twice', () => {
    const first = planAppend({ records: records(), mapping: MAPPING, existingKeys: [], today: '2025-04-01' });
    const sheetKeys = first.rows.map((r) => r[LEARNING_ROW_KEYS.indexOf('key')] as string);
    const sheetMappings = mappingsFromRows(first.mappingRows);
    const again = planAppend({ records: records(), mapping: MAPPING, existingKeys: sheetKeys, existingMappings: sheetMappings, today: '2025-05-01' });
    expect(again.rows).toEqual([]);
    expect(again.mappingRows).toEqual([]);
    expect(again.counts).toEqual({ added: 0, alreadyThere: 4, repeated: 0, unmatched: 2 });
  });

  it('after the unmatched activity is mapped, a second import adds only its records', () => {
    const first = planAppend({ records: records(), mapping: MAPPING, existingKeys: [], today: '2025-04-01' });
    const keys = first.rows.map((r) => r[2] as string);
    const mapping = new Map([...MAPPING, ['Fire Safety', 'Safety Program']]);
    const second = planAppend({ records: records(), mapping, matchedBy: new Map([['Fire Safety', 'user']]), existingKeys: keys, existingMappings: mappingsFromRows(first.mappingRows), today: '2025-04-02' });
    expect(second.counts).toEqual({ added: 2, alreadyThere: 4, repeated: 0, unmatched: 0 });
    expect(second.rows.map((r) => r[4])).toEqual(['Fire Safety', 'Fire Safety']);
    expect(second.mappingRows).toEqual([['Fire Safety', 'Safety Program', 'user', serialOfIsoDate('2025-04-02')]]);
  });

  it('writes each used mapping once with how it was matched, and a changed mapping as a new row', () => {
    const plan = planAppend({
      records: records(), mapping: MAPPING, matchedBy: new Map([['SQL Basics', 'exact'], ['Data Viz', 'close']]),
      existingKeys: [], existingMappings: new Map([['SQL Basics', 'Old Academy']]), today: '2025-04-01',
    });
    expect(plan.mappingRows).toEqual([
      ['SQL Basics', 'Data Academy', 'exact', 45748],
      ['Data Viz', 'Data Academy', 'close', 45748],
    ]);
    // A later row wins when the sheet is read back.
    expect(mappingsFromRows([['SQL Basics', 'Old Academy'], ...plan.mappingRows]).get('SQL Basics')).toBe('Data Academy');
  });

  it('gives the same import id for the same records and day, another for other records', () => {
    const a = planAppend({ records: records(), mapping: MAPPING, existingKeys: [], today: '2025-04-01' });
    const b = planAppend({ records: records(), mapping: MAPPING, existingKeys: [], today: '2025-04-01' });
    const c = planAppend({ records: records().slice(1), mapping: MAPPING, existingKeys: [], today: '2025-04-01' });
    expect(a.importId).toMatch(/^2025-04-01-[0-9a-f]{8}$/);
    expect(b.importId).toBe(a.importId);
    expect(c.importId).not.toBe(a.importId);
    expect(importIdFor([], '2025-04-01')).toMatch(/^2025-04-01-[0-9a-f]{8}$/);
  });

  it('imports the GrowthCorp samples with the normalised match accepted: nothing unmatched, every completing record once', () => {
    const examples = join(__dirname, '..', '..', 'examples');
    const csv = parseLmsCsv(readFileSync(join(examples, 'growthcorp-lms-export.csv'), 'utf8'), { file: 'growthcorp-lms-export.csv' });
    const xapi = parseXapi([{ name: 'growthcorp-xapi.json', text: readFileSync(join(examples, 'growthcorp-xapi.json'), 'utf8') }]);
    const all = [...csv.records, ...xapi.records];
    // The initiatives as Alignment lists them in the example (core/templates/growthcorp.ts).
    const names = GROWTHCORP.initiatives.map((i) => i.name);
    const match = matchActivities(all.map((r) => r.activity), names);
    const accepted = acceptProposals(match, ['confirmed', 'exact', 'normalised']);
    const matchedBy = new Map(match.proposals.map((p) => [p.activity, p.kind]));
    const plan = planAppend({ records: all, mapping: accepted.mapping, matchedBy, existingKeys: [], today: '2025-04-01' });
    expect(plan.unmatched).toEqual([]);
    expect(plan.counts.added).toBe(all.length);
    for (const initiative of GROWTHCORP.initiatives) {
      const completers = new Set(plan.added.filter((a) => a.initiative === initiative.name && ['completed', 'passed'].includes(a.record.status)).map((a) => a.record.person));
      expect([initiative.name, completers.size]).toEqual([initiative.name, initiative.participants]);
    }
    expect(plan.mappingRows.find((r) => r[0] === 'Support Efficiency & Knowledge Base')).toEqual(['Support Efficiency & Knowledge Base', 'Support Efficiency and Knowledge Base', 'normalised', 45748]);
  });
});

describe('enteredRow', () => {
  it('escapes every text a host would read as a formula, number or date, and keeps numbers', () => {
    for (const hostile of INJECTION_SAMPLES) {
      const record = { ...records()[0], person: hostile, activity: hostile };
      const row = enteredRow(learningRow(record, hostile, 'imp'));
      for (const k of ['person', 'activity', 'initiative'] as const) {
        const cell = row[LEARNING_ROW_KEYS.indexOf(k)];
        expect(cell === hostile || cell === `'${hostile}`).toBe(true);
        expect(String(cell).startsWith('=')).toBe(false);
      }
    }
    expect(enteredRow(['007', 45730, null, 'x'])).toEqual(["'007", 45730, '', 'x']);
  });
});

describe('mappingsFromRows', () => {
  it('skips blanks and keeps the last row for an activity', () => {
    expect([...mappingsFromRows([['A', 'X'], ['', 'Y'], ['B', null], [' C ', ' Z '], [101, 'N'], ['A', 'W']])]).toEqual([['A', 'W'], ['C', 'Z'], ['101', 'N']]);
  });
});
