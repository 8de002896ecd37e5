/**
 * LMS CSV exports -> learning records, through papaparse (RFC 4180 quoting, delimiter detection).
 *
 * Streaming: {@link LmsCsvReader} consumes papaparse's step results one row at a time, so a
 * 100,000-row export is never held as text and rows at once. Three ways in:
 * - {@link parseLmsCsv} for a string;
 * - {@link parseLmsCsvChunks} for an iterable or async iterable of text chunks (file slices, a
 *   Node stream with `setEncoding('utf8')`, lines), cut anywhere, even inside a quoted field;
 * - `Papa.parse(file, { ...reader.papaConfig(), complete: () => reader.finish() })` in a browser.
 *
 * Nothing is guessed: the date order of `03/04/2025` comes from the file's other dates (a day
 * above 12 decides) or from the caller's confirmed `dateOrder`; without either, those rows are
 * rejected with a reason and the result says `needsDateOrder`.
 */
import Papa from 'papaparse';
import { recordKey } from './key';
import { LearningMessages as M } from './messages';
import { LEARNING_STATUSES } from './types';
import type { LearningRecord, LearningStatus, ParseResult, Rejection, RejectionCode, SourceRef } from './types';
import {
  dateEvidence, isProblem, percentFromHeader, readDate, readDuration, readNumber, readScore, readStatus,
  settleDate, settleScore, unitFromHeader,
} from './values';
import type { DateOrder, DateReading, DurationUnit, ScoreReading, ScoreScale } from './values';

export type LmsField = 'activity' | 'activityId' | 'person' | 'personName' | 'firstName' | 'lastName' | 'date' | 'duration' | 'score' | 'status' | 'cost';

/**
 * Header synonyms, best first, compared case- and punctuation-insensitively with any bracketed
 * unit removed (`Duration (mins)` is `duration`). When two columns match a field, the earlier
 * synonym wins: `Employee ID` beats `User` for the person.
 */
export const HEADER_SYNONYMS: Readonly<Record<LmsField, readonly string[]>> = {
  activity: ['course', 'course title', 'course name', 'learning item', 'learning item title', 'learning item name', 'item title', 'item name', 'activity', 'activity name', 'activity title', 'learning activity', 'training', 'training title', 'training name', 'training item', 'program', 'programme', 'program name', 'content title', 'content name', 'learning content', 'learning title', 'curriculum', 'curriculum title', 'module', 'module name'],
  activityId: ['course id', 'course code', 'learning item id', 'item id', 'activity id', 'training id', 'content id', 'curriculum id'],
  person: ['employee id', 'user id', 'learner id', 'person id', 'student id', 'employee number', 'employee code', 'worker id', 'associate id', 'staff id', 'staff number', 'email', 'e mail', 'email address', 'work email', 'user email', 'learner email', 'employee email', 'user', 'learner', 'employee', 'student', 'username', 'user name', 'login', 'login id', 'user login', 'participant'],
  personName: ['name', 'full name', 'learner name', 'learner full name', 'employee name', 'employee full name', 'user full name', 'student name', 'participant name', 'display name'],
  firstName: ['first name', 'given name', 'forename', 'user first name'],
  lastName: ['last name', 'surname', 'family name', 'user last name'],
  date: ['completion date', 'completed on', 'date completed', 'completed date', 'completion date time', 'completed date time', 'completed', 'date of completion', 'completed at', 'completion time', 'transcript completed date', 'last completion date', 'certification date', 'award date', 'finish date', 'finished on', 'end date', 'date'],
  duration: ['hours', 'duration', 'time spent', 'learning hours', 'learning time', 'training hours', 'training time', 'credit hours', 'cpe hours', 'cpd hours', 'total hours', 'hours viewed', 'time viewed', 'time in course', 'minutes', 'total time', 'time', 'seat time', 'length'],
  score: ['score', 'grade', 'final score', 'final grade', 'test score', 'quiz score', 'assessment score', 'post test score', 'exam score', 'mark', 'percentage', 'percent'],
  status: ['status', 'completion status', 'course status', 'course completion status', 'transcript status', 'training status', 'learning status', 'assignment status', 'progress status', 'record status', 'enrollment status', 'enrolment status', 'registration status', 'completion state', 'state'],
  cost: ['cost', 'course cost', 'training cost', 'total cost', 'actual cost', 'price', 'price paid', 'fee', 'fees', 'fee paid', 'tuition'],
};

/** Cells that mean "no value" in exports: blank, a dash, N/A, null, none. */
const NO_VALUE = /^(-+|\u2013|\u2014|n\/?a|null|none|nil)$/i;

/** How messages name a required field that is missing, with the headers they suggest. */
const REQUIRED: ReadonlyArray<readonly ['activity' | 'person', string, readonly string[]]> = [
  ['activity', 'course (activity)', ['Course', 'Course Title', 'Learning Item', 'Activity', 'Training']],
  ['person', 'learner (person)', ['Employee ID', 'User ID', 'Email', 'User', 'Learner']],
];

/**
 * A header as compared with the synonyms: lower case, brackets dropped, punctuation as spaces; the
 * second key also drops a trailing unit word (`Duration Minutes` is `duration`, `Hours` stays `hours`),
 * and is used only to find the duration column (`Training Hours` is no training title).
 */
export function headerKeys(header: string): string[] {
  const full = header
    .replace(/^\ufeff/, '')
    .toLowerCase()
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .replace(/%|\bpct\b/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  const stripped = full.replace(/\s*\b(in )?(minutes|mins|min|hours|hrs|hr|seconds|secs|h)$/, '').trim();
  return stripped !== '' && stripped !== full ? [full, stripped] : [full];
}

export interface LmsCsvOptions {
  /** The file's name, for every record's and rejection's source. */
  readonly file?: string;
  /** The date order the user confirmed; when absent, the file's own unambiguous dates decide. */
  readonly dateOrder?: DateOrder;
  /** Header texts the user chose for fields, overriding the synonyms (e.g. from an import preview). */
  readonly columns?: Partial<Record<LmsField, string>>;
  /** Stop after this many data rows (a preview); the result's `stoppedEarly` then says so. */
  readonly maxRows?: number;
}

/** How many data rows every result keeps as read, for a preview of the file. */
export const SAMPLE_ROWS = 5;

export interface ColumnChoice {
  readonly field: LmsField;
  readonly header: string;
  readonly index: number;
}

/** What the file's day/month dates said, and which order was applied. */
export interface DateOrderFinding {
  /**
   * `none`: no day/month dates (ISO or month names only); `dmy`/`mdy`: at least one date with a day
   * above 12 decided it and none contradicts it; `ambiguous`: every day/month date had both parts
   * at most 12; `conflicting`: the file has both kinds.
   */
  readonly found: 'none' | DateOrder | 'ambiguous' | 'conflicting';
  /** The order applied: the caller's, else the one the file decided; null when neither. */
  readonly used: DateOrder | null;
  /** Rows whose day/month date had both parts at most 12 (and different). */
  readonly ambiguousRows: number;
  /** A row that shows each kind, e.g. `row 7: 13/04/2025`. */
  readonly examples: { readonly dmy?: string; readonly mdy?: string; readonly ambiguous?: string };
}

export interface LmsCsvResult extends ParseResult {
  readonly file: string;
  readonly delimiter: string;
  readonly header: readonly string[];
  readonly columns: readonly ColumnChoice[];
  /** Headers no field uses. */
  readonly ignoredColumns: readonly string[];
  readonly dateOrder: DateOrderFinding;
  /** True when some rows were rejected only because the date order is unknown: ask, then parse again. */
  readonly needsDateOrder: boolean;
  /** The unit of plain numbers in the duration column, from its header (hours when it names none). */
  readonly durationUnit: DurationUnit | null;
  /** The scale of plain numbers in the score column: percent when the header says so or any is above 1. */
  readonly scoreScale: ScoreScale | null;
  /** Empty lines (not rows, not counted in inputCount). */
  readonly blankLines: number;
  /** A problem with the whole file (no header, no course or learner column), or null. */
  readonly fileProblem: string | null;
  /** The first data rows as read (up to {@link SAMPLE_ROWS}), for a preview beside the detected columns. */
  readonly sample: readonly (readonly string[])[];
  /** True when `maxRows` stopped the parse before the end of the file. */
  readonly stoppedEarly: boolean;
}

interface Pending {
  readonly recordIndex: number;
  readonly dateText?: string;
  readonly date?: DateReading;
  readonly scoreText?: string;
  readonly score?: ScoreReading;
}

type MutableRecord = { -readonly [K in keyof LearningRecord]: LearningRecord[K] };

const LINE_BREAKS = /\r\n|\r|\n/g;
const countLineBreaks = (text: string): number => (text.match(LINE_BREAKS) ?? []).length;

/**
 * The delimiter, `,` `;` or tab: the one that splits the header row into the most fields (each
 * candidate parsed by papaparse), since the header defines the columns; when the header has none of
 * them, papaparse's own guess over the first rows.
 */
export function detectDelimiter(input: string): string {
  const sample = input.slice(0, 65536);
  const hint = /^\ufeff?sep=(.)\r?\n/i.exec(sample);
  if (hint && [',', ';', '\t'].includes(hint[1])) return hint[1];
  let best = '';
  let bestFields = 1;
  for (const delimiter of [',', ';', '\t']) {
    const header = Papa.parse<string[]>(sample, { delimiter, preview: 1, skipEmptyLines: 'greedy' }).data[0] ?? [];
    if (header.length > bestFields) {
      best = delimiter;
      bestFields = header.length;
    }
  }
  if (best) return best;
  return Papa.parse<string[]>(sample, { delimitersToGuess: [',', ';', '\t'], skipEmptyLines: true, preview: 10 }).meta.delimiter || ',';
}

/**
 * Consumes papaparse rows (header first) and builds records and rejections. Feed it with
 * {@link LmsCsvReader.papaConfig} or call {@link LmsCsvReader.row} yourself.
 */
export class LmsCsvReader {
  private readonly file: string;
  private header: string[] | null = null;
  private columns: ColumnChoice[] = [];
  private ignored: string[] = [];
  private missingReason: string | null = null;
  private index: Partial<Record<LmsField, number>> = {};
  private delimiter = ',';
  private durationUnit: DurationUnit | null = null;
  private percentHeader = false;
  private rowNumber = 0;
  private nextLine = 1;
  private blankLines = 0;
  private lastRowBlank = false;
  private stoppedEarly = false;
  private readonly sample: string[][] = [];
  private inputCount = 0;
  private readonly records: MutableRecord[] = [];
  private readonly rejections: Rejection[] = [];
  private readonly pending: Pending[] = [];
  private dmyExample: string | undefined;
  private mdyExample: string | undefined;
  private ambiguousExample: string | undefined;
  private ambiguousRows = 0;
  private anyScoreAboveOne = false;
  private finished: LmsCsvResult | null = null;

  constructor(private readonly options: LmsCsvOptions = {}) {
    this.file = options.file ?? 'export.csv';
  }

  /** The papaparse config that feeds this reader row by row (add `complete` for asynchronous inputs). */
  papaConfig(): Papa.ParseConfig<string[]> & { step: (result: Papa.ParseStepResult<string[]>, parser: Papa.Parser) => void } {
    return {
      header: false,
      skipEmptyLines: false,
      delimiter: detectDelimiter,
      step: (result, parser) => this.step(result, parser),
    };
  }

  /** True once `maxRows` rows were read. */
  get stopped(): boolean {
    return this.stoppedEarly;
  }

  /** One papaparse step result. */
  step(result: Papa.ParseStepResult<string[]>, parser?: Papa.Parser): void {
    if (this.stoppedEarly) return;
    if (result.meta.delimiter) this.delimiter = result.meta.delimiter;
    const errors = result.errors.filter((e) => e.code !== 'UndetectableDelimiter');
    this.row(result.data, errors);
    if (this.options.maxRows !== undefined && this.inputCount >= this.options.maxRows) {
      this.stoppedEarly = true;
      parser?.abort();
    }
  }

  /** One row of fields, with the papaparse errors found in it. */
  row(fields: readonly string[], errors: readonly Papa.ParseError[] = []): void {
    const line = this.nextLine;
    const spanned = fields.reduce((n, f) => n + countLineBreaks(f), 0);
    this.nextLine += 1 + spanned;
    // An empty line, or a row of empty cells (spreadsheets save formatted empty rows as `,,,,`).
    this.lastRowBlank = errors.length === 0 && fields.every((f) => f.trim() === '');
    if (this.lastRowBlank) {
      this.blankLines += 1;
      return;
    }
    // Excel's `sep=;` line before the header names the delimiter; it is no row.
    if (this.header === null && this.rowNumber === 0 && /^sep=.$/i.test(fields.join(this.delimiter).replace(/^\ufeff/, ''))) return;
    this.rowNumber += 1;
    if (this.header === null) {
      this.setHeader(fields);
      if (errors.length === 0) return;
    }
    this.inputCount += 1;
    if (this.sample.length < SAMPLE_ROWS) this.sample.push(fields.slice());
    const source: SourceRef = { kind: 'lms-csv', file: this.file, row: this.rowNumber, line };
    const reject = (code: RejectionCode, reason: string): void => {
      this.rejections.push({ source, code, reason });
    };
    if (errors.length > 0) {
      const missing = errors.some((e) => e.code === 'MissingQuotes');
      const invalid = errors.some((e) => e.code === 'InvalidQuotes');
      if (missing) reject('csv-syntax', (invalid ? `${M.malformedQuote} ` : '') + M.unterminatedQuote(spanned));
      else if (invalid) reject('csv-syntax', M.malformedQuote);
      else reject('csv-syntax', M.csvSyntax(errors.map((e) => e.message).join('; ')));
      return;
    }
    if (this.missingReason !== null) return reject('missing-column', this.missingReason);
    const expected = (this.header as string[]).length;
    // Some exporters end data rows (not the header) with a delimiter: empty extra fields are no data.
    const trailingEmpty = fields.length > expected && fields.slice(expected).every((f) => f.trim() === '');
    if (fields.length !== expected && !trailingEmpty) return reject('field-count', M.fieldCount(fields.length, expected));
    this.readRow(fields, source, reject);
  }

  private setHeader(fields: readonly string[]): void {
    const header = fields.map((f, i) => (i === 0 ? f.replace(/^\ufeff/, '') : f).trim());
    this.header = header;
    const keys = header.map(headerKeys);
    const same = (a: string, b: string): boolean => headerKeys(a)[0] === headerKeys(b)[0];
    const used = new Set<number>();
    const chosen: ColumnChoice[] = [];
    const fieldOrder: LmsField[] = ['activityId', 'activity', 'person', 'personName', 'firstName', 'lastName', 'date', 'duration', 'score', 'status', 'cost'];
    for (const field of fieldOrder) {
      const override = this.options.columns?.[field];
      let index = -1;
      if (override !== undefined) {
        index = header.findIndex((h, i) => !used.has(i) && (h === override || same(h, override)));
      } else {
        for (const synonym of HEADER_SYNONYMS[field]) {
          // The key without a unit word (`Duration Minutes` -> `duration`) only names a duration.
          index = keys.findIndex((k, i) => !used.has(i) && (field === 'duration' ? k.includes(synonym) : k[0] === synonym));
          if (index >= 0) break;
        }
      }
      if (index >= 0) {
        used.add(index);
        chosen.push({ field, header: header[index], index });
        this.index[field] = index;
      }
    }
    // A second person-like column (User beside Employee ID) names the person.
    if (this.index.personName === undefined && this.index.person !== undefined) {
      const nameIndex = keys.findIndex((k, i) => !used.has(i) && ['user', 'learner', 'employee', 'participant', 'user name', 'username'].includes(k[0]));
      if (nameIndex >= 0) {
        used.add(nameIndex);
        chosen.push({ field: 'personName', header: header[nameIndex], index: nameIndex });
        this.index.personName = nameIndex;
      }
    }
    this.columns = chosen.sort((a, b) => a.index - b.index);
    this.ignored = header.filter((_, i) => !used.has(i));
    const missing = REQUIRED.filter(([field]) => this.index[field] === undefined);
    if (missing.length > 0) this.missingReason = M.missingColumns(missing.map(([, what, suggested]) => [what, suggested] as const), header);
    if (this.index.duration !== undefined) this.durationUnit = unitFromHeader(header[this.index.duration]) ?? 'hours';
    if (this.index.score !== undefined) this.percentHeader = percentFromHeader(header[this.index.score]);
  }

  private readRow(fields: readonly string[], source: SourceRef, reject: (code: RejectionCode, reason: string) => void): void {
    const header = this.header as string[];
    const cell = (field: LmsField): string => {
      const i = this.index[field];
      return i === undefined ? '' : fields[i].trim();
    };
    /** An optional value's cell, with export placeholders (-, N/A, null) read as blank. */
    const value = (field: LmsField): string => {
      const text = cell(field);
      return NO_VALUE.test(text) ? '' : text;
    };
    const name = (field: LmsField): string => header[this.index[field] as number];

    const activity = cell('activity').replace(/\s+/g, ' ');
    if (activity === '') return reject('missing-value', M.missingValue(name('activity')));
    const personText = cell('person');
    if (personText === '') return reject('missing-value', M.missingValue(name('person')));
    const person = /@/.test(personText) ? personText.toLowerCase() : personText.replace(/\s+/g, ' ');

    const dateText = value('date');
    let date: DateReading | null = null;
    if (dateText !== '') {
      const reading = readDate(name('date'), dateText);
      if (isProblem(reading)) return reject('bad-date', reading.problem);
      date = reading;
    }

    const statusText = cell('status');
    let status: LearningStatus;
    if (this.index.status === undefined) status = 'completed';
    else if (statusText === '') {
      if (date === null) return reject('missing-value', M.blankStatusNoDate(name('status')));
      status = 'completed';
    } else {
      const known = readStatus(statusText);
      if (!known) return reject('bad-status', M.badStatus(name('status'), statusText, LEARNING_STATUSES.map(titleCase)));
      status = known;
    }

    let durationHours: number | null = null;
    const durationText = value('duration');
    if (durationText !== '') {
      const hours = readDuration(name('duration'), durationText, this.durationUnit ?? 'hours', this.delimiter);
      if (isProblem(hours)) return reject('bad-duration', hours.problem);
      durationHours = hours;
    }

    let score: ScoreReading | null = null;
    const scoreText = value('score');
    if (scoreText !== '') {
      const reading = readScore(name('score'), scoreText, this.delimiter, this.percentHeader);
      if (isProblem(reading)) return reject('bad-score', reading.problem);
      score = reading;
      if (reading.kind === 'plain' && reading.value > 1) this.anyScoreAboveOne = true;
    }

    let cost: number | null = null;
    const costText = value('cost');
    if (costText !== '') {
      const value = readNumber(costText, this.delimiter);
      if (value === undefined) return reject('bad-cost', M.badCost(name('cost'), costText));
      if (value < 0) return reject('bad-cost', M.negativeCost(name('cost'), costText));
      cost = value;
    }

    if (date && date.kind === 'slash') {
      const evidence = dateEvidence(date);
      const example = `row ${source.row}: ${dateText}`;
      if (evidence === 'dmy') this.dmyExample ??= example;
      else if (evidence === 'mdy') this.mdyExample ??= example;
      else if (evidence === 'ambiguous') {
        this.ambiguousRows += 1;
        this.ambiguousExample ??= example;
      }
    }

    const recordIndex = this.records.length;
    this.records.push({
      person,
      personName: cell('personName') || [cell('firstName'), cell('lastName')].filter((n) => n !== '').join(' ') || null,
      activity,
      activityId: cell('activityId') || null,
      date: date && date.kind === 'iso' ? date.iso : null,
      status,
      statusText,
      durationHours,
      score: score && score.kind === 'fraction' ? score.value : null,
      rawScore: scoreText === '' ? null : scoreText,
      cost,
      source,
      key: '',
    });
    const dateNeedsOrder = date !== null && date.kind === 'slash';
    const scoreNeedsScale = score !== null && score.kind === 'plain';
    if (dateNeedsOrder || scoreNeedsScale) {
      this.pending.push({
        recordIndex,
        dateText: dateNeedsOrder ? dateText : undefined,
        date: dateNeedsOrder ? (date as DateReading) : undefined,
        scoreText: scoreNeedsScale ? scoreText : undefined,
        score: scoreNeedsScale ? (score as ScoreReading) : undefined,
      });
    }
  }

  /**
   * papaparse, given a whole string that ends with a line break, steps one empty row past it (its
   * chunked inputs do not): that row is no line of the file.
   */
  endedWithLineBreak(): void {
    if (this.lastRowBlank) {
      this.blankLines -= 1;
      this.lastRowBlank = false;
    }
  }

  /** Settles dates and scores with the whole file's evidence, computes keys, and returns the result. */
  finish(): LmsCsvResult {
    if (this.finished) return this.finished;
    const found: DateOrderFinding['found'] =
      this.dmyExample && this.mdyExample ? 'conflicting'
        : this.dmyExample ? 'dmy'
          : this.mdyExample ? 'mdy'
            : this.ambiguousRows > 0 ? 'ambiguous' : 'none';
    const used: DateOrder | null = this.options.dateOrder ?? (found === 'dmy' || found === 'mdy' ? found : null);
    const scoreScale: ScoreScale = this.anyScoreAboveOne ? 'percent' : 'fraction';
    const dropped = new Set<number>();
    let needsDateOrder = false;
    const dateColumn = this.index.date === undefined ? '' : (this.header as string[])[this.index.date];
    for (const p of this.pending) {
      const record = this.records[p.recordIndex];
      if (p.date && p.dateText !== undefined) {
        let settled: string | { problem: string };
        if (used === null && found === 'conflicting' && dateEvidence(p.date) !== 'none') {
          settled = { problem: M.conflictingDateOrders(dateColumn, p.dateText, this.dmyExample as string, this.mdyExample as string) };
        } else {
          settled = settleDate(dateColumn, p.dateText, p.date, used ?? undefined);
        }
        if (isProblem(settled)) {
          const code: RejectionCode = used === null ? 'date-order' : 'bad-date';
          if (code === 'date-order') needsDateOrder = true;
          this.rejections.push({ source: record.source, code, reason: settled.problem });
          dropped.add(p.recordIndex);
          continue;
        }
        record.date = settled;
      }
      if (p.score) record.score = settleScore(p.score, scoreScale);
    }
    const records: LearningRecord[] = [];
    for (let i = 0; i < this.records.length; i++) {
      if (dropped.has(i)) continue;
      const r = this.records[i];
      r.key = recordKey({ kind: 'lms-csv', person: r.person, activity: r.activity, date: r.date, status: r.status });
      records.push(r);
    }
    this.rejections.sort((a, b) => (a.source.row ?? 0) - (b.source.row ?? 0));
    this.finished = {
      file: this.file,
      records,
      rejections: this.rejections,
      inputCount: this.inputCount,
      delimiter: this.delimiter,
      header: this.header ?? [],
      columns: this.columns,
      ignoredColumns: this.ignored,
      dateOrder: {
        found,
        used,
        ambiguousRows: this.ambiguousRows,
        examples: { dmy: this.dmyExample, mdy: this.mdyExample, ambiguous: this.ambiguousExample },
      },
      needsDateOrder,
      durationUnit: this.durationUnit,
      scoreScale: this.index.score === undefined ? null : this.percentHeader ? 'percent' : scoreScale,
      blankLines: this.blankLines,
      fileProblem: this.header === null ? M.emptyCsv : this.missingReason,
      sample: this.sample,
      stoppedEarly: this.stoppedEarly,
    };
    return this.finished;
  }
}

function titleCase(text: string): string {
  return text.replace(/\b[a-z]/g, (c) => c.toUpperCase()).replace(/\bId\b/, 'ID');
}

/**
 * Parses a whole LMS CSV export held as one string.
 *
 * @example parseLmsCsv('Course,User,Completion Date\nSQL Basics,ana@x.com,2025-03-14\n').records[0].date // '2025-03-14'
 */
export function parseLmsCsv(text: string, options: LmsCsvOptions = {}): LmsCsvResult {
  const reader = new LmsCsvReader(options);
  Papa.parse<string[]>(text, reader.papaConfig());
  if (/[\r\n]$/.test(text)) reader.endedWithLineBreak();
  return reader.finish();
}

/**
 * The minimal readable-stream face papaparse accepts (`readable`, `read`, `on`, `removeListener`,
 * `pause`, `resume`): lets any sequence of text chunks be parsed incrementally with papaparse's own
 * chunk joining, without Node's stream module (so it also runs in browsers and Apps Script).
 */
class ChunkFeed {
  readonly readable = true;
  private readonly listeners = new Map<string, (arg?: unknown) => void>();
  read(): void { /* data is pushed */ }
  pause(): void { /* the feeder waits for nothing: each push is parsed synchronously */ }
  resume(): void { /* see pause */ }
  on(event: string, listener: (arg?: unknown) => void): this {
    this.listeners.set(event, listener);
    return this;
  }
  removeListener(event: string): this {
    this.listeners.delete(event);
    return this;
  }
  emit(event: 'data' | 'end' | 'error', arg?: unknown): void {
    this.listeners.get(event)?.(arg);
  }
}

/** At least this much text goes into the first chunk papaparse sees, so delimiter detection sees rows. */
const FIRST_CHUNK = 65536;

/**
 * Parses an LMS CSV export given as lines without their line endings (as a line reader yields them).
 */
export function parseLmsCsvLines(lines: Iterable<string> | AsyncIterable<string>, options: LmsCsvOptions = {}): Promise<LmsCsvResult> {
  async function* withBreaks(): AsyncGenerator<string> {
    for await (const line of lines as AsyncIterable<string>) yield `${line}\n`;
  }
  return parseLmsCsvChunks(withBreaks(), options);
}

/**
 * Parses an LMS CSV export from text chunks cut anywhere (inside a row or a quoted field too):
 * an array of lines, file slices, or an async iterable such as a Node stream with UTF-8 encoding.
 * Rows go to the reader as soon as they are complete; the text is not kept.
 */
export async function parseLmsCsvChunks(
  chunks: Iterable<string> | AsyncIterable<string>,
  options: LmsCsvOptions = {},
): Promise<LmsCsvResult> {
  const reader = new LmsCsvReader(options);
  const feed = new ChunkFeed();
  let failure: unknown = null;
  Papa.parse<string[]>(feed as unknown as string, { ...reader.papaConfig(), error: (e: unknown) => { failure = e; } } as Papa.ParseConfig<string[]>);
  let head = '';
  let started = false;
  const push = (chunk: string): void => {
    if (started) {
      feed.emit('data', chunk);
      return;
    }
    head += chunk;
    if (head.length >= FIRST_CHUNK) {
      started = true;
      feed.emit('data', head.replace(/^\ufeff/, ''));
      head = '';
    }
  };
  for await (const chunk of chunks as AsyncIterable<string>) {
    push(typeof chunk === 'string' ? chunk : String(chunk));
    if (reader.stopped) break;
  }
  if (!started && head !== '') feed.emit('data', head.replace(/^\ufeff/, ''));
  feed.emit('end');
  if (failure) throw failure instanceof Error ? failure : new Error(String(failure));
  return reader.finish();
}
