/**
 * Makes the GrowthCorp sample learning data: an LMS CSV export and an xAPI StatementResult whose
 * activities are the example's initiatives (core/templates/growthcorp.ts). The distinct people who
 * completed or passed each initiative, across both files, are exactly its `participants`.
 *
 * Regenerate with `npx tsx examples/learning-samples.ts`; core/learning/samples.test.ts checks that
 * the committed files are what this makes, and that importing them reproduces the participants.
 *
 * What the files show:
 * - CSV: `Learning Item`, `User`, `Full Name`, `Completion Date` (dd/mm/yyyy; days above 12 settle
 *   the order), `Status`, `Time Spent (mins)`, `Score` (0-100), `Cost`; names with commas quoted;
 *   one course written "Support Efficiency & Knowledge Base" (a normalised match, to confirm);
 *   failed attempts followed by a pass; Cloud Certification Path partly here, partly in xAPI (10
 *   learners in both: In Progress here, passed there).
 * Each learner has exactly one completing (completed or passed) record per initiative across both
 * files, so counting completing rows gives the same participants as counting distinct people.
 * - xAPI: mbox actors, ADL verbs (experienced, attempted, failed, passed, completed), scaled and
 *   raw/max scores, ISO 8601 durations, and one completion voided by a later statement (its
 *   learner has no other record, so counting it would show 61 Product Discovery participants).
 * Every row and statement imports: none is rejected; the two voiding ones are exclusions.
 */
import { writeFileSync } from 'fs';
import { join } from 'path';
import { GROWTHCORP } from '../core/templates/growthcorp';

/** mulberry32 (Tommy Ettinger's public-domain 32-bit generator): the same numbers on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Ada', 'Ben', 'Chloe', 'Dev', 'Elena', 'Farid', 'Grace', 'Hiro', 'Ines', 'Jonas', 'Kemi', 'Liam', 'Maya', 'Noah', 'Olga', 'Pavel', 'Quinn', 'Rosa', 'Sami', 'Tara', 'Uma', 'Victor', 'Wen', 'Xavier', 'Yara', 'Zane', 'Amir', 'Bianca', 'Carlos', 'Dana'];
const LAST = ['Okafor', 'Schmidt', 'Tanaka', 'Novak', 'Garcia', 'Haddad', 'Kowalski', 'Lindqvist', 'Mensah', 'Nguyen', 'OBrien', 'Patel', 'Rossi', 'Silva', 'Thompson', 'Ueda', 'Varga', 'Walsh', 'Yilmaz', 'Zhang', 'Ahmed', 'Brennan', 'Costa', 'Dubois', 'Eriksen', 'Fischer'];

interface Person {
  readonly email: string;
  readonly name: string;
}

/** 700 distinct people, in a fixed order. */
function people(): Person[] {
  const all: Person[] = [];
  for (const last of LAST) for (const first of FIRST) all.push({ email: `${first}.${last}@growthcorp.example`.toLowerCase(), name: `${first} ${last}` });
  const rand = random(7);
  for (let i = all.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [all[i], all[j]] = [all[j], all[i]];
  }
  return all.slice(0, 700);
}

const participantsOf = (name: string): number => {
  const initiative = GROWTHCORP.initiatives.find((i) => i.name === name);
  if (!initiative) throw new Error(`GrowthCorp has no initiative ${name}`);
  return initiative.participants;
};

const SELLING = 'Consultative Selling Academy';
const SUCCESS = 'Customer Success Playbook';
const SUPPORT = 'Support Efficiency and Knowledge Base';
const DISCOVERY = 'Product Discovery and Design Thinking';
const LEADERSHIP = 'Engineering Leadership Program';
const CLOUD = 'Cloud Certification Path';
const MANAGERS = 'New Manager Essentials';

/** Who takes what: consecutive slices of the people, so programs share few learners. */
function cohorts(): Record<string, { csv: Person[]; xapi: Person[] }> {
  const all = people();
  let next = 0;
  const take = (n: number): Person[] => {
    const slice = all.slice(next, next + n);
    next += n;
    if (slice.length < n) throw new Error('not enough sample people');
    return slice;
  };
  const result: Record<string, { csv: Person[]; xapi: Person[] }> = {};
  for (const name of [SELLING, SUCCESS, SUPPORT, LEADERSHIP, MANAGERS]) result[name] = { csv: take(participantsOf(name)), xapi: [] };
  result[DISCOVERY] = { csv: [], xapi: take(participantsOf(DISCOVERY)) };
  // Cloud Certification Path: 30 in the LMS, 70 in the LRS, 10 in both (in progress in the LMS,
  // passed in the LRS), so 90 people and 90 completing records.
  const cloud = take(participantsOf(CLOUD));
  result[CLOUD] = { csv: cloud.slice(0, 30), xapi: cloud.slice(20) };
  // A few people are in two programs (a new manager who was also in the leadership program).
  result[MANAGERS].csv.splice(0, 5, ...result[LEADERSHIP].csv.slice(0, 5));
  return result;
}

const pad = (n: number): string => String(n).padStart(2, '0');
/** A day in FY2025 (1 July 2024 to 30 June 2025), from a fraction of the year. */
function fy2025Day(fraction: number): Date {
  const start = Date.UTC(2024, 6, 1);
  return new Date(start + Math.floor(fraction * 365) * 86400000);
}
const dmy = (d: Date): string => `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;

function csvField(text: string): string {
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The LMS export (comma-delimited, CRLF line ends as spreadsheet exports write them). */
export function growthcorpLmsCsv(): string {
  const rand = random(2025);
  const who = cohorts();
  const lines = ['Learning Item,User,Full Name,Completion Date,Status,Time Spent (mins),Score,Cost'];
  const courses: Array<{ name: string; title: string; minutes: number; cost: number | null; assessed: boolean }> = [
    { name: SELLING, title: SELLING, minutes: 960, cost: null, assessed: true },
    { name: SUCCESS, title: SUCCESS, minutes: 480, cost: null, assessed: true },
    { name: SUPPORT, title: 'Support Efficiency & Knowledge Base', minutes: 240, cost: null, assessed: false },
    { name: LEADERSHIP, title: LEADERSHIP, minutes: 1800, cost: 1250, assessed: false },
    { name: MANAGERS, title: MANAGERS, minutes: 720, cost: null, assessed: true },
    { name: CLOUD, title: CLOUD, minutes: 2400, cost: 300, assessed: true },
  ];
  for (const course of courses) {
    const alsoInLrs = new Set(who[course.name].xapi.map((p) => p.email));
    for (const person of who[course.name].csv) {
      const day = fy2025Day(rand());
      if (alsoInLrs.has(person.email)) {
        // Enrolled in the LMS, certified through the LRS: the LMS row still says In Progress.
        lines.push([course.title, person.email, person.name, '', 'In Progress', String(Math.round(course.minutes / 4)), '', ''].map(csvField).join(','));
        continue;
      }
      const name = rand() < 0.2 ? `${person.name.split(' ')[1]}, ${person.name.split(' ')[0]}` : person.name;
      const minutes = Math.round(course.minutes * (0.8 + rand() * 0.4));
      const cost = course.cost === null ? '' : String(course.cost);
      if (course.assessed && rand() < 0.1) {
        const earlier = new Date(day.getTime() - 14 * 86400000);
        lines.push([course.title, person.email, name, dmy(earlier), 'Failed', String(Math.round(minutes / 2)), String(40 + Math.floor(rand() * 25)), cost].map(csvField).join(','));
      }
      const score = course.assessed ? String(70 + Math.floor(rand() * 31)) : '';
      lines.push([course.title, person.email, name, dmy(day), course.assessed ? 'Passed' : 'Completed', String(minutes), score, cost].map(csvField).join(','));
    }
  }
  return `${lines.join('\r\n')}\r\n`;
}

function uuid(rand: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(rand() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const ADL = 'http://adlnet.gov/expapi/verbs/';
const ACTIVITY_IRI: Record<string, string> = {
  [DISCOVERY]: 'https://lms.growthcorp.example/activities/product-discovery-and-design-thinking',
  [CLOUD]: 'https://lms.growthcorp.example/activities/cloud-certification-path',
};

/** The xAPI file: an LRS StatementResult with every statement on its own line. */
export function growthcorpXapi(): string {
  const rand = random(1003);
  const who = cohorts();
  const statements: object[] = [];
  const statement = (person: Person, verb: string, activity: string, when: Date, result?: object): string => {
    const id = uuid(rand);
    statements.push({
      id,
      actor: { objectType: 'Agent', name: person.name, mbox: `mailto:${person.email}` },
      verb: { id: ADL + verb, display: { 'en-US': verb } },
      object: { objectType: 'Activity', id: ACTIVITY_IRI[activity], definition: { name: { 'en-US': activity }, type: 'http://adlnet.gov/expapi/activities/course' } },
      ...(result ? { result } : {}),
      timestamp: when.toISOString(),
      stored: new Date(when.getTime() + 1000).toISOString(),
      version: '1.0.3',
    });
    return id;
  };
  const at = (day: Date, hour: number): Date => new Date(day.getTime() + hour * 3600000 + Math.floor(rand() * 3600) * 1000);
  for (const person of who[DISCOVERY].xapi) {
    const day = fy2025Day(rand());
    statement(person, 'experienced', DISCOVERY, at(new Date(day.getTime() - 7 * 86400000), 9), { duration: 'PT2H' });
    statement(person, 'completed', DISCOVERY, at(day, 14), { completion: true, duration: `PT${10 + Math.floor(rand() * 5)}H${15 * Math.floor(rand() * 4)}M` });
  }
  for (const person of who[CLOUD].xapi) {
    const day = fy2025Day(rand());
    statement(person, 'attempted', CLOUD, at(new Date(day.getTime() - 21 * 86400000), 10));
    if (rand() < 0.15) {
      statement(person, 'failed', CLOUD, at(new Date(day.getTime() - 10 * 86400000), 10), { success: false, score: { raw: 25 + Math.floor(rand() * 10), min: 0, max: 50 }, duration: 'PT1H30M' });
    }
    const result = rand() < 0.5
      ? { success: true, completion: true, score: { scaled: Math.round((0.72 + rand() * 0.28) * 100) / 100 }, duration: 'PT1H30M' }
      : { success: true, completion: true, score: { raw: 36 + Math.floor(rand() * 15), min: 0, max: 50 }, duration: 'PT1H25M30S' };
    statement(person, 'passed', CLOUD, at(day, 11), result);
  }
  // A completion recorded for the wrong person, then voided by the LRS administrator.
  const mistaken: Person = { email: 'sample.mistake@growthcorp.example', name: 'Sample Mistake' };
  const wrong = statement(mistaken, 'completed', DISCOVERY, at(fy2025Day(0.5), 12), { completion: true, duration: 'PT12H' });
  const admin = { objectType: 'Agent', name: 'LRS Administrator', mbox: 'mailto:lrs.admin@growthcorp.example' };
  statements.push({
    id: uuid(rand),
    actor: admin,
    verb: { id: `${ADL}voided`, display: { 'en-US': 'voided' } },
    object: { objectType: 'StatementRef', id: wrong },
    timestamp: at(fy2025Day(0.55), 9).toISOString(),
    version: '1.0.3',
  });
  return `{"statements": [\n${statements.map((s) => JSON.stringify(s)).join(',\n')}\n], "more": ""}\n`;
}

/** The files this module makes, by path from the repository root. */
export const LEARNING_SAMPLES: Readonly<Record<string, () => string>> = {
  'examples/growthcorp-lms-export.csv': growthcorpLmsCsv,
  'examples/growthcorp-xapi.json': growthcorpXapi,
};

if (require.main === module) {
  for (const [path, make] of Object.entries(LEARNING_SAMPLES)) writeFileSync(join(__dirname, '..', path), make());
}
