/**
 * The ld-import command (its entry file is cli/ld-import.ts):
 * `npx ld-import <workbook.xlsx> <export.csv|statements.json>... [--out new.xlsx | --in-place] [--mapping auto|strict] [--dates dmy|mdy] [--map "Activity=Initiative"]... [--today YYYY-MM-DD] [--json]`
 *
 * Appends LMS CSV rows and xAPI statements to the Learning data sheet of a copy of a framework
 * workbook (core/learning parses, matches and plans the append; ./ld-import-xlsx.ts edits the
 * package). Exit status: 0 when every record was imported (or was already there), 1 when rows were
 * rejected or activities are unmatched (listed; the rest is imported), 2 when a file cannot be read,
 * the workbook has no framework with a Learning data sheet, a CSV's date order is ambiguous and
 * `--dates` is not given, or the command line is wrong (then nothing is written). Never a stack trace.
 */
import { existsSync, lstatSync, readFileSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'fs';
import { basename, dirname, extname, join, resolve } from 'path';
import { findFramework } from '../core/framework/resolve';
import { isIsoDate } from '../core/insights/cells';
import { NotAFrameworkError, readFramework } from '../core/insights/read';
import { locateTable } from '../core/insights/table';
import type { ReadProblem } from '../core/insights/model';
import {
  acceptProposals, isExclusion, mappingsFromRows, matchActivities, parseLmsCsv, parseXapi, planAppend, sourceText,
  type AppendPlan, type DateOrder, type LearningRecord, type MatchKind, type MatchedBy, type Proposal, type Rejection,
} from '../core/learning';
import { LEARNING_TABLE, MAPPINGS_TABLE } from '../core/templates/layout';
import type { TableDef } from '../core/templates/layout';
import { AppendConflictError, appendToPackage, type SheetAppend } from './ld-import-xlsx';
import { argumentsExit, failure, fileErrorReason, firstLine } from './exit';
import { escapeJsonUnsafe, terminalSafe } from './markdown';
import { LIMITS, UnreadableFileError, xlsxSource } from './xlsx-source';

export const EXIT = { clean: 0, incomplete: 1, unreadable: 2 } as const;

export const USAGE = `Usage: ld-import <workbook.xlsx> <export.csv|statements.json>... [--out FILE | --in-place] [--mapping auto|strict] [--dates dmy|mdy] [--map "Activity=Initiative"]... [--json]

Appends LMS exports (CSV) and xAPI statements (JSON) to the Learning data sheet of a copy of an
L&D framework workbook. Records already in the workbook are skipped: importing a file again adds nothing.
  --out FILE           where to write the updated copy (default: <workbook>-imported.xlsx beside it,
                       which must not exist yet); an existing FILE is replaced, never the workbook itself
  --in-place           update the workbook itself instead of a copy
  --mapping auto       import activities whose name matches an initiative exactly or apart from case,
                       accents, punctuation and "&"/"and" (the default), or that the Mappings sheet maps
  --mapping strict     import only exact names and the Mappings sheet's mappings
  --dates dmy|mdy      how to read CSV dates like 03/04/2025 when the file does not settle it
  --map "A=I"          map activity A to initiative I (remembered on the Mappings sheet); repeatable
  --today DATE         the import's date, YYYY-MM-DD (default: today, UTC)
  --json               machine-readable summary
Exit status: 0 everything imported, 1 rows rejected or activities unmatched (listed; the rest imported),
2 a file cannot be read (nothing written).`;

/** The largest CSV or JSON file read (the bound of ld-report's workbooks). */
export const DATA_FILE_BYTES = LIMITS.fileBytes;

export interface ImportArgs {
  workbook: string;
  files: string[];
  out?: string;
  inPlace: boolean;
  mapping: 'auto' | 'strict';
  dates?: DateOrder;
  maps: [string, string][];
  today: string;
  json: boolean;
}

export function parseArgs(argv: readonly string[], now: Date = new Date()): ImportArgs | string {
  const args: Partial<ImportArgs> & { files: string[]; maps: [string, string][] } = {
    files: [], maps: [], inPlace: false, mapping: 'auto', json: false, today: now.toISOString().slice(0, 10),
  };
  for (let k = 0; k < argv.length; k++) {
    const a = argv[k];
    const next = (): string => {
      const v = argv[++k];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    try {
      if (a === '--json') args.json = true;
      else if (a === '--in-place') args.inPlace = true;
      else if (a === '--out' || a === '-o') args.out = next();
      else if (a === '--today') args.today = next();
      else if (a === '--mapping') {
        const v = next();
        if (v !== 'auto' && v !== 'strict') return `--mapping must be auto or strict, not "${v}"`;
        args.mapping = v;
      } else if (a === '--dates') {
        const v = next().toLowerCase();
        if (v !== 'dmy' && v !== 'mdy') return `--dates must be dmy (day/month/year) or mdy (month/day/year), not "${v}"`;
        args.dates = v;
      } else if (a === '--map') {
        const v = next();
        const at = v.lastIndexOf('=');
        if (at <= 0 || at === v.length - 1) return `--map needs "Activity=Initiative", not "${v}"`;
        args.maps.push([v.slice(0, at).trim(), v.slice(at + 1).trim()]);
      } else if (a === '--help' || a === '-h') return '';
      else if (a.startsWith('-') && a !== '-') return `unknown option ${a}`;
      else if (args.workbook === undefined) args.workbook = a;
      else args.files.push(a);
    } catch (error) {
      return (error as Error).message;
    }
  }
  if (args.workbook === undefined) return 'no workbook given';
  if (args.files.length === 0) return 'no learning data file given (an LMS export .csv or xAPI statements .json)';
  if (args.inPlace && args.out !== undefined) return '--in-place and --out cannot be used together';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(args.today!) || !isIsoDate(args.today!)) return `--today must be a date written YYYY-MM-DD, not "${args.today}"`;
  return args as ImportArgs;
}

/** A problem that stops the import before anything is written (exit 2). */
class StopError extends Error {}

/** The default copy: `<name>-imported.xlsx` beside the workbook. */
export function defaultOut(workbook: string): string {
  const ext = extname(workbook);
  return join(dirname(workbook), `${basename(workbook, ext)}-imported${ext || '.xlsx'}`);
}

/**
 * The file a copy is written to: `path` itself, or the file a symbolic link names. The copy replaces
 * only a file, never a device (as root, renaming over /dev/null made it an .xlsx), a pipe or a folder.
 */
function fileToReplace(path: string): string {
  let found;
  try {
    found = lstatSync(path);
  } catch {
    return path; // not there yet: it is created
  }
  let real = path;
  if (found.isSymbolicLink()) {
    try {
      real = realpathSync(path);
    } catch (error) {
      throw new StopError(`cannot write ${path}: it is a symbolic link to ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'nothing' : 'a path that cannot be followed'}; name the file itself`);
    }
    found = statSync(real);
  }
  if (found.isDirectory()) throw new StopError(`cannot write ${path}: it is a folder; name a file in it, e.g. ${join(path, 'framework-imported.xlsx')}`);
  if (!found.isFile()) throw new StopError(`cannot write ${path}: it is a pipe, a device or a socket, not a file`);
  return real;
}

function samePath(a: string, b: string): boolean {
  const real = (p: string) => {
    try {
      return realpathSync(p);
    } catch {
      return resolve(p);
    }
  };
  return real(a) === real(b);
}

function readDataFile(path: string): string {
  const fail = (why: string) => new StopError(`cannot read ${path}: ${why}`);
  let data: Buffer;
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw fail('it is a folder, not a file');
    if (!stat.isFile()) throw fail('it is a pipe, a device or a socket, not a file');
    if (stat.size > DATA_FILE_BYTES) throw fail(`it is larger than the ${DATA_FILE_BYTES / (1024 * 1024)} MiB ld-import reads`);
    data = readFileSync(path);
  } catch (error) {
    if (error instanceof StopError) throw error;
    throw fail(fileErrorReason(error));
  }
  if (data.length >= 4 && data.readUInt32LE(0) === 0x04034b50) throw fail('it is a zip archive (a workbook?), not a CSV or JSON file; save the export as CSV');
  if (data.length >= 8 && data.readUInt32LE(0) === 0xe011cfd0) throw fail('it is an Excel 97-2003 or other Office file, not a CSV or JSON file; save the export as CSV');
  if (data.subarray(0, 5).toString('latin1') === '%PDF-') throw fail('it is a PDF document, not a CSV or JSON file');
  if (data.length >= 2 && ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff))) return new TextDecoder(data[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(data);
  // A NUL byte is in no text file (a UTF-16 one without its BOM aside); other controls may be in a hostile cell.
  if (data.subarray(0, 4096).includes(0)) throw fail('it is a binary file, not a CSV or JSON file');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    // Not UTF-8: Excel's "CSV" on Windows writes the ANSI code page, Windows-1252 in the West.
    return new TextDecoder('windows-1252').decode(data);
  }
}

/** The most characters one CSV row may hold: far more than an LMS export's row, few enough that matching its activity stays quick. */
export const CSV_ROW_CHARS = 64 * 1024;

/**
 * A CSV text's rows (line breaks outside quoted fields, RFC 4180 §2: CRLF, LF or CR) and its first row
 * longer than {@link CSV_ROW_CHARS}, counted before parsing, so that a file ld-import would refuse
 * anyway (more rows than the Learning data sheet holds, a 10 MB field) costs one pass, not a parse.
 */
export function csvShape(text: string): { rows: number; long?: { row: number; chars: number } } {
  let rows = 0;
  let start = 0;
  let quoted = false;
  let long: { row: number; chars: number } | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) quoted = !quoted;
    else if (!quoted && (c === 10 || c === 13)) {
      if (long === undefined && i - start > CSV_ROW_CHARS) long = { row: rows + 1, chars: i - start };
      rows++;
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  if (start < text.length) {
    if (long === undefined && text.length - start > CSV_ROW_CHARS) long = { row: rows + 1, chars: text.length - start };
    rows++;
  }
  return long ? { rows, long } : { rows };
}

/** xAPI when the name says JSON or the text starts like JSON; CSV otherwise. */
function isJson(path: string, text: string): boolean {
  if (/\.(json|jsonl|ndjson)$/i.test(path)) return true;
  if (/\.(csv|tsv|txt)$/i.test(path)) return false;
  return /^\ufeff?\s*[[{]/.test(text);
}

interface Listed {
  readonly where: string;
  readonly code: string;
  readonly reason: string;
}

interface UnmatchedListed {
  readonly activity: string;
  readonly records: number;
  readonly first: string;
  /** The proposal a person must confirm (`--mapping auto` or `strict` did not accept it), or null. */
  readonly proposal: { readonly initiative: string; readonly kind: MatchKind; readonly score: number } | null;
}

export interface ImportSummary {
  readonly workbook: string;
  readonly out: string | null;
  readonly ok: boolean;
  /** The id written in the rows added; null when none was added. */
  readonly importId: string | null;
  readonly files: readonly { readonly file: string; readonly kind: 'lms-csv' | 'xapi'; readonly inputs: number; readonly records: number; readonly more?: string }[];
  readonly counts: AppendPlan['counts'] & { readonly rejected: number; readonly excluded: number; readonly mappingsAdded: number };
  readonly rejected: readonly Listed[];
  readonly excluded: readonly Listed[];
  readonly unmatched: readonly UnmatchedListed[];
  readonly mappingsAdded: readonly { readonly activity: string; readonly initiative: string; readonly matchedBy: string }[];
}

const ACCEPT: Readonly<Record<ImportArgs['mapping'], readonly MatchKind[]>> = {
  auto: ['confirmed', 'exact', 'normalised'],
  strict: ['confirmed', 'exact'],
};

const listed = (r: Rejection): Listed => ({ where: sourceText(r.source), code: r.code, reason: r.reason });

function rowsOf(grid: readonly (readonly unknown[])[], first: number, columns: readonly number[]): unknown[][] {
  const out: unknown[][] = [];
  for (let r = first; r <= grid.length; r++) {
    const row = grid[r - 1] ?? [];
    out.push(columns.map((c) => row[c - 1] ?? null));
  }
  return out;
}

const blank = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/** A table's columns on its sheet (by header, as the reader finds them) and the first free row below its values. */
function tableOn(sheet: string, grid: readonly (readonly unknown[])[], layout: TableDef<string>) {
  const problems: ReadProblem[] = [];
  const found = locateTable(sheet, grid, layout, problems);
  if (found.matched < Math.ceil(layout.defs.length / 2)) {
    throw new StopError(`the sheet ${sheet} has lost its ${layout.table} headers (row ${layout.headerRow}: ${layout.defs.map((d) => d.header).join(', ')}); restore them, or build the framework again with Set up`);
  }
  const columns = layout.defs.map((d) => found.columns.get(d.key)!);
  let lastUsed = found.headerRow;
  for (let r = grid.length; r > found.headerRow; r--) {
    const row = grid[r - 1] ?? [];
    if (columns.some((c) => !blank(row[c - 1]))) {
      lastUsed = r;
      break;
    }
  }
  const numberFormats = new Map<number, string>();
  layout.defs.forEach((d, i) => {
    if (d.numberFormat) numberFormats.set(columns[i], d.numberFormat);
  });
  return { headerRow: found.headerRow, columns, startRow: lastUsed + 1, numberFormats, rows: rowsOf(grid, found.headerRow + 1, columns) };
}

export async function main(argv: readonly string[], out: (text: string) => void, err: (text: string) => void): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') return argumentsExit('ld-import', args, USAGE, out, err);
  const fail = failure('ld-import', args.json ? { workbook: args.workbook } : undefined, out, err);
  try {
    const summary = await run(args);
    if (args.json) out(jsonSafe(JSON.stringify(summary, null, 2)));
    else out(textSummary(summary));
    return summary.ok ? EXIT.clean : EXIT.incomplete;
  } catch (error) {
    if (error instanceof StopError || error instanceof UnreadableFileError || error instanceof AppendConflictError) return fail(error.message);
    if (error instanceof NotAFrameworkError) return fail(`${basename(args.workbook)}: ${error.message}`);
    return fail(`cannot import into ${args.workbook}: ${firstLine(error)}`);
  }
}

/** A table's place on its sheet, without its rows. */
type TablePlace = Omit<ReturnType<typeof tableOn>, 'rows'>;

const place = ({ rows: _rows, ...rest }: ReturnType<typeof tableOn>): TablePlace => rest;

/** What an import needs of the workbook: the framework by its markers, its initiatives, the Learning data and Mappings tables' places, the keys and mappings already there. */
async function readWorkbook(path: string) {
  const source = await xlsxSource(path);
  const framework = findFramework(source);
  if (!framework.ok) throw new NotAFrameworkError(framework.reason, framework.missing);
  const learningSheet = framework.sheets.Learning;
  const mappingsSheet = framework.sheets.Mappings;
  if (learningSheet === undefined) {
    throw new StopError(`${basename(path)}: its L&D framework has no Learning data sheet (it was built before imports existed, or the sheet was deleted); set up the framework again in Excel or Google Sheets to add one (your sheets stay as they are), then import`);
  }
  const { model } = readFramework(source, { framework });
  const initiatives = [...new Set(model.initiatives.map((i) => i.name.value).filter((n): n is string => n !== null && n.trim() !== ''))];
  const learning = tableOn(learningSheet, source.values(learningSheet), LEARNING_TABLE as unknown as TableDef<string>);
  // Without a Mappings sheet (deleted), nothing is remembered: every import matches afresh.
  const mappings = mappingsSheet === undefined ? undefined : tableOn(mappingsSheet, source.values(mappingsSheet), MAPPINGS_TABLE as unknown as TableDef<string>);
  const keyIndex = LEARNING_TABLE.defs.findIndex((d) => d.key === 'key');
  return {
    learningSheet,
    mappingsSheet,
    initiatives,
    learning: place(learning),
    mappings: mappings === undefined ? undefined : place(mappings),
    existingKeys: learning.rows.map((r) => r[keyIndex]).filter((k): k is string => typeof k === 'string' && k !== ''),
    existingMappings: mappingsFromRows(mappings?.rows ?? []),
  };
}

async function run(args: ImportArgs): Promise<ImportSummary> {
  // Where to write, decided before anything is read, so a refusal costs nothing.
  const named = args.inPlace ? args.workbook : args.out ?? defaultOut(args.workbook);
  const target = fileToReplace(named);
  if (!args.inPlace && samePath(target, args.workbook)) {
    throw new StopError(`--out names the workbook itself (${args.workbook}); to update it in place, say --in-place instead`);
  }
  if (!args.inPlace && args.out === undefined && existsSync(target)) {
    throw new StopError(`${target} already exists; name the copy with --out FILE (an existing FILE is replaced) or remove it`);
  }

  // The workbook: only what the import needs is kept, so its parsed sheets (the whole Learning data
  // sheet) are garbage before the files are parsed and the package is rewritten.
  const { learningSheet, mappingsSheet, initiatives, learning, mappings, existingKeys, existingMappings } = await readWorkbook(args.workbook);

  // --map: each initiative must exist (as Alignment spells it, or apart from case).
  const chosen = new Map<string, string>();
  for (const [activity, initiative] of args.maps) {
    const known = initiatives.find((n) => n === initiative) ?? initiatives.find((n) => n.toLowerCase() === initiative.toLowerCase());
    if (known === undefined) throw new StopError(`--map "${activity}=${initiative}": the workbook has no initiative named "${initiative}" (its initiatives: ${initiatives.join(', ')})`);
    chosen.set(activity, known);
  }

  // The files: every one read and parsed before anything is written.
  const records: LearningRecord[] = [];
  const rejections: Rejection[] = [];
  const files: { file: string; kind: 'lms-csv' | 'xapi'; inputs: number; records: number; more?: string }[] = [];
  const jsonFiles: { name: string; text: string }[] = [];
  let csvRows = 0;
  for (const path of args.files) {
    const text = readDataFile(path);
    const name = basename(path);
    if (isJson(path, text)) {
      jsonFiles.push({ name, text });
      continue;
    }
    const shape = csvShape(text);
    if (shape.long) {
      throw new StopError(`${path} row ${shape.long.row.toLocaleString('en-US')} is ${shape.long.chars.toLocaleString('en-US')} characters long, more than the ${CSV_ROW_CHARS.toLocaleString('en-US')} ld-import reads in one row (a quote left open?); nothing was imported`);
    }
    csvRows += Math.max(0, shape.rows - 1); // the header
    if (csvRows > LIMITS.learningRows) {
      throw new StopError(`${path}: the CSV files hold ${csvRows.toLocaleString('en-US')} rows, beyond the ${LIMITS.learningRows.toLocaleString('en-US')} rows ld-report and ld-import read on the Learning data sheet; keep older records in another workbook and import into a fresh framework (nothing was written)`);
    }
    const csv = parseLmsCsv(text, { file: name, dateOrder: args.dates });
    if (csv.fileProblem) throw new StopError(`cannot read ${path}: ${csv.fileProblem}`);
    if (csv.needsDateOrder) {
      const { ambiguous, dmy, mdy } = csv.dateOrder.examples;
      const why = csv.dateOrder.found === 'conflicting' ? `has both day/month dates (${dmy}) and month/day dates (${mdy})` : `has dates that could be day/month or month/day (${ambiguous ?? dmy ?? mdy})`;
      throw new StopError(`${path} ${why}; say how to read them with --dates dmy or --dates mdy (nothing was imported)`);
    }
    // One by one: spreading 200,000 records into push() overflows the call stack.
    for (const record of csv.records) records.push(record);
    for (const rejection of csv.rejections) rejections.push(rejection);
    files.push({ file: name, kind: 'lms-csv', inputs: csv.inputCount, records: csv.records.length });
  }
  if (jsonFiles.length > 0) {
    const xapi = parseXapi(jsonFiles);
    const unreadable = xapi.files.find((f) => f.problem !== null);
    if (unreadable) throw new StopError(`cannot read ${args.files.find((p) => basename(p) === unreadable.name) ?? unreadable.name}: ${unreadable.problem}`);
    // As many statements as CSV rows at most, checked before anything is written: 2 million "{}" in a
    // 6 MB file wrote the copy and then failed to list its 2 million rejections ("Invalid string length").
    const statements = xapi.files.reduce((n, f) => n + f.statements, 0);
    if (csvRows + statements > LIMITS.learningRows) {
      throw new StopError(`the files hold ${(csvRows + statements).toLocaleString('en-US')} records and statements, beyond the ${LIMITS.learningRows.toLocaleString('en-US')} rows ld-report and ld-import read on the Learning data sheet; split them, keep older records in another workbook and import into a fresh framework (nothing was written)`);
    }
    for (const record of xapi.records) records.push(record);
    for (const rejection of xapi.rejections) rejections.push(rejection);
    for (const f of xapi.files) {
      const records = xapi.records.filter((r) => r.source.file === f.name).length;
      files.push({ file: f.name, kind: 'xapi', inputs: f.statements, records, ...(f.more ? { more: f.more } : {}) });
    }
  }

  // Matching: confirmed (the Mappings sheet, then --map), exact, normalised; close ones are listed to confirm.
  const confirmed = new Map([...existingMappings, ...chosen]);
  const match = matchActivities(records.map((r) => r.activity), initiatives, { confirmed });
  const accepted = acceptProposals(match, ACCEPT[args.mapping]);
  const matchedBy = new Map<string, MatchedBy>();
  for (const p of match.proposals) matchedBy.set(p.activity, chosen.get(p.activity) === p.initiative && p.kind === 'confirmed' ? 'user' : p.kind);
  const appended = planAppend({ records, mapping: accepted.mapping, matchedBy, existingKeys, existingMappings, today: args.today });
  const plan = mappings === undefined ? { ...appended, mappingRows: [] } : appended;

  const lastRow = learning.startRow + plan.rows.length - 1;
  if (plan.rows.length > 0 && lastRow > LIMITS.learningRows) {
    throw new StopError(`the Learning data sheet would reach row ${lastRow.toLocaleString('en-US')}, beyond the ${LIMITS.learningRows.toLocaleString('en-US')} rows ld-report and ld-import read; keep older records in another workbook and import into a fresh framework (nothing was written)`);
  }

  // Write: the copy (or the workbook itself, only with --in-place), atomically.
  const changed = plan.rows.length > 0 || plan.mappingRows.length > 0;
  let written: string | null = null;
  if (changed || !args.inPlace) {
    const data = readFileSync(args.workbook);
    const bytes = changed
      ? await appendToPackage(data, [
          { sheet: learningSheet, headerRow: learning.headerRow, startRow: learning.startRow, columns: learning.columns, numberFormats: learning.numberFormats, rows: plan.rows },
          ...(mappings === undefined || mappingsSheet === undefined ? [] : [
            { sheet: mappingsSheet, headerRow: mappings.headerRow, startRow: mappings.startRow, columns: mappings.columns, numberFormats: mappings.numberFormats, rows: plan.mappingRows },
          ]),
        ] satisfies SheetAppend[])
      : data;
    const temporary = join(dirname(resolve(target)), `.${basename(target)}.${process.pid}.tmp`);
    try {
      writeFileSync(temporary, bytes);
      renameSync(temporary, target);
    } catch (error) {
      rmSync(temporary, { force: true });
      throw new StopError(`cannot write ${target}: ${fileErrorReason(error)}`);
    }
    written = target;
  }

  const toConfirm = new Map<string, Proposal>(accepted.toConfirm.map((p) => [p.activity, p]));
  const rejected = rejections.filter((r) => !isExclusion(r)).map(listed);
  const excluded = rejections.filter(isExclusion).map(listed);
  const unmatched: UnmatchedListed[] = plan.unmatched.map((u) => {
    const p = toConfirm.get(u.activity);
    return { activity: u.activity, records: u.records, first: sourceText(u.first), proposal: p ? { initiative: p.initiative, kind: p.kind, score: p.score } : null };
  });
  return {
    workbook: args.workbook,
    out: written,
    ok: rejected.length === 0 && unmatched.length === 0,
    importId: plan.rows.length > 0 ? plan.importId : null,
    files,
    counts: { ...plan.counts, rejected: rejected.length, excluded: excluded.length, mappingsAdded: plan.mappingRows.length },
    rejected,
    excluded,
    unmatched,
    mappingsAdded: plan.mappingRows.map((r) => ({ activity: String(r[0]), initiative: String(r[1]), matchedBy: String(r[2]) })),
  };
}

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
const quoted = (text: string) => `"${text.replace(/\s*[\n\r]+\s*/g, ' ')}"`;

/** The summary for people; every line through the terminal filter. */
export function textSummary(s: ImportSummary): string {
  const lines: string[] = [];
  lines.push(s.out === null ? `${s.workbook}: nothing to add, left unchanged.` : `${s.workbook} -> ${s.out}`);
  for (const f of s.files) {
    lines.push(`  ${f.file}: ${plural(f.inputs, f.kind === 'xapi' ? 'statement' : 'row')}, ${plural(f.records, 'record')}`);
    // A StatementResult page: the LRS holds more statements; ld-import never fetches them.
    if (f.more) lines.push(`    the LRS has more statements than this file (more: ${f.more}); export them too and import them with it`);
  }
  const c = s.counts;
  lines.push(`Learning data: ${plural(c.added, 'row')} added${s.importId === null ? '' : ` (import ${s.importId})`}, ${c.alreadyThere.toLocaleString('en-US')} already there, ${c.repeated.toLocaleString('en-US')} repeated in these files.`);
  if (s.mappingsAdded.length > 0) {
    lines.push(`Mappings: ${plural(s.mappingsAdded.length, 'mapping')} remembered:`);
    for (const m of s.mappingsAdded) lines.push(`  ${quoted(m.activity)} -> ${quoted(m.initiative)} (${m.matchedBy})`);
  }
  if (s.excluded.length > 0) {
    lines.push(`Left out by design (${s.excluded.length}):`);
    for (const r of s.excluded) lines.push(`  ${r.where}: ${r.reason}`);
  }
  if (s.rejected.length > 0) {
    lines.push(`Rejected (${s.rejected.length}), not imported:`);
    for (const r of s.rejected) lines.push(`  ${r.where}: ${r.reason}`);
  }
  if (s.unmatched.length > 0) {
    lines.push(`Unmatched activities (${s.unmatched.length}), ${plural(c.unmatched, 'record')} not imported:`);
    for (const u of s.unmatched) {
      const what = u.proposal
        ? `close to ${quoted(u.proposal.initiative)} (${u.proposal.kind}, ${Math.round(u.proposal.score * 100)}%); to confirm it, import again with --map ${quoted(`${u.activity}=${u.proposal.initiative}`)}`
        : 'no initiative matches; add it on Alignment, or import again with --map "Activity=Initiative"';
      lines.push(`  ${quoted(u.activity)} (${plural(u.records, 'record')}, first at ${u.first}): ${what}`);
    }
  }
  lines.push(s.ok ? 'Everything was imported.' : 'Not everything was imported: see above, fix and import again (what is there now is skipped).');
  return `${terminalSafe(lines.join('\n'), true)}\n`;
}

/** JSON with the characters a terminal could obey escaped (as ld-report's --json). */
function jsonSafe(json: string): string {
  return `${escapeJsonUnsafe(json)}\n`;
}
