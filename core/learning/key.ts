/**
 * A deterministic key per learning record, so a re-import can skip what is already there.
 *
 * The key is FNV-1a 64-bit (Fowler, Noll, Vo; http://www.isthe.com/chongo/tech/comp/fnv/ and
 * draft-eastlake-fnv) over the UTF-8 bytes of the record's identity fields joined by U+001F (unit
 * separator, which no field contains after trimming). 64 bits keep the chance of two different
 * records sharing a key below 3e-10 for 100,000 records. Pure arithmetic on 16-bit limbs, so it
 * runs the same in Node, browsers and Apps Script (no crypto API, no BigInt).
 */

/** The UTF-8 bytes of a string (surrogate pairs joined; a lone surrogate as U+FFFD, as TextEncoder does). */
function utf8(text: string): number[] {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) {
      const low = i + 1 < text.length ? text.charCodeAt(i + 1) : 0;
      if (code <= 0xdbff && low >= 0xdc00 && low <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
        i++;
      } else code = 0xfffd;
    }
    if (code < 0x80) bytes.push(code);
    else if (code < 0x800) bytes.push(0xc0 | (code >> 6), 0x80 | (code & 0x3f));
    else if (code < 0x10000) bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
    else bytes.push(0xf0 | (code >> 18), 0x80 | ((code >> 12) & 0x3f), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f));
  }
  return bytes;
}

/** FNV-1a 64 of a string's UTF-8 bytes, as 16 lower-case hex digits. */
export function fnv1a64(text: string): string {
  // Offset basis 0xcbf29ce484222325 in four 16-bit limbs, least significant first.
  let v0 = 0x2325;
  let v1 = 0x8422;
  let v2 = 0x9ce4;
  let v3 = 0xcbf2;
  const bytes = utf8(text);
  for (let i = 0; i < bytes.length; i++) {
    v0 ^= bytes[i];
    // Multiply by the FNV prime 2^40 + 0x1b3 modulo 2^64.
    const t0 = v0 * 0x1b3;
    let t1 = v1 * 0x1b3;
    let t2 = v2 * 0x1b3 + (v0 << 8);
    const t3 = v3 * 0x1b3 + (v1 << 8);
    t1 += t0 >>> 16;
    v0 = t0 & 0xffff;
    t2 += t1 >>> 16;
    v1 = t1 & 0xffff;
    v3 = (t3 + (t2 >>> 16)) & 0xffff;
    v2 = t2 & 0xffff;
  }
  const hex = (limb: number): string => limb.toString(16).padStart(4, '0');
  return hex(v3) + hex(v2) + hex(v1) + hex(v0);
}

export interface KeyFields {
  readonly kind: 'lms-csv' | 'xapi';
  readonly person: string;
  readonly activity: string;
  readonly date: string | null;
  readonly status: string;
  /** xAPI statement id; empty for CSV rows (which have none). */
  readonly statementId?: string;
}

/**
 * The record key: `lms-` or `xapi-` then 16 hex digits. It leaves out the file name, the row
 * number and the import date on purpose: next month's export lists the same completion on another
 * row of another file, and it must still be recognised.
 *
 * @example recordKey({ kind: 'lms-csv', person: 'ana@x.com', activity: 'Course', date: '2025-03-14', status: 'completed' })
 *          // 'lms-65db58015dd3155d', on every run and every host
 */
export function recordKey(fields: KeyFields): string {
  const prefix = fields.kind === 'xapi' ? 'xapi-' : 'lms-';
  const parts = [fields.kind, fields.person, fields.activity, fields.date ?? '', fields.status, fields.statementId ?? ''];
  return prefix + fnv1a64(parts.join('\u001f'));
}

/**
 * Splits imported records into those to add and those to skip: a key already in the workbook
 * (`existing`), or seen earlier in this same import (the same completion listed twice).
 * Nothing already there is touched; the caller appends `added` only.
 *
 * @example splitByKey([{ key: 'lms-1' }, { key: 'lms-2' }, { key: 'lms-2' }], ['lms-1']).added.length // 1
 */
export function splitByKey<T extends { readonly key: string }>(
  records: Iterable<T>,
  existing: Iterable<string>,
): { added: T[]; alreadyThere: T[]; repeated: T[] } {
  const known = new Set(existing);
  const seen = new Set<string>();
  const added: T[] = [];
  const alreadyThere: T[] = [];
  const repeated: T[] = [];
  for (const record of records) {
    if (known.has(record.key)) alreadyThere.push(record);
    else if (seen.has(record.key)) repeated.push(record);
    else {
      seen.add(record.key);
      added.push(record);
    }
  }
  return { added, alreadyThere, repeated };
}
