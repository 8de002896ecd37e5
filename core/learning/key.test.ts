import fc from 'fast-check';
import { fnv1a64, recordKey, splitByKey } from './key';

/** FNV-1a 64 with BigInt, straight from the definition (offset basis, xor byte, multiply by the prime mod 2^64). */
function referenceFnv1a64(text: string): string {
  let hash = BigInt('0xcbf29ce484222325');
  const prime = BigInt('0x100000001b3');
  const mask = (BigInt(1) << BigInt(64)) - BigInt(1);
  for (const byte of Buffer.from(text, 'utf8')) hash = ((hash ^ BigInt(byte)) * prime) & mask;
  return hash.toString(16).padStart(16, '0');
}

describe('fnv1a64', () => {
  // Test vectors from the FNV reference page (isthe.com/chongo/tech/comp/fnv, "FNV-1a 64").
  it.each([
    ['', 'cbf29ce484222325'],
    ['a', 'af63dc4c8601ec8c'],
    ['foobar', '85944171f73967e8'],
  ])('"%s" hashes to %s', (text, hash) => {
    expect(fnv1a64(text)).toBe(hash);
  });

  it('agrees with a BigInt implementation over UTF-8 for any text, astral characters and lone surrogates included', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)), maxLength: 6 })), (text) => {
      expect(fnv1a64(text)).toBe(referenceFnv1a64(text));
    }), { numRuns: 300 });
  });
});

describe('recordKey', () => {
  const base = { kind: 'lms-csv' as const, person: 'ana@x.com', activity: 'SQL Basics', date: '2025-03-14', status: 'completed' };

  it('is the same for the same fields and differs when any identity field differs', () => {
    const key = recordKey(base);
    expect(key).toBe(recordKey({ ...base }));
    expect(key).toMatch(/^lms-[0-9a-f]{16}$/);
    const variants = [
      { ...base, person: 'bo@x.com' }, { ...base, activity: 'SQL Basic' }, { ...base, date: '2025-03-15' }, { ...base, date: null },
      { ...base, status: 'passed' }, { ...base, kind: 'xapi' as const }, { ...base, statementId: 'x' },
    ];
    const keys = new Set([key, ...variants.map(recordKey)]);
    expect(keys.size).toBe(variants.length + 1);
  });

  it('cannot be fooled by moving text between fields', () => {
    expect(recordKey({ ...base, person: 'a', activity: 'bc' })).not.toBe(recordKey({ ...base, person: 'ab', activity: 'c' }));
  });
});

describe('splitByKey', () => {
  it('adds only what is new, once, and says what was already there or repeated', () => {
    const records = [{ key: 'a', n: 1 }, { key: 'b', n: 2 }, { key: 'c', n: 3 }, { key: 'b', n: 4 }];
    expect(splitByKey(records, new Set(['c', 'z']))).toEqual({
      added: [{ key: 'a', n: 1 }, { key: 'b', n: 2 }],
      alreadyThere: [{ key: 'c', n: 3 }],
      repeated: [{ key: 'b', n: 4 }],
    });
  });

  it('re-importing what was added adds nothing', () => {
    const records = [{ key: 'a' }, { key: 'b' }];
    const first = splitByKey(records, []);
    expect(splitByKey(records, first.added.map((r) => r.key))).toEqual({ added: [], alreadyThere: records, repeated: [] });
  });
});

describe('fnv1a64 at the UTF-8 encoding boundaries', () => {
  // Each character at the edge of a UTF-8 length (1, 2, 3 and 4 bytes; RFC 3629 §3) and of the
  // surrogate ranges, alone and inside text: the same hash as the BigInt reference over Node's UTF-8.
  it.each([
    ['\u007f'], ['\u0080'], ['\u07ff'], ['\u0800'], ['\ud7ff'], ['\ue000'], ['\uffff'],
    ['\ud800\udc00'], ['\udbff\udfff'], ['\ud800\udfff'], ['\udbff\udc00'],
    ['\ud800'], ['\udfff'], ['a\ud800'], ['\udc00a'], ['x\u0080\u07ff\u0800\uffff\ud83d\ude00y'],
  ])('%j', (text) => {
    expect(fnv1a64(text)).toBe(referenceFnv1a64(text));
  });
});

describe('recordKey as documented', () => {
  it('gives the example of its documentation, and a record without a date the key of an empty date', () => {
    const fields = { kind: 'lms-csv' as const, person: 'ana@x.com', activity: 'Course', date: '2025-03-14', status: 'completed' };
    expect(recordKey(fields)).toBe('lms-65db58015dd3155d');
    expect(recordKey(fields)).toBe(`lms-${referenceFnv1a64(['lms-csv', 'ana@x.com', 'Course', '2025-03-14', 'completed', ''].join('\u001f'))}`);
    expect(recordKey({ ...fields, date: null })).toBe(`lms-${referenceFnv1a64(['lms-csv', 'ana@x.com', 'Course', '', 'completed', ''].join('\u001f'))}`);
    expect(recordKey({ ...fields, kind: 'xapi', statementId: 'id-1' })).toBe(`xapi-${referenceFnv1a64(['xapi', 'ana@x.com', 'Course', '2025-03-14', 'completed', 'id-1'].join('\u001f'))}`);
  });
});
