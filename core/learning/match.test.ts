import { CLOSE_THRESHOLD, acceptProposals, figuresByInitiative, matchActivities, normaliseName, similarity } from './match';
import type { LearningRecord } from './types';

const INITIATIVES = ['Consultative Selling Academy', 'Customer Success Playbook', 'Support Efficiency and Knowledge Base', 'Engineering Leadership Program', 'Cloud Certification Path'];

describe('normaliseName and similarity', () => {
  it.each([
    ['  Support Efficiency & Knowledge-Base ', 'support efficiency and knowledge base'],
    ['Café Étude: Module 1', 'cafe etude module 1'],
    ['CLOUD_CERTIFICATION/PATH', 'cloud certification path'],
  ])('%s normalises to %s', (name, normalised) => {
    expect(normaliseName(name)).toBe(normalised);
  });

  // Levenshtein distances by hand: kitten -> sitting is 3 edits (Levenshtein's classic example), longer length 7.
  it.each([
    ['kitten', 'sitting', 1 - 3 / 7],
    ['engineering leadership programme', 'engineering leadership program', 1 - 2 / 32],
    ['', '', 1],
    ['abc', '', 0],
  ])('similarity(%s, %s) = %s', (a, b, ratio) => {
    expect(similarity(a, b)).toBeCloseTo(ratio, 12);
  });
});

describe('matchActivities', () => {
  it('proposes by kind, strongest first, lists the unmatched, and proposes each distinct activity once', () => {
    const result = matchActivities([
      'Consultative Selling Academy',
      'consultative selling academy',
      'Support Efficiency & Knowledge Base',
      'Cloud Certification Path - Module 3: Networking',
      'Engineering Leadership Programme',
      'Consultative Seling Academy',
      'Customer Success Metrics',
      'Consultative Selling Academy',
      'Fire Safety',
    ], INITIATIVES);
    expect(result.proposals.map((p) => [p.activity, p.initiative, p.kind, Math.round(p.score * 1000) / 1000])).toEqual([
      ['Consultative Selling Academy', 'Consultative Selling Academy', 'exact', 1],
      ['consultative selling academy', 'Consultative Selling Academy', 'normalised', 1],
      ['Support Efficiency & Knowledge Base', 'Support Efficiency and Knowledge Base', 'normalised', 1],
      ['Cloud Certification Path - Module 3: Networking', 'Cloud Certification Path', 'contains', Math.round((24 / 44) * 1000) / 1000], // normalised: 24 of 44 characters
      ['Engineering Leadership Programme', 'Engineering Leadership Program', 'close', 0.938],
      ['Consultative Seling Academy', 'Consultative Selling Academy', 'close', Math.round((1 - 1 / 28) * 1000) / 1000],
    ]);
    // 0.68 < 0.8: proposed to nobody, listed for the user.
    expect(result.unmatched).toEqual(['Customer Success Metrics', 'Fire Safety']);
    expect(CLOSE_THRESHOLD).toBe(0.8);
  });

  it('puts a confirmed mapping first and keeps the other candidates for the user to choose from', () => {
    const result = matchActivities(['CS Playbook v2', 'Consultative Selling Academy'], INITIATIVES, {
      confirmed: { 'CS Playbook v2': 'Customer Success Playbook', 'Consultative Selling Academy': 'Cloud Certification Path' },
    });
    expect(result.proposals[0]).toMatchObject({ activity: 'CS Playbook v2', initiative: 'Customer Success Playbook', kind: 'confirmed', score: 1 });
    expect(result.proposals[1].candidates.map((c) => [c.initiative, c.kind])).toEqual([
      ['Cloud Certification Path', 'confirmed'],
      ['Consultative Selling Academy', 'exact'],
    ]);
  });

  it('ignores a remembered mapping to an initiative that no longer exists, and the threshold can be raised', () => {
    const result = matchActivities(['Engineering Leadership Programme'], INITIATIVES, { confirmed: new Map([['Engineering Leadership Programme', 'Old Program']]), threshold: 0.95 });
    expect(result.proposals).toEqual([]);
    expect(result.unmatched).toEqual(['Engineering Leadership Programme']);
  });

  it('lists several close candidates best first when names are alike', () => {
    const result = matchActivities(['Sales Academy 2'], ['Sales Academy 1', 'Sales Academy 3', 'Sales Academy 22']);
    // One edit each: 1 - 1/16 for "22" beats 1 - 1/15 for "1" and "3", which tie and go by name.
    expect(result.proposals[0].candidates.map((c) => [c.initiative, Math.round(c.score * 10000) / 10000])).toEqual([['Sales Academy 22', 0.9375], ['Sales Academy 1', 0.9333], ['Sales Academy 3', 0.9333]]);
  });
});

/**
 * The matching as first written: every activity against every initiative, in the initiatives' order,
 * the first kind that applies. matchActivities looks names up in indexes and skips lengths that cannot
 * be close; its proposals must be these, exactly.
 */
function everyPair(activities: readonly string[], initiatives: readonly string[], confirmed: ReadonlyMap<string, string>, threshold: number) {
  const rank = { confirmed: 0, exact: 1, normalised: 2, contains: 3, close: 4 } as const;
  const proposals: { activity: string; initiative: string; kind: keyof typeof rank; score: number; candidates: { initiative: string; kind: keyof typeof rank; score: number }[] }[] = [];
  const unmatched: string[] = [];
  for (const activity of [...new Set(activities)]) {
    const normalised = normaliseName(activity);
    const candidates: { initiative: string; kind: keyof typeof rank; score: number }[] = [];
    const remembered = confirmed.get(activity);
    if (remembered !== undefined && initiatives.includes(remembered)) candidates.push({ initiative: remembered, kind: 'confirmed', score: 1 });
    for (const name of initiatives) {
      const own = normaliseName(name);
      if (candidates.some((c) => c.initiative === name)) continue;
      if (name === activity) candidates.push({ initiative: name, kind: 'exact', score: 1 });
      else if (own !== '' && own.replace(/ /g, '') === normalised.replace(/ /g, '')) candidates.push({ initiative: name, kind: 'normalised', score: 1 });
      else if (own !== '' && ` ${normalised} `.includes(` ${own} `)) candidates.push({ initiative: name, kind: 'contains', score: own.length / normalised.length });
      else if (similarity(normalised, own) >= threshold) candidates.push({ initiative: name, kind: 'close', score: similarity(normalised, own) });
    }
    if (candidates.length === 0) {
      unmatched.push(activity);
      continue;
    }
    candidates.sort((a, b) => rank[a.kind] - rank[b.kind] || b.score - a.score || a.initiative.localeCompare(b.initiative));
    proposals.push({ activity, initiative: candidates[0].initiative, kind: candidates[0].kind, score: candidates[0].score, candidates });
  }
  return { proposals, unmatched };
}

describe('matchActivities gives what comparing every pair gives', () => {
  /** A small deterministic generator (mulberry32), so a failure can be replayed. */
  function random(seed: number): () => number {
    let a = seed;
    return () => {
      a = (a + 0x6d2b79f5) | 0;
      let t = Math.imul(a ^ (a >>> 15), 1 | a);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  const WORDS = ['sales', 'academy', 'leader', 'leadership', 'program', 'programme', 'cloud', 'path', 'support', 'base', 'café', 'a', 'b', 'x1', 'K&B', ''];
  /** A name of 0–5 words with typos, punctuation and case changes, or one of the initiatives changed a little. */
  function name(next: () => number, from: readonly string[] = []): string {
    if (from.length > 0 && next() < 0.4) {
      const base = from[Math.floor(next() * from.length)];
      const at = Math.floor(next() * (base.length + 1));
      const edits = ['', 'e', ' Module 2', '-', base.slice(at)];
      return `${next() < 0.5 ? '' : 'Intro to '}${base.slice(0, at)}${edits[Math.floor(next() * edits.length)]}${base.slice(at + 1)}`;
    }
    const words = Array.from({ length: Math.floor(next() * 6) }, () => WORDS[Math.floor(next() * WORDS.length)]);
    const text = words.join(next() < 0.7 ? ' ' : next() < 0.5 ? ' - ' : '_');
    return next() < 0.3 ? text.toUpperCase() : text;
  }

  test.each([1, 2, 3, 4, 5, 6])('seed %i: the same proposals, candidates and unmatched activities at thresholds 0.8, 0.5, 0, 1 and 0.95', (seed) => {
    const next = random(seed);
    const initiatives = Array.from({ length: 60 }, () => name(next));
    initiatives.push(initiatives[3], '', '!!!'); // a repeated name, an empty one, one with nothing but punctuation
    const activities = [...Array.from({ length: 300 }, () => name(next, initiatives)), '', '???', initiatives[5]];
    const confirmed = new Map([[activities[0], initiatives[1]], [activities[1], 'Not an initiative']]);
    for (const threshold of [CLOSE_THRESHOLD, 0.5, 0, 1, 0.95]) {
      const fast = matchActivities(activities, initiatives, { confirmed, threshold });
      const slow = everyPair(activities, initiatives, confirmed, threshold);
      expect(fast).toEqual(slow);
      expect(slow.proposals.map((p) => p.kind)).toEqual(expect.arrayContaining(threshold === CLOSE_THRESHOLD ? ['confirmed', 'exact', 'normalised', 'contains', 'close'] : []));
    }
  });
});

describe('acceptProposals', () => {
  it('maps the accepted kinds and leaves the rest to confirm, with the unmatched', () => {
    const match = matchActivities(['Cloud Certification Path', 'cloud certification path', 'Cloud Certfication Path', 'Fire Safety'], INITIATIVES);
    const strict = acceptProposals(match, ['confirmed', 'exact']);
    expect([...strict.mapping]).toEqual([['Cloud Certification Path', 'Cloud Certification Path']]);
    expect(strict.toConfirm.map((p) => [p.activity, p.kind])).toEqual([['cloud certification path', 'normalised'], ['Cloud Certfication Path', 'close']]);
    expect(strict.unmatched).toEqual(['Fire Safety']);
    const auto = acceptProposals(match, ['confirmed', 'exact', 'normalised']);
    expect(auto.mapping.size).toBe(2);
    expect(auto.toConfirm.map((p) => p.kind)).toEqual(['close']);
  });
});

describe('figuresByInitiative', () => {
  const record = (person: string, activity: string, status: LearningRecord['status'], hours: number | null, score: number | null): LearningRecord => ({
    person, personName: null, activity, activityId: null, date: '2025-01-01', status, statusText: status, durationHours: hours, score, rawScore: score, cost: null,
    source: { kind: 'lms-csv', file: 'f.csv', row: 2 }, key: `${person}${activity}${status}`,
  });

  it('counts distinct completers, completions, learners, hours and the mean score through the mapping', () => {
    const mapping = new Map([['SQL', 'Data Skills'], ['SQL 2', 'Data Skills']]);
    const { figures, unmapped } = figuresByInitiative([
      record('ana', 'SQL', 'failed', 1, 0.4),
      record('ana', 'SQL', 'passed', 1, 0.8),
      record('ana', 'SQL 2', 'completed', 2, null),
      record('bo', 'SQL', 'in progress', 0.5, null),
      record('cy', 'Other', 'completed', 3, 1),
    ], mapping);
    expect(figures).toEqual([{ initiative: 'Data Skills', participants: 1, completions: 2, learners: 2, learningHours: 4.5, averageScore: 0.6000000000000001 }]);
    expect(unmapped).toBe(1);
  });

  it('gives no average score (null, not NaN) to an initiative none of whose records has a score', () => {
    const { figures } = figuresByInitiative([record('ana', 'SQL', 'completed', 1, null), record('bo', 'SQL', 'completed', 2, null)], new Map([['SQL', 'Data Skills']]));
    expect(figures).toEqual([{ initiative: 'Data Skills', participants: 2, completions: 2, learners: 2, learningHours: 3, averageScore: null }]);
  });
});
