/**
 * xAPI 1.0.3 statements -> learning records (data model: the xAPI specification, part two,
 * "Experience API Data", section 2.4 Statement Properties).
 *
 * Input: one or more files, each a JSON array of statements, an LRS `StatementResult`
 * (`{"statements": [...], "more": "<IRL>"}`), a single statement, or one statement per line;
 * entries wrapped as `{"statement": {...}}` (Learning Locker's export) are unwrapped.
 * The `more` link is reported, never followed: the core makes no network calls.
 *
 * - Actor: an Agent identified by exactly one of mbox, mbox_sha1sum, openid, account (2.4.2.3).
 * - Verb: the ADL IRIs http://adlnet.gov/expapi/verbs/{completed,passed,failed,attempted,experienced};
 *   only when the IRI is another one, a display name equal to one of those words.
 * - Object: an Activity with an id; its name from definition.name (en-US, en, en-GB, else the first).
 * - Result: score.scaled, else (raw - min) / (max - min) (min 0 when only max is given);
 *   duration ISO 8601 via tinyduration. Date: `timestamp` (else `stored`) as written, without a
 *   time-zone shift.
 * - Voiding (2.3.2): a statement with verb http://adlnet.gov/expapi/verbs/voided and a StatementRef
 *   object excludes the statement it names, in any of the files; neither is a record.
 */
import { recordKey } from './key';
import { LearningMessages as M } from './messages';
import type { LearningRecord, LearningStatus, ParseResult, Rejection, RejectionCode, SourceRef } from './types';
import { hoursFromIsoDuration, isoDate } from './values';

export const ADL_VERBS: Readonly<Record<string, LearningStatus>> = {
  'http://adlnet.gov/expapi/verbs/completed': 'completed',
  'http://adlnet.gov/expapi/verbs/passed': 'passed',
  'http://adlnet.gov/expapi/verbs/failed': 'failed',
  'http://adlnet.gov/expapi/verbs/attempted': 'attempted',
  'http://adlnet.gov/expapi/verbs/experienced': 'experienced',
};
export const VOIDED_VERB = 'http://adlnet.gov/expapi/verbs/voided';
const DISPLAY_WORDS: readonly LearningStatus[] = ['completed', 'passed', 'failed', 'attempted', 'experienced'];

export interface XapiFile {
  readonly name: string;
  /** The file's text; or give `json` when it is already parsed. */
  readonly text?: string;
  readonly json?: unknown;
}

export interface XapiFileSummary {
  readonly name: string;
  readonly statements: number;
  /** A StatementResult's `more` link: further statements exist in the LRS, not in this file. */
  readonly more: string | null;
  /** Why the file could not be read, or null. */
  readonly problem: string | null;
}

export interface XapiResult extends ParseResult {
  readonly files: readonly XapiFileSummary[];
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined);

interface Located {
  readonly statement: unknown;
  readonly file: string;
  readonly index: number;
}

/** Learning Locker and similar exports wrap each statement: `[{ "statement": {...}, ... }]`. */
function unwrap(list: unknown[]): unknown[] {
  return list.map((item) => (isObject(item) && isObject(item.statement) && !('actor' in item) && !('verb' in item) ? item.statement : item));
}

/** Reads the statements out of one file, or says why it cannot. */
function statementsOf(file: XapiFile): { statements: unknown[]; more: string | null } | { problem: string; code: RejectionCode } {
  let json: unknown = file.json;
  if (json === undefined) {
    const source = (file.text ?? '').replace(/^\ufeff/, '');
    try {
      json = JSON.parse(source);
    } catch (error) {
      // One statement per line (NDJSON), as some LRS exports write them.
      const lines = source.split(/\r?\n/).filter((l) => l.trim() !== '');
      if (lines.length > 1 && lines.every((l) => l.trim().startsWith('{'))) {
        try {
          return { statements: unwrap(lines.map((l) => JSON.parse(l) as unknown)), more: null };
        } catch {
          // fall through to the whole-file message
        }
      }
      return { problem: M.notJson(error instanceof Error ? error.message : String(error)), code: 'not-json' };
    }
  }
  if (Array.isArray(json)) return { statements: unwrap(json), more: null };
  if (isObject(json) && Array.isArray(json.statements)) return { statements: unwrap(json.statements), more: text(json.more) ?? null };
  if (isObject(json) && ('actor' in json || 'verb' in json || 'object' in json)) return { statements: [json], more: null };
  return { problem: M.notStatementContainer, code: 'not-statement' };
}

/** Who the actor is, or why not. */
function readActor(actor: unknown): { person: string; personName: string | null } | { problem: string } {
  if (!isObject(actor)) return { problem: M.noActor };
  if (actor.objectType === 'Group') return { problem: M.groupActor };
  const present = ['mbox', 'mbox_sha1sum', 'openid', 'account'].filter((k) => actor[k] !== undefined && actor[k] !== null);
  if (present.length !== 1) return { problem: M.actorIdentifiers(present) };
  const personName = text(actor.name) ?? null;
  switch (present[0]) {
    case 'mbox': {
      const mbox = typeof actor.mbox === 'string' ? actor.mbox.trim() : '';
      const m = /^mailto:(.+@.+)$/i.exec(mbox);
      return m ? { person: m[1].toLowerCase(), personName } : { problem: M.badMbox(String(actor.mbox)) };
    }
    case 'mbox_sha1sum': {
      const sum = typeof actor.mbox_sha1sum === 'string' ? actor.mbox_sha1sum.trim() : '';
      return /^[0-9a-f]{40}$/i.test(sum) ? { person: `sha1:${sum.toLowerCase()}`, personName } : { problem: M.badSha1(String(actor.mbox_sha1sum)) };
    }
    case 'openid': {
      const openid = text(actor.openid);
      return openid ? { person: openid, personName } : { problem: M.badOpenid };
    }
    default: {
      const account = actor.account;
      const name = isObject(account) ? text(account.name) : undefined;
      const homePage = isObject(account) ? text(account.homePage) : undefined;
      return name && homePage ? { person: name, personName } : { problem: M.badAccount };
    }
  }
}

/** The status a verb means: by ADL IRI, else by a display name; undefined when neither. */
function readVerb(verb: Json): LearningStatus | undefined {
  const id = text(verb.id) as string;
  const byIri = ADL_VERBS[id];
  if (byIri) return byIri;
  if (isObject(verb.display)) {
    for (const value of Object.values(verb.display)) {
      const word = typeof value === 'string' ? value.trim().toLowerCase() : '';
      const status = DISPLAY_WORDS.find((w) => w === word);
      if (status) return status;
    }
  }
  return undefined;
}

function activityName(definition: unknown): string | undefined {
  if (!isObject(definition) || !isObject(definition.name)) return undefined;
  const names = definition.name;
  for (const lang of ['en-US', 'en', 'en-GB']) {
    const name = text(names[lang]);
    if (name) return name;
  }
  for (const value of Object.values(names)) {
    const name = text(value);
    if (name) return name;
  }
  return undefined;
}

const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;

function readScore(score: unknown): { score: number | null; raw: number | null } | { problem: string } {
  if (!isObject(score)) return { score: null, raw: null };
  if (score.scaled !== undefined && score.scaled !== null) {
    const scaled = score.scaled;
    if (typeof scaled !== 'number' || !Number.isFinite(scaled) || scaled < 0 || scaled > 1) return { problem: M.badScaled(scaled) };
    return { score: scaled, raw: scaled };
  }
  if (score.raw === undefined || score.raw === null) return { score: null, raw: null };
  const raw = score.raw;
  if (typeof raw !== 'number' || !Number.isFinite(raw)) return { problem: M.badRaw(raw) };
  const max = typeof score.max === 'number' ? score.max : undefined;
  if (max === undefined) return { score: null, raw };
  const min = typeof score.min === 'number' ? score.min : 0;
  if (!(min < max)) return { problem: M.badMinMax(min, max) };
  // JSON's 1e999 is Infinity, and max − min of two finite numbers may be too (1e308 − −1e308).
  if (!Number.isFinite(max - min)) return { problem: M.hugeScoreRange(min, max) };
  if (raw < min || raw > max) return { problem: M.rawOutOfRange(raw, min, max) };
  return { score: (raw - min) / (max - min), raw };
}

/**
 * Parses xAPI statement files together (voiding and duplicate ids work across them).
 *
 * @example parseXapi([{ name: 's.json', text: '[]' }]).inputCount // 0
 */
export function parseXapi(files: readonly XapiFile[]): XapiResult {
  const records: LearningRecord[] = [];
  const rejections: Rejection[] = [];
  const summaries: XapiFileSummary[] = [];
  const all: Located[] = [];
  let inputCount = 0;

  for (const file of files) {
    const read = statementsOf(file);
    if ('problem' in read) {
      inputCount += 1;
      rejections.push({ source: { kind: 'xapi', file: file.name }, code: read.code, reason: read.problem });
      summaries.push({ name: file.name, statements: 0, more: null, problem: read.problem });
      continue;
    }
    summaries.push({ name: file.name, statements: read.statements.length, more: read.more, problem: null });
    read.statements.forEach((statement, i) => all.push({ statement, file: file.name, index: i + 1 }));
  }

  // First pass: which statements are voided, and by which statement.
  const voidedBy = new Map<string, string>();
  for (const { statement } of all) {
    if (!isObject(statement) || !isObject(statement.verb) || text(statement.verb.id) !== VOIDED_VERB) continue;
    const target = isObject(statement.object) && statement.object.objectType === 'StatementRef' ? text(statement.object.id) : undefined;
    if (target) voidedBy.set(target.toLowerCase(), text(statement.id) ?? '(no id)');
  }

  const seen = new Map<string, string>();
  for (const { statement, file, index } of all) {
    inputCount += 1;
    const id = isObject(statement) ? text(statement.id) : undefined;
    const source: SourceRef = id ? { kind: 'xapi', file, index, statementId: id } : { kind: 'xapi', file, index };
    const reject = (code: RejectionCode, reason: string): void => {
      rejections.push({ source, code, reason });
    };
    if (!isObject(statement)) {
      reject('not-statement', M.notAnObject);
      continue;
    }
    if (statement.id !== undefined && typeof statement.id !== 'string') {
      reject('not-statement', M.badStatementId);
      continue;
    }
    if (id) {
      const firstFile = seen.get(id.toLowerCase());
      if (firstFile !== undefined) {
        reject('duplicate', M.duplicateStatement(id, firstFile));
        continue;
      }
      seen.set(id.toLowerCase(), file);
    }
    const verb = statement.verb;
    if (!isObject(verb) || !text(verb.id)) {
      reject('bad-verb', M.noVerb);
      continue;
    }
    if (text(verb.id) === VOIDED_VERB) {
      const target = isObject(statement.object) && statement.object.objectType === 'StatementRef' ? text(statement.object.id) : undefined;
      if (target) reject('voiding', M.voiding(target));
      else reject('bad-object', M.voidingWithoutRef);
      continue;
    }
    if (id && voidedBy.has(id.toLowerCase())) {
      reject('voided', M.voidedBy(voidedBy.get(id.toLowerCase()) as string));
      continue;
    }
    const actor = readActor(statement.actor);
    if ('problem' in actor) {
      reject('bad-actor', actor.problem);
      continue;
    }
    const status = readVerb(verb);
    if (!status) {
      reject('unknown-verb', M.unknownVerb(text(verb.id) as string, DISPLAY_WORDS));
      continue;
    }
    const object = statement.object;
    if (!isObject(object)) {
      reject('bad-object', M.noObject);
      continue;
    }
    if (object.objectType !== undefined && object.objectType !== 'Activity') {
      reject('bad-object', M.objectNotActivity(String(object.objectType)));
      continue;
    }
    const activityId = text(object.id);
    if (!activityId) {
      reject('bad-object', M.noActivityId);
      continue;
    }
    const when = text(statement.timestamp) ?? text(statement.stored);
    if (!when) {
      reject('bad-date', M.noTimestamp);
      continue;
    }
    const t = TIMESTAMP.exec(when);
    const date = t ? isoDate(Number(t[1]), Number(t[2]), Number(t[3])) : undefined;
    if (!date) {
      reject('bad-date', M.badTimestamp(when));
      continue;
    }
    const result = isObject(statement.result) ? statement.result : {};
    let durationHours: number | null = null;
    if (result.duration !== undefined && result.duration !== null) {
      const durationText = String(result.duration);
      const hours = typeof result.duration === 'string' ? hoursFromIsoDuration(result.duration) : undefined;
      if (hours === undefined) {
        reject('bad-duration', M.badXapiDuration(durationText));
        continue;
      }
      if (hours === 'calendar') {
        reject('bad-duration', M.calendarDuration(durationText));
        continue;
      }
      if (hours === 'negative') {
        reject('bad-duration', M.negativeXapiDuration(durationText));
        continue;
      }
      if (!Number.isFinite(hours)) {
        // "PT" and 400 nines: a number of hours no cell can hold (the sheet's SUMIFS would be #NUM!).
        reject('bad-duration', M.hugeXapiDuration(durationText));
        continue;
      }
      durationHours = hours;
    }
    const score = readScore(result.score);
    if ('problem' in score) {
      reject('bad-score', score.problem);
      continue;
    }
    records.push({
      person: actor.person,
      personName: actor.personName,
      activity: activityName(object.definition) ?? activityId,
      activityId,
      date,
      status,
      statusText: text(verb.id) as string,
      durationHours,
      score: score.score,
      rawScore: score.raw,
      cost: null,
      source,
      key: recordKey({ kind: 'xapi', person: actor.person, activity: activityId, date, status, statementId: id }),
    });
  }
  return { records, rejections, inputCount, files: summaries };
}
