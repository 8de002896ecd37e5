/**
 * ld-import on hostile files (issue 10's bounds, which ld-import shares with ld-report: one clear line
 * on failure, nothing written, memory and time bounded). The workbook is the GrowthCorp example written
 * by the project's .xlsx writer, with parts replaced; the data files are generated here, all in a
 * temporary folder deleted afterwards. Files that once took minutes or gigabytes run as `npx ld-import`
 * runs it, under GNU time; the rest call the command's `main` in this process.
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { buildWorkbookSpec } from '../core/templates';
import { writeWorkbook } from '../scripts/xlsx/write-workbook';
import { CSV_ROW_CHARS, csvShape, main } from './ld-import-run';
import { archiveParts, sheetPart, zipArchive, ZipPart } from './testing/zip-writer';
import { LIMITS } from './xlsx-source';

const ROOT = join(__dirname, '..');
const LAUNCHER = join(ROOT, 'cli', 'ld-import.js');
const CSV = join(ROOT, 'examples', 'growthcorp-lms-export.csv');
const HEADER = 'Learning Item,User,Full Name,Completion Date,Status,Time Spent (mins),Score,Cost\n';
const GIB_KB = 1024 * 1024;
let dir: string;
let workbook: string;
let example: Map<string, Buffer>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ld-import-hostile-'));
  workbook = join(dir, 'GrowthCorp.xlsx');
  await writeWorkbook(buildWorkbookSpec('growthcorp'), workbook);
  example = archiveParts(readFileSync(workbook));
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** The example with some parts replaced, written as `name`. */
function workbookWith(name: string, replace: Record<string, Omit<ZipPart, 'name'>>): string {
  return file(name, zipArchive([...example].map(([part, data]) => ({ name: part, data, ...replace[part] }))));
}

/** ld-import's `main` in this process, writing to `out` (which must not be written on a refusal). */
async function importInProcess(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const copy = join(dir, 'copy.xlsx');
  const status = await main([workbook, ...args, '--out', copy, '--today', '2025-07-01'], (t) => out.push(t), (t) => err.push(t));
  return { status, stdout: out.join(''), stderr: err.join(''), written: existsSync(copy) };
}

/** ld-import run as `npx ld-import` runs it, under GNU time. */
function spawnImport(book: string, data: string) {
  const timing = join(dir, 'time.txt');
  const copy = join(dir, 'spawned-copy.xlsx');
  rmSync(copy, { force: true });
  const result = spawnSync('/usr/bin/time', ['-f', '%M %e', '-o', timing, process.execPath, LAUNCHER, book, data, '--out', copy, '--today', '2025-07-01'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  const [maxKb, seconds] = readFileSync(timing, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
  rmSync(timing);
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, maxKb, seconds, written: existsSync(copy) };
}

function expectRefused(result: { status: number | null; stdout: string; stderr: string; written: boolean }, reason: RegExp): void {
  expect(result.status).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(reason);
  expect(result.written).toBe(false);
}

test('csvShape counts rows outside quoted fields (CRLF, LF and CR alike) and finds the first over-long row', () => {
  expect(csvShape('a,b\r\n"x\ny",1\rz,2\n')).toEqual({ rows: 3 });
  expect(csvShape('a,b\nlast')).toEqual({ rows: 2 });
  expect(csvShape('')).toEqual({ rows: 0 });
  const long = 'x'.repeat(CSV_ROW_CHARS + 1);
  expect(csvShape(`h\nok\n${long}\n${long}`)).toEqual({ rows: 4, long: { row: 3, chars: CSV_ROW_CHARS + 1 } });
  expect(csvShape(`h\n"${long}`)).toEqual({ rows: 2, long: { row: 2, chars: CSV_ROW_CHARS + 2 } });
});

test('a CSV with more rows than the Learning data sheet holds is refused before it is parsed', async () => {
  const row = 'Consultative Selling Academy,a@x.example,A,2025-03-01,Passed,60,80,\n';
  const path = file('too-many.csv', HEADER + row.repeat(LIMITS.learningRows + 1));
  // Before: the whole file was parsed, then spreading 250,001 records into push() overflowed the stack
  // ("Maximum call stack size exceeded"); a 100 MB export took 1.2 GB and 28 s to get there.
  expectRefused(await importInProcess(path), /too-many\.csv: the CSV files hold 250,001 rows, beyond the 250,000 rows ld-report and ld-import read on the Learning data sheet; .*nothing was written/);
});

test('xAPI statements and CSV rows together, more than the Learning data sheet holds: refused before anything is written', async () => {
  const statements = file('many-statements.json', `[${Array(LIMITS.learningRows - 1).fill('{}').join(',')}]`);
  const rows = file('two-rows.csv', HEADER + 'Consultative Selling Academy,a@x.example,A,2025-03-01,Passed,60,80,\n'.repeat(2));
  // Before: 2 million "{}" wrote the copy, then listing their rejections failed ("Invalid string length"), exit 2.
  expectRefused(await importInProcess(rows, statements), /the files hold 250,001 records and statements, beyond the 250,000 rows ld-report and ld-import read on the Learning data sheet; .*nothing was written/);
});

test('a CSV row of 10 MB (one field, or a quote left open) is refused before it is parsed', async () => {
  const path = file('long-row.csv', `${HEADER}${'Consultative Selling Academy '.repeat(400_000)},a@x.example,A,2025-03-01,Passed,60,80,\n`);
  // Before: 1.2 GB and 15 s, matching an 11.6-million-character activity name against every initiative.
  expectRefused(await importInProcess(path), /long-row\.csv row 2 is 11,600,039 characters long, more than the 65,536 ld-import reads in one row \(a quote left open\?\); nothing was imported/);
});

test('a device given as the data file is refused without being read (/dev/zero never ends)', async () => {
  expectRefused(await importInProcess('/dev/zero'), /cannot read \/dev\/zero: it is a pipe, a device or a socket, not a file/);
});

test('a styles part that lies about its size (20 KB declared, 4 GB inside): unpacking stops at the part limit', () => {
  const styles = 'xl/styles.xml';
  const bomb = { repeat: { head: example.get(styles)!.toString('utf8'), chunk: `<!-- ${'x'.repeat(100_000)} -->`, times: 40_000, tail: '' }, declaredSize: 20_000 };
  const result = spawnImport(workbookWith('styles-bomb.xlsx', { [styles]: bomb }), CSV);
  // Before: the package was opened with JSZip, which unpacked the whole part: 2.2 GB, then killed at 60 s.
  expect(LIMITS.partBytes).toBe(64 * 1024 * 1024);
  expectRefused(result, /cannot import into .*styles-bomb\.xlsx: its part xl\/styles\.xml unpacks to more than the 64 MiB allowed/);
  expect(result.maxKb).toBeLessThanOrEqual(GIB_KB);
  expect(result.seconds).toBeLessThanOrEqual(15);
});

test('a Learning data sheet followed by 200,000 unclosed rows: read and appended in linear time', () => {
  const learning = sheetPart(example, 'Learning data');
  const xml = example.get(learning)!.toString('utf8').replace('</sheetData>', `</sheetData>${'<row r="1"><c>'.repeat(200_000)}`);
  const result = spawnImport(workbookWith('unclosed-rows.xlsx', { [learning]: { data: xml } }), CSV);
  // Before: the append's row pattern rescanned the rest of the sheet for every unclosed row (over 60 s).
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  expect(result.stdout).toContain('513 rows added');
  expect(result.seconds).toBeLessThanOrEqual(15);
});
