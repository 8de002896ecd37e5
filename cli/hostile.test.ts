/**
 * ld-report on hostile and wrong files (issue 10), each generated here in a temporary folder that is
 * deleted afterwards, and run as `npx ld-report` runs it, under /usr/bin/time for its peak memory and
 * wall time. For every file: exit 0, 1 or 2, one clear line on failure, never a stack trace, at most
 * 1 GiB of memory and 15 s (the documented bounds, docs/insights.md).
 */
import { spawnSync } from 'child_process';
import { readFileSync, rmSync, truncateSync, writeFileSync } from 'fs';
import { join } from 'path';
import { exampleArchive, type ExampleArchive } from './testing/example-archive';
import { sheetPart, zipArchive, ZipPart } from './testing/zip-writer';
import { LIMITS } from './xlsx-source';

const ROOT = join(__dirname, '..');
const LAUNCHER = join(ROOT, 'cli', 'ld-report.js');
const NO_STACK = /\n\s+at .+:\d+/;
const GIB_KB = 1024 * 1024;
let archive: ExampleArchive;
let dir: string;
let example: ReadonlyMap<string, Buffer>;

beforeAll(async () => {
  archive = await exampleArchive('ld-hostile-');
  ({ dir, parts: example } = archive);
});
afterAll(() => archive.remove());

/** Run ld-report on `path`; exit status, output, peak memory (KiB) and seconds, from GNU time. */
function run(path: string, ...args: string[]) {
  const timing = join(dir, 'time.txt');
  const result = spawnSync('/usr/bin/time', ['-f', '%M %e', '-o', timing, process.execPath, LAUNCHER, path, '--today', '2025-06-30', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120000 });
  const [maxKb, seconds] = readFileSync(timing, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
  rmSync(timing);
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, maxKb, seconds };
}

/** The example with some parts replaced (or added), written as `name`. */
const exampleWith = (name: string, replace: Record<string, Omit<ZipPart, 'name'>>) => archive.with(name, replace);

const sheet = (name: string) => sheetPart(example, name);
const SHEET_HEAD = '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_TAIL = '</sheetData></worksheet>';

function expectBounded(result: ReturnType<typeof run>): void {
  expect(result.stderr).not.toMatch(NO_STACK);
  expect(result.maxKb).toBeLessThanOrEqual(GIB_KB);
  expect(result.seconds).toBeLessThanOrEqual(15);
}

function expectRefused(result: ReturnType<typeof run>, reason: RegExp): void {
  expectBounded(result);
  expect(result.status).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(reason);
}

test('the example as the project writes it is read (the baseline for the variants below)', () => {
  const result = run(exampleWith('baseline.xlsx', {}));
  expectBounded(result);
  expect(result.status).toBe(0);
  expect(result.stdout).toContain('benefit-cost ratio of 3.5x');
});

test('Alignment with 1,048,576 rows: exit 2 at the first row past the limit', () => {
  const rows: string[] = [];
  for (let r = 1; r <= 1_048_576; r++) rows.push(`<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
  const path = exampleWith('million-rows.xlsx', { [sheet('Alignment')]: { data: SHEET_HEAD + rows.join('') + SHEET_TAIL } });
  expectRefused(run(path), new RegExp(`the sheet Alignment has a value in row ${(LIMITS.rows + 1).toLocaleString('en-US')}, beyond the ${LIMITS.rows.toLocaleString('en-US')} rows`));
});

test('a zip bomb (under 2 MiB unpacking to 392 MiB of sheet XML): refused from its declared size, before unpacking', () => {
  const row = '<row><c t="inlineStr"><is><t>x</t></is></c></row>'.repeat(2048); // 100 KiB
  const bomb = { repeat: { head: SHEET_HEAD, chunk: row, times: 4096, tail: SHEET_TAIL } };
  const path = exampleWith('bomb.xlsx', { [sheet('Alignment')]: bomb });
  expect(readFileSync(path).length).toBeLessThan(2 * 1024 * 1024);
  expectRefused(run(path), /its part xl\/worksheets\/.*\.xml unpacks to 392\.0 MiB, more than the 64 MiB ld-report reads/);
});

test('a zip bomb whose directory lies about the size: unpacking stops at the limit', () => {
  const row = '<row><c t="inlineStr"><is><t>x</t></is></c></row>'.repeat(2048);
  const bomb = { repeat: { head: SHEET_HEAD, chunk: row, times: 4096, tail: SHEET_TAIL }, declaredSize: 10_000 };
  const path = exampleWith('lying-bomb.xlsx', { [sheet('Alignment')]: bomb });
  expectRefused(run(path), /its part xl\/worksheets\/.*\.xml unpacks to more than ld-report reads \(64 MiB a part/);
});

test('100,000 cells in column XFD on the Guide: the Guide is never read, the report runs', () => {
  const rows: string[] = [];
  for (let r = 1; r <= 100_000; r++) rows.push(`<row r="${r}"><c r="XFD${r}"><v>1</v></c></row>`);
  const path = exampleWith('xfd-guide.xlsx', { [sheet('Guide')]: { data: SHEET_HEAD + rows.join('') + SHEET_TAIL } });
  const result = run(path);
  expectBounded(result);
  expect(result.status).toBe(0);
  expect(result.stdout).toContain('benefit-cost ratio of 3.5x');
});

test('100,000 cells in column XFD on Alignment: exit 2 naming the column', () => {
  const rows: string[] = [];
  for (let r = 1; r <= 100_000; r++) rows.push(`<row r="${r}"><c r="XFD${r}"><v>1</v></c></row>`);
  const path = exampleWith('xfd-alignment.xlsx', { [sheet('Alignment')]: { data: SHEET_HEAD + rows.join('') + SHEET_TAIL } });
  expectRefused(run(path), /the sheet Alignment has a value in column XFD, beyond the 256 columns ld-report reads/);
});

test('a truncated workbook: damaged or incomplete, copy it again', () => {
  const whole = zipArchive([...example].map(([name, data]) => ({ name, data })));
  const path = join(dir, 'truncated.xlsx');
  writeFileSync(path, whole.subarray(0, Math.floor(whole.length / 2)));
  expectRefused(run(path), /truncated\.xlsx: the file is damaged or incomplete .*copy or download it again/);
});

/** An OLE compound file (MS-CFB §2.2): the header's signature, then a directory entry named `stream`. */
function compoundFile(stream: string): Buffer {
  const file = Buffer.alloc(2048);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(file, 0);
  Buffer.from(stream, 'utf16le').copy(file, 1024);
  return file;
}

test.each([
  ['an encrypted .xlsx (an OLE compound file holding EncryptionInfo)', 'encrypted.xlsx', () => compoundFile('EncryptionInfo'), /encrypted\.xlsx: not an \.xlsx workbook: it is password-protected \(encrypted\); .*remove the password/],
  ['an Excel 97-2003 .xls renamed .xlsx', 'old.xlsx', () => compoundFile('Workbook'), /it is an Excel 97-2003 workbook \(\.xls\).*save it as an Excel Workbook \(\.xlsx\)/],
  ['an .ods spreadsheet', 'budget.ods', () => zipArchive([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet' }, { name: 'content.xml', data: '<office:document-content/>' }]), /budget\.ods: not an \.xlsx workbook: it is an OpenDocument spreadsheet \(\.ods\); open it in .* save it as an Excel Workbook \(\.xlsx\)/],
  ['a .csv renamed .xlsx', 'export.xlsx', () => Buffer.from('Initiative,Budget\nSales onboarding,120000\n'), /it is a text file \(CSV or similar\), not an \.xlsx workbook; .*save it as an Excel Workbook \(\.xlsx\)/],
  ['an .xlsb binary workbook', 'binary.xlsx', () => zipArchive([{ name: '[Content_Types].xml', data: '<Types/>' }, { name: 'xl/workbook.bin', data: 'x' }]), /Excel binary workbook \(\.xlsb\)/],
  ['a Word document', 'letter.xlsx', () => zipArchive([{ name: 'word/document.xml', data: '<w:document/>' }]), /Word document/],
  ['a zip without a workbook', 'photos.xlsx', () => zipArchive([{ name: 'a.txt', data: 'hello' }]), /a zip archive with no workbook in it/],
  ['random bytes', 'noise.xlsx', () => Buffer.from(Array.from({ length: 4096 }, (_, k) => (k * 7919 + 13) % 251)), /not a zip archive/],
] as const)('%s: exit 2, the format named, what to do', (_what, name, make, reason) => {
  const path = join(dir, name);
  writeFileSync(path, make());
  expectRefused(run(path), reason);
});

test('a file over the size limit is refused before it is read', () => {
  const path = join(dir, 'huge.xlsx');
  writeFileSync(path, '');
  truncateSync(path, LIMITS.fileBytes + 1); // sparse: no disk used
  const result = run(path);
  expectRefused(result, /huge\.xlsx: it is 100\.0 MiB, larger than the 100 MiB ld-report reads/);
  expect(result.maxKb).toBeLessThan(300 * 1024);
});
