/**
 * The GrowthCorp sample files under examples/: they are what examples/learning-samples.ts makes,
 * they import without a rejected row, and the distinct people completing each initiative across
 * both files are the example's participant figures (core/templates/growthcorp.ts).
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { LEARNING_SAMPLES } from '../../examples/learning-samples';
import { GROWTHCORP } from '../templates/growthcorp';
import { figuresByInitiative, matchActivities, parseLmsCsv, parseXapi } from './index';
import { isExclusion, type LearningRecord } from './types';

const ROOT = join(__dirname, '..', '..');
const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8');

describe('GrowthCorp sample learning data', () => {
  it.each(Object.entries(LEARNING_SAMPLES))('%s is what the generator makes', (path, make) => {
    expect(read(path)).toBe(make());
  });

  let csv: ReturnType<typeof parseLmsCsv>;
  let xapi: ReturnType<typeof parseXapi>;
  let records: LearningRecord[];
  beforeAll(() => {
    csv = parseLmsCsv(read('examples/growthcorp-lms-export.csv'), { file: 'growthcorp-lms-export.csv' });
    xapi = parseXapi([{ name: 'growthcorp-xapi.json', text: read('examples/growthcorp-xapi.json') }]);
    records = [...csv.records, ...xapi.records];
  });

  it('imports every row and statement; only the voiding pair is excluded', () => {
    expect(csv.rejections).toEqual([]);
    expect(csv.dateOrder).toMatchObject({ found: 'dmy', used: 'dmy' });
    expect(csv.needsDateOrder).toBe(false);
    expect(csv.durationUnit).toBe('minutes');
    expect(csv.scoreScale).toBe('percent');
    expect(xapi.rejections.map((r) => r.code)).toEqual(['voided', 'voiding']);
    expect(xapi.rejections.every(isExclusion)).toBe(true);
    expect(isExclusion({ code: 'bad-date' })).toBe(false);
    expect(xapi.files[0].more).toBeNull();
    expect(csv.records.length + xapi.records.length).toBe(csv.inputCount + xapi.inputCount - 2);
  });

  it('matches every activity to an initiative by exact or normalised name, with nothing left over', () => {
    const initiatives = GROWTHCORP.initiatives.map((i) => i.name);
    const { proposals, unmatched } = matchActivities(records.map((r) => r.activity), initiatives);
    expect(unmatched).toEqual([]);
    expect(proposals.filter((p) => p.kind !== 'exact').map((p) => [p.activity, p.initiative, p.kind])).toEqual([
      ['Support Efficiency & Knowledge Base', 'Support Efficiency and Knowledge Base', 'normalised'],
    ]);
  });

  it('reproduces the example\'s participants: distinct completers per initiative, across both files', () => {
    const { proposals } = matchActivities(records.map((r) => r.activity), GROWTHCORP.initiatives.map((i) => i.name));
    const mapping = new Map(proposals.map((p) => [p.activity, p.initiative]));
    const { figures, unmapped } = figuresByInitiative(records, mapping);
    expect(unmapped).toBe(0);
    const byName = new Map(figures.map((f) => [f.initiative, f]));
    for (const initiative of GROWTHCORP.initiatives) {
      expect([initiative.name, byName.get(initiative.name)?.participants]).toEqual([initiative.name, initiative.participants]);
      // Every learner in the samples finished: learners and completers are the same people.
      expect(byName.get(initiative.name)?.learners).toBe(initiative.participants);
    }
    // Cloud Certification Path: 30 people in the LMS export, 70 in the LRS, 10 in both (in progress in the LMS).
    const cloudPeople = (list: typeof records) => new Set(list.filter((r) => r.activity === 'Cloud Certification Path').map((r) => r.person));
    expect([cloudPeople(csv.records).size, cloudPeople(xapi.records).size]).toEqual([30, 70]);
    expect(csv.records.filter((r) => r.status === 'in progress' && cloudPeople(xapi.records).has(r.person))).toHaveLength(10);
  });

  it('has one completing record per learner and initiative, so counting completed/passed rows (COUNTIFS) gives the participants too', () => {
    const { proposals } = matchActivities(records.map((r) => r.activity), GROWTHCORP.initiatives.map((i) => i.name));
    const mapping = new Map(proposals.map((p) => [p.activity, p.initiative]));
    for (const initiative of GROWTHCORP.initiatives) {
      const rows = records.filter((r) => mapping.get(r.activity) === initiative.name && (r.status === 'completed' || r.status === 'passed'));
      expect([initiative.name, rows.length]).toEqual([initiative.name, initiative.participants]);
    }
  });

  it('re-importing the same files gives the same keys, and no two records share a key', () => {
    const again = [
      ...parseLmsCsv(read('examples/growthcorp-lms-export.csv'), { file: 'renamed.csv' }).records,
      ...parseXapi([{ name: 'renamed.json', text: read('examples/growthcorp-xapi.json') }]).records,
    ];
    expect(again.map((r) => r.key)).toEqual(records.map((r) => r.key));
    expect(new Set(records.map((r) => r.key)).size).toBe(records.length);
  });
});
