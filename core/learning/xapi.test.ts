import fc from 'fast-check';
import { parseXapi } from './xapi';
import type { XapiResult } from './xapi';

const ADL = 'http://adlnet.gov/expapi/verbs/';
const ACTIVITY = 'https://lms.example.com/activities/cloud-cert';

/** A valid statement; `over` replaces top-level properties (undefined removes one). */
function statement(id: string, over: Record<string, unknown> = {}): Record<string, unknown> {
  const base: Record<string, unknown> = {
    id,
    actor: { objectType: 'Agent', name: 'Ana Lima', mbox: 'mailto:Ana.Lima@Example.com' },
    verb: { id: `${ADL}completed`, display: { 'en-US': 'completed' } },
    object: { objectType: 'Activity', id: ACTIVITY, definition: { name: { 'de-DE': 'Cloud-Zertifizierung', 'en-US': 'Cloud Certification Path' } } },
    timestamp: '2025-03-14T23:30:00-05:00',
  };
  for (const [key, value] of Object.entries(over)) {
    if (value === undefined) delete base[key];
    else base[key] = value;
  }
  return base;
}

const file = (name: string, json: unknown) => ({ name, text: JSON.stringify(json) });
const balanced = (result: XapiResult): void => {
  expect(result.records.length + result.rejections.length).toBe(result.inputCount);
};

describe('parseXapi: containers', () => {
  it('reads an array, a StatementResult (reporting more), a single statement and one statement per line, together', () => {
    const result = parseXapi([
      file('array.json', [statement('a1'), statement('a2')]),
      file('page1.json', { statements: [statement('p1')], more: '/xapi/statements?cursor=2' }),
      file('one.json', statement('s1')),
      { name: 'lines.ndjson', text: `${JSON.stringify(statement('n1'))}\n${JSON.stringify(statement('n2'))}\n` },
      { name: 'parsed', json: [statement('j1')] },
    ]);
    expect(result.records.map((r) => [r.source.file, r.source.index, r.source.statementId])).toEqual([
      ['array.json', 1, 'a1'], ['array.json', 2, 'a2'], ['page1.json', 1, 'p1'], ['one.json', 1, 's1'], ['lines.ndjson', 1, 'n1'], ['lines.ndjson', 2, 'n2'], ['parsed', 1, 'j1'],
    ]);
    expect(result.files.map((f) => [f.name, f.statements, f.more])).toEqual([
      ['array.json', 2, null], ['page1.json', 1, '/xapi/statements?cursor=2'], ['one.json', 1, null], ['lines.ndjson', 2, null], ['parsed', 1, null],
    ]);
    expect(result.rejections).toEqual([]);
  });

  it('unwraps statements exported as {"statement": {...}} documents', () => {
    const result = parseXapi([file('ll.json', [{ _id: 'x1', statement: statement('w1') }, { _id: 'x2', statement: statement('w2') }])]);
    expect(result.records.map((r) => r.source.statementId)).toEqual(['w1', 'w2']);
  });

  it('normalises a statement: e-mail in lower case, English name, the date as written, scaled score, duration in hours', () => {
    const result = parseXapi([file('s.json', [statement('a1', { result: { score: { scaled: 0.84 }, duration: 'PT1H30M' } })])]);
    expect(result.records).toEqual([{
      person: 'ana.lima@example.com', personName: 'Ana Lima', activity: 'Cloud Certification Path', activityId: ACTIVITY,
      date: '2025-03-14', status: 'completed', statusText: `${ADL}completed`, durationHours: 1.5, score: 0.84, rawScore: 0.84, cost: null,
      source: { kind: 'xapi', file: 's.json', index: 1, statementId: 'a1' }, key: expect.stringMatching(/^xapi-[0-9a-f]{16}$/),
    }]);
  });

  it.each([
    [{ mbox_sha1sum: 'EBD31E95054C018B10727CCFFD2EF2EC3A016EE9' }, 'sha1:ebd31e95054c018b10727ccffd2ef2ec3a016ee9'],
    [{ openid: 'https://id.example.com/ana' }, 'https://id.example.com/ana'],
    [{ account: { homePage: 'https://lms.example.com', name: 'E1001' } }, 'E1001'],
    [{ mbox: 'mailto:bo@x.com' }, 'bo@x.com'],
  ])('actor %j is the person %s', (ifi, person) => {
    const result = parseXapi([file('s.json', [statement('a1', { actor: { objectType: 'Agent', ...ifi } })])]);
    expect(result.records[0]).toMatchObject({ person, personName: null });
  });

  it.each([
    ['completed', 'completed'], ['passed', 'passed'], ['failed', 'failed'], ['attempted', 'attempted'], ['experienced', 'experienced'],
  ])('ADL verb %s is the status %s', (verb, status) => {
    const result = parseXapi([file('s.json', [statement('a1', { verb: { id: ADL + verb } })])]);
    expect(result.records[0].status).toBe(status);
  });

  it('falls back on a display name only when the IRI is not an ADL one; the IRI wins over the display', () => {
    const result = parseXapi([file('s.json', [
      statement('a1', { verb: { id: 'https://vendor.example.com/verbs/finished', display: { 'en-GB': 'Passed' } } }),
      statement('a2', { verb: { id: `${ADL}failed`, display: { 'en-US': 'completed' } } }),
    ])]);
    expect(result.records.map((r) => [r.status, r.statusText])).toEqual([['passed', 'https://vendor.example.com/verbs/finished'], ['failed', `${ADL}failed`]]);
  });

  it.each([
    [{ raw: 42, min: 0, max: 50 }, 0.84, 42],
    [{ raw: 7, min: 5, max: 10 }, 0.4, 7],
    [{ raw: 17, max: 20 }, 0.85, 17],
    [{ raw: 3 }, null, 3],
    [{ scaled: 0, raw: 99 }, 0, 0],
  ])('score %j is %s (raw kept as %s)', (score, fraction, raw) => {
    const result = parseXapi([file('s.json', [statement('a1', { result: { score } })])]);
    if (fraction === null) expect(result.records[0].score).toBeNull();
    else expect(result.records[0].score).toBeCloseTo(fraction, 12);
    expect(result.records[0].rawScore).toBe(raw);
  });

  it.each([
    ['PT1H30M', 1.5], ['PT45M', 0.75], ['PT0.5S', 0.5 / 3600], ['P1DT2H', 26], ['P1W', 168], ['PT1H25M30S', 1 + 25 / 60 + 30 / 3600],
  ])('duration %s is %s hours', (duration, hours) => {
    const result = parseXapi([file('s.json', [statement('a1', { result: { duration } })])]);
    expect(result.records[0].durationHours).toBeCloseTo(hours, 12);
  });

  it('takes the date from stored when there is no timestamp', () => {
    const result = parseXapi([file('s.json', [statement('a1', { timestamp: undefined, stored: '2025-04-01T08:00:00.000Z' })])]);
    expect(result.records[0].date).toBe('2025-04-01');
  });
});

describe('parseXapi: voiding and duplicates', () => {
  const voiding = (id: string, target: string) => statement(id, { verb: { id: `${ADL}voided`, display: { 'en-US': 'voided' } }, object: { objectType: 'StatementRef', id: target } });

  it('a voiding statement excludes its target, even in another file, and is no record itself', () => {
    const result = parseXapi([
      file('a.json', [statement('keep'), statement('WRONG')]),
      file('b.json', [voiding('v1', 'wrong')]),
    ]);
    expect(result.records.map((r) => r.source.statementId)).toEqual(['keep']);
    expect(result.rejections.map((r) => [r.source.statementId, r.code, r.reason])).toEqual([
      ['WRONG', 'voided', 'Voided by statement v1, so it is not a record.'],
      ['v1', 'voiding', 'Voids statement wrong; a voiding statement is not a learning record.'],
    ]);
    balanced(result);
  });

  it('a statement id seen twice (overlapping LRS pages) is counted once', () => {
    const result = parseXapi([file('p1.json', { statements: [statement('s1'), statement('s2')], more: '' }), file('p2.json', { statements: [statement('s2')], more: '' })]);
    expect(result.records).toHaveLength(2);
    expect(result.rejections).toEqual([{ source: { kind: 'xapi', file: 'p2.json', index: 1, statementId: 's2' }, code: 'duplicate', reason: 'Statement s2 appears again (first in p1.json); it is counted once.' }]);
    expect(result.files[0].more).toBeNull();
  });
});

describe('parseXapi: malformed input, each statement rejected with its reason', () => {
  it.each([
    ['no actor', { actor: undefined }, 'bad-actor', 'The statement has no actor.'],
    ['a group', { actor: { objectType: 'Group', member: [] } }, 'bad-actor', 'The actor is a Group; learning records are per person, so import statements made by each member.'],
    ['no identifier', { actor: { name: 'Ana' } }, 'bad-actor', 'The actor has none of mbox, mbox_sha1sum, openid or account, so the person is unknown.'],
    ['two identifiers', { actor: { mbox: 'mailto:a@x.com', account: { homePage: 'https://x', name: 'a' } } }, 'bad-actor', 'The actor has mbox, account; xAPI allows exactly one of mbox, mbox_sha1sum, openid and account.'],
    ['an mbox without mailto', { actor: { mbox: 'a@x.com' } }, 'bad-actor', 'The actor\'s mbox "a@x.com" is not a mailto: address.'],
    ['a short sha1', { actor: { mbox_sha1sum: 'abc' } }, 'bad-actor', 'The actor\'s mbox_sha1sum "abc" is not 40 hexadecimal digits.'],
    ['an account without homePage', { actor: { account: { name: 'a' } } }, 'bad-actor', 'The actor\'s account needs both homePage and name as text.'],
    ['no verb', { verb: undefined }, 'bad-verb', 'The statement has no verb id.'],
    ['an unknown verb', { verb: { id: `${ADL}initialized`, display: { 'en-US': 'initialized' } } }, 'unknown-verb', 'The verb "http://adlnet.gov/expapi/verbs/initialized" is not one of completed, passed, failed, attempted, experienced (by ADL IRI, or by display name), so it is not a learning record.'],
    ['no object', { object: undefined }, 'bad-object', 'The statement has no object.'],
    ['an agent object', { object: { objectType: 'Agent', mbox: 'mailto:b@x.com' } }, 'bad-object', 'The object\'s objectType is "Agent", not "Activity".'],
    ['an activity without id', { object: { definition: {} } }, 'bad-object', 'The activity has no id.'],
    ['no time at all', { timestamp: undefined }, 'bad-date', 'The statement has neither a timestamp nor a stored time.'],
    ['a bad timestamp', { timestamp: '14/03/2025' }, 'bad-date', 'The timestamp "14/03/2025" is not an ISO 8601 date-time.'],
    ['an impossible timestamp', { timestamp: '2025-02-30T10:00:00Z' }, 'bad-date', 'The timestamp "2025-02-30T10:00:00Z" is not an ISO 8601 date-time.'],
    ['a bad duration', { result: { duration: '90 minutes' } }, 'bad-duration', 'result.duration "90 minutes" is not an ISO 8601 duration.'],
    ['a duration in months', { result: { duration: 'P1M' } }, 'bad-duration', 'result.duration "P1M" is in years or months, which have no fixed number of hours.'],
    ['a negative duration', { result: { duration: '-PT1H' } }, 'bad-duration', 'result.duration "-PT1H" is negative.'],
    // Read by tinyduration alone, these were -24 hours and 1 hour (its pattern is anchored at neither end).
    ['a duration with a negative number inside', { result: { duration: 'P-1D' } }, 'bad-duration', 'result.duration "P-1D" is not an ISO 8601 duration.'],
    ['a duration followed by another', { result: { duration: 'PT1H-P1D' } }, 'bad-duration', 'result.duration "PT1H-P1D" is not an ISO 8601 duration.'],
    ['a scaled score above 1', { result: { score: { scaled: 1.5 } } }, 'bad-score', 'result.score.scaled "1.5" is not a number between 0 and 1.'],
    ['a negative scaled score', { result: { score: { scaled: -0.5 } } }, 'bad-score', 'result.score.scaled -0.5 is negative; xAPI allows -1 to 1, but a learning score here is 0 to 1.'],
    ['a raw score above max', { result: { score: { raw: 60, min: 0, max: 50 } } }, 'bad-score', 'result.score.raw 60 is outside min 0 to max 50.'],
    ['min not below max', { result: { score: { raw: 5, min: 10, max: 10 } } }, 'bad-score', 'result.score.min 10 is not below max 10.'],
    ['a text raw score', { result: { score: { raw: 'ten' } } }, 'bad-score', 'result.score.raw "ten" is not a number.'],
    // Before: (raw − min) / (max − min) was Infinity / Infinity, and the whole import stopped at writing NaN.
    ['min and max too far apart to scale', { result: { score: { raw: 1e308, min: -1e308, max: 1e308 } } }, 'bad-score', 'result.score.min -1e+308 and max 1e+308 are too far apart to scale the score.'],
    ['a duration of more hours than a number holds', { result: { duration: `PT${'9'.repeat(400)}H` } }, 'bad-duration', `result.duration "PT${'9'.repeat(55)}..." is longer than any learning time can be.`],
    ['a numeric id', { id: 42 }, 'not-statement', 'The statement id is not text.'],
  ])('%s', (_name, over, code, reason) => {
    const result = parseXapi([file('bad.json', [statement('good'), statement('s2', over)])]);
    expect(result.records.map((r) => r.source.statementId)).toEqual(['good']);
    expect(result.rejections).toHaveLength(1);
    expect(result.rejections[0]).toMatchObject({ source: { file: 'bad.json', index: 2 }, code, reason });
    balanced(result);
  });

  it('a void statement without a StatementRef is reported', () => {
    const result = parseXapi([file('v.json', [statement('v', { verb: { id: `${ADL}voided` } })])]);
    expect(result.rejections.map((r) => [r.code, r.reason])).toEqual([['bad-object', 'A voided statement must have a StatementRef object naming the statement it voids.']]);
  });

  it.each([
    ['not JSON', { name: 'x.json', text: 'actor,verb\n1,2' }, 'not-json'],
    ['truncated JSON', { name: 'x.json', text: '[{"id": "a"' }, 'not-json'],
    ['JSON of another shape', { name: 'x.json', text: '{"data": []}' }, 'not-statement'],
    ['a number', { name: 'x.json', text: '42' }, 'not-statement'],
  ])('%s: the file is one rejection and the other files still import', (_name, bad, code) => {
    const result = parseXapi([bad, file('ok.json', [statement('a1')])]);
    expect(result.records).toHaveLength(1);
    expect(result.rejections).toEqual([{ source: { kind: 'xapi', file: 'x.json' }, code, reason: expect.any(String) }]);
    expect(result.files[0].problem).toBe(result.rejections[0].reason);
    balanced(result);
  });

  it('an entry that is not an object is rejected by its position', () => {
    const result = parseXapi([file('x.json', [statement('a'), 'hello', null])]);
    expect(result.rejections.map((r) => [r.source.index, r.code])).toEqual([[2, 'not-statement'], [3, 'not-statement']]);
    balanced(result);
  });
});

describe('parseXapi: properties', () => {
  const part = fc.oneof(
    fc.constant(undefined),
    fc.constant(null),
    fc.string({ maxLength: 5 }),
    fc.integer(),
    fc.constantFrom(
      { mbox: 'mailto:a@x.com' }, { id: `${ADL}passed` }, { id: `${ADL}voided` }, { objectType: 'StatementRef', id: 's1' },
      { id: ACTIVITY }, '2025-01-01T00:00:00Z', { score: { scaled: 2 } }, { duration: 'PT1H' },
    ),
  );
  const anyStatement = fc.record({ id: fc.constantFrom('s1', 's2', 's3', undefined), actor: part, verb: part, object: part, timestamp: part, result: part }, { requiredKeys: [] });

  it('records + rejections = statements (+ unreadable files), and keys are stable across runs', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.oneof(anyStatement, fc.constant(statement('s9'))), { maxLength: 8 }), { maxLength: 4 }), (files) => {
        const input = files.map((statements, i) => file(`f${i}.json`, statements));
        const result = parseXapi(input);
        balanced(result);
        expect(result.inputCount).toBe(files.reduce((n, f) => n + f.length, 0));
        expect(parseXapi(input).records.map((r) => r.key)).toEqual(result.records.map((r) => r.key));
      }),
      { numRuns: 200 },
    );
  });
});

describe('parseXapi: edges a real export can have', () => {
  const one = (over: Record<string, unknown>) => parseXapi([file('e.json', [statement('e1', over)])]);
  const person = (actor: Record<string, unknown>) => {
    const result = one({ actor });
    return result.records.length === 1 ? result.records[0].person : result.rejections[0].reason;
  };
  const activity = (definition: unknown) => one({ object: { objectType: 'Activity', id: ACTIVITY, definition } }).records[0].activity;
  const score = (value: unknown) => {
    const result = one({ result: { score: value } });
    return result.records.length === 1 ? [result.records[0].score, result.records[0].rawScore] : result.rejections[0].reason;
  };

  it('unwraps a {"statement": …} document only when it is not a statement itself (no actor, no verb of its own)', () => {
    const withActor = { ...statement('outer-a', { verb: undefined }), statement: statement('inner-a') };
    const withVerb = { ...statement('outer-v', { actor: undefined }), statement: statement('inner-v') };
    const result = parseXapi([file('w.json', [withActor, withVerb])]);
    expect(result.records).toEqual([]);
    expect(result.rejections.map((r) => [r.source.statementId, r.code])).toEqual([['outer-a', 'bad-verb'], ['outer-v', 'bad-actor']]);
  });

  it('reads a file starting with a byte order mark, and one statement per line with indents and blank lines', () => {
    expect(parseXapi([{ name: 'bom.json', text: `\ufeff${JSON.stringify([statement('b1')])}` }]).records.map((r) => r.source.statementId)).toEqual(['b1']);
    const text = `  ${JSON.stringify(statement('n1'))}\n   \n\t${JSON.stringify(statement('n2'))}\r\n`;
    expect(parseXapi([{ name: 'lines.ndjson', text }]).records.map((r) => r.source.statementId)).toEqual(['n1', 'n2']);
    // Lines that are not objects are not a statement per line: the file is not JSON.
    const numbers = parseXapi([{ name: 'n.json', text: '1\n2' }]);
    expect(numbers.rejections.map((r) => r.code)).toEqual(['not-json']);
  });

  it.each([
    ['an actor', { actor: { mbox: 'mailto:a@x.example' } }, 'bad-verb'],
    ['a verb', { verb: { id: `${ADL}completed` } }, 'bad-actor'],
    ['an object', { object: { id: ACTIVITY } }, 'bad-verb'],
  ])('a single object with only %s is a statement (rejected for what it lacks), not an unknown container', (_what, json, code) => {
    const result = parseXapi([file('single.json', json)]);
    expect(result.rejections.map((r) => r.code)).toEqual([code]);
  });

  it('identifies the person: mbox and sha1 trimmed and lower-cased, whole; null identifiers are absent; openid as written', () => {
    expect(person({ mbox: '  mailto:Ana@X.example  ' })).toBe('ana@x.example');
    expect(person({ mbox: 'xmailto:ana@x.example' })).toBe('The actor\'s mbox "xmailto:ana@x.example" is not a mailto: address.');
    expect(person({ mbox: 42 })).toBe('The actor\'s mbox "42" is not a mailto: address.');
    expect(person({ mbox_sha1sum: ` ${'AB'.repeat(20)} ` })).toBe(`sha1:${'ab'.repeat(20)}`);
    expect(person({ mbox_sha1sum: 'a'.repeat(41) })).toBe(`The actor's mbox_sha1sum "${'a'.repeat(41)}" is not 40 hexadecimal digits.`);
    expect(person({ mbox_sha1sum: 1234 })).toBe('The actor\'s mbox_sha1sum "1234" is not 40 hexadecimal digits.');
    expect(person({ mbox: 'mailto:a@x.example', account: null, openid: null })).toBe('a@x.example');
    expect(person({ openid: 'https://id.example/ana' })).toBe('https://id.example/ana');
    expect(person({ openid: '  ' })).toMatch(/openid/);
  });

  it('reads a verb by any display name, trimmed and in any case, when its IRI is not ADL\'s', () => {
    const verb = { id: 'https://lms.example/verbs/finished', display: { 'de-DE': 'abgeschlossen', 'x-num': 5, 'en-US': '  Completed ' } };
    expect(one({ verb }).records.map((r) => r.status)).toEqual(['completed']);
  });

  it('names the activity in English first (en-US, en, en-GB), else any language, else by its id', () => {
    expect(activity({ name: { 'en-GB': 'Colour Theory', en: 'Color Theory' } })).toBe('Color Theory');
    expect(activity({ name: { fr: 'Théorie', 'en-GB': 'Colour Theory' } })).toBe('Colour Theory');
    expect(activity({ name: { 'en-US': '  ', 'de-DE': 'Farbenlehre' } })).toBe('Farbenlehre');
    expect(activity({ name: 'Color Theory' })).toBe(ACTIVITY);
    expect(activity(undefined)).toBe(ACTIVITY);
  });

  it('reads scores: scaled from 0 to 1 inclusive, a score that is not an object or has no number as none, a scaled text refused', () => {
    expect(score({ scaled: 1 })).toEqual([1, 1]);
    expect(score({ scaled: 0 })).toEqual([0, 0]);
    expect(score(5)).toEqual([null, null]);
    expect(score({ scaled: null, raw: 8, max: 10 })).toEqual([0.8, 8]);
    expect(score({ raw: null, max: 10 })).toEqual([null, null]);
    expect(score({})).toEqual([null, null]);
    expect(score({ scaled: '0.5' })).toBe('result.score.scaled "0.5" is not a number between 0 and 1.');
  });

  it('a statement without an id is named by its place; one voided by a statement without an id says so', () => {
    const result = parseXapi([file('v.json', [statement('target'), statement('', { id: undefined, verb: { id: `${ADL}voided` }, object: { objectType: 'StatementRef', id: 'TARGET' } }), statement('', { id: undefined, actor: {} })])]);
    expect(result.rejections.map((r) => [r.source, r.code, r.reason])).toEqual([
      [{ kind: 'xapi', file: 'v.json', index: 1, statementId: 'target' }, 'voided', 'Voided by statement (no id), so it is not a record.'],
      [{ kind: 'xapi', file: 'v.json', index: 2 }, 'voiding', expect.any(String)],
      [{ kind: 'xapi', file: 'v.json', index: 3 }, 'bad-actor', expect.any(String)],
    ]);
  });
});
