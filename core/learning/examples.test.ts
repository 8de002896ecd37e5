/** The @example lines of core/learning's public functions, run as written, so the docs cannot rot. */
import { acceptProposals, matchActivities, parseLmsCsv, parseXapi, recordKey, splitByKey } from './index';

describe('documented examples', () => {
  it('parseLmsCsv', () => {
    expect(parseLmsCsv('Course,User,Completion Date\nSQL Basics,ana@x.com,2025-03-14\n').records[0].date).toBe('2025-03-14');
  });
  it('parseXapi', () => {
    expect(parseXapi([{ name: 's.json', text: '[]' }]).inputCount).toBe(0);
  });
  it('matchActivities', () => {
    expect(matchActivities(['support efficiency & knowledge base'], ['Support Efficiency and Knowledge Base']).proposals[0].kind).toBe('normalised');
  });
  it('splitByKey', () => {
    expect(splitByKey([{ key: 'lms-1' }, { key: 'lms-2' }, { key: 'lms-2' }], ['lms-1']).added.length).toBe(1);
  });
  it('acceptProposals', () => {
    expect(acceptProposals(matchActivities(['A'], ['A']), ['exact']).mapping.get('A')).toBe('A');
  });
  it('recordKey', () => {
    // Computed once by this implementation; fnv1a64 itself is checked against the FNV reference vectors in key.test.ts.
    expect(recordKey({ kind: 'lms-csv', person: 'ana@x.com', activity: 'Course', date: '2025-03-14', status: 'completed' })).toBe('lms-65db58015dd3155d');
  });
});
