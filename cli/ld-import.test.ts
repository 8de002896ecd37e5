/**
 * The `ld-import` command, run as a child process exactly as `npx ld-import` runs it (cli/ld-import.js),
 * on the GrowthCorp example written by the project's own .xlsx writer and its sample LMS export and
 * xAPI file (examples/), on planted faults and on files it cannot read.
 */
import { spawnSync } from 'child_process';
import { copyFileSync, existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'fs';
import { createHash } from 'crypto';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { findFramework } from '../core/framework/resolve';
import { LEARNING_ROW_KEYS, serialOfIsoDate } from '../core/learning';
import { buildWorkbookSpec, GROWTHCORP } from '../core/templates';
import { LEARNING_BY_INITIATIVE, LEARNING_TABLE, MAPPINGS_TABLE } from '../core/templates/layout';
import { writeWorkbook } from '../scripts/xlsx/write-workbook';
import { recalculate } from '../test/support/libreoffice';
import { archiveParts, zipArchive } from './testing/zip-writer';
import { workbookVariant } from './testing/variant';
import { LIMITS, xlsxSource } from './xlsx-source';

const ROOT = join(__dirname, '..');
const LAUNCHER = join(ROOT, 'cli', 'ld-import.js');
const CSV = join(ROOT, 'examples', 'growthcorp-lms-export.csv');
const XAPI = join(ROOT, 'examples', 'growthcorp-xapi.json');
const NO_STACK = /\n\s+at .+:\d+/;
const TODAY = '2025-07-01';
let dir: string;
let example: string;
/** The example after importing both sample files (made once, before the tests), and that run. */
let imported: string;
let first: { status: number | null; stdout: string; stderr: string };
let exampleSha: string;

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [LAUNCHER, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** A file in the temporary folder with `text`. */
function file(name: string, text: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** The sheet of a framework part, its values (every row). */
async function sheetOf(path: string, part: 'Learning' | 'Mappings'): Promise<unknown[][]> {
  const source = await xlsxSource(path, { ...LIMITS, rows: 1_048_576 });
  const found = findFramework(source);
  if (!found.ok || !found.sheets[part]) throw new Error(`${path} has no ${part} sheet`);
  return source.values(found.sheets[part]!);
}

/** The Learning data table's rows (A:K below the header) as objects by column key. */
async function learningRows(path: string): Promise<Record<string, unknown>[]> {
  const grid = await sheetOf(path, 'Learning');
  return grid.slice(LEARNING_TABLE.headerRow).filter((r) => r && r[2] != null).map((r) => Object.fromEntries(LEARNING_ROW_KEYS.map((k, i) => [k, r[i] ?? null])));
}

const variant = (name: string, edit: (workbook: ExcelJS.Workbook) => void): Promise<string> => workbookVariant(example, dir, name, edit);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ld-import-'));
  example = join(dir, 'GrowthCorp.xlsx');
  await writeWorkbook(buildWorkbookSpec('growthcorp'), example);
  exampleSha = sha(example);
  imported = join(dir, 'GrowthCorp-imported.xlsx');
  first = run(example, CSV, XAPI, '--mapping', 'auto', '--today', TODAY, '--json');
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ld-import on the GrowthCorp example and its sample files', () => {
  it('imports everything with --mapping auto (exit 0) into a copy, and the input is unchanged', async () => {
    const { status, stdout, stderr } = first;
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const summary = JSON.parse(stdout);
    expect(summary.out).toBe(imported);
    expect(sha(example)).toBe(exampleSha);
    // 513 CSV rows and 271 of 273 statements (one voided completion and the statement voiding it: examples/learning-samples.ts).
    expect(summary.counts).toEqual({ added: 784, alreadyThere: 0, repeated: 0, unmatched: 0, rejected: 0, excluded: 2, mappingsAdded: 7 });
    expect(summary.excluded.map((e: { code: string }) => e.code).sort()).toEqual(['voided', 'voiding']);
    expect(summary.mappingsAdded).toContainEqual({ activity: 'Support Efficiency & Knowledge Base', initiative: 'Support Efficiency and Knowledge Base', matchedBy: 'normalised' });

    const rows = await learningRows(imported);
    expect(rows).toHaveLength(784);
    expect(rows[0]).toMatchObject({ importId: summary.importId, source: 'growthcorp-lms-export.csv row 2', person: 'ben.fischer@growthcorp.example', initiative: 'Consultative Selling Academy', date: serialOfIsoDate('2024-12-03'), status: 'passed' });
    // The example's participants (core/templates/growthcorp.ts) are the distinct completers per initiative.
    for (const initiative of GROWTHCORP.initiatives) {
      const completers = new Set(rows.filter((r) => r.initiative === initiative.name && (r.status === 'completed' || r.status === 'passed')).map((r) => r.person));
      expect([initiative.name, completers.size]).toEqual([initiative.name, initiative.participants]);
    }
    const mappings = (await sheetOf(imported, 'Mappings')).slice(MAPPINGS_TABLE.headerRow).filter((r) => r && r[0] != null);
    expect(mappings).toContainEqual(['Support Efficiency & Knowledge Base', 'Support Efficiency and Knowledge Base', 'normalised', serialOfIsoDate(TODAY)]);
  });

  it('round trip: ld-report --json on the copy shows the imported figures, each initiative with the example\'s participants', () => {
    const report = spawnSync(process.execPath, [join(ROOT, 'cli', 'ld-report.js'), imported, '--json', '--today', '2025-06-30'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(report.stderr).toBe('');
    expect(report.status).toBe(0);
    const learning = JSON.parse(report.stdout).learning;
    expect([learning.records, learning.mappings]).toEqual([784, 7]);
    expect(learning.initiatives.map((i: { initiative: string; participants: number }) => [i.initiative, i.participants])).toEqual(
      GROWTHCORP.initiatives.map((i) => [i.name, i.participants]),
    );
  });

  it('keeps every other part of the package as it was, and asks for a recalculation on open', () => {
    const a = archiveParts(readFileSync(example));
    const b = archiveParts(readFileSync(imported));
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    const changed = [...a.keys()].filter((name) => !a.get(name)!.equals(b.get(name)!)).sort();
    // The Learning data and Mappings worksheets (13 and 14 in workbook order) only: the example's
    // workbook part already asks for a full recalculation on load (ld-import-xlsx.test.ts adds it where it does not).
    expect(changed).toEqual(['xl/worksheets/sheet13.xml', 'xl/worksheets/sheet14.xml']);
    expect(b.get('xl/workbook.xml')!.toString('utf8')).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });

  it('re-importing the same files adds nothing and leaves Learning data and Mappings as they were', async () => {
    const second = join(dir, 'second.xlsx');
    const { status, stdout } = run(imported, CSV, XAPI, '--out', second, '--today', '2025-08-01', '--json');
    expect(status).toBe(0);
    expect(JSON.parse(stdout).counts).toMatchObject({ added: 0, alreadyThere: 784, mappingsAdded: 0 });
    expect(JSON.parse(stdout).importId).toBeNull();
    expect(await sheetOf(second, 'Learning')).toEqual(await sheetOf(imported, 'Learning'));
    expect(await sheetOf(second, 'Mappings')).toEqual(await sheetOf(imported, 'Mappings'));
  });

  it('--in-place updates the workbook itself; a second run with nothing to add leaves its bytes alone', () => {
    const path = join(dir, 'in-place.xlsx');
    copyFileSync(example, path);
    const before = sha(path);
    expect(run(path, CSV, '--in-place', '--today', TODAY).status).toBe(0);
    const after = sha(path);
    expect(after).not.toBe(before);
    const again = run(path, CSV, '--in-place', '--today', TODAY);
    expect(again.status).toBe(0);
    expect(again.stdout).toContain('nothing to add, left unchanged');
    expect(sha(path)).toBe(after);
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('LibreOffice recalculates the imported copy: the per-initiative participants equal the example, and no new error cell', async () => {
    const original = await xlsxSource(await recalculate(example));
    const recalculated = await xlsxSource(await recalculate(imported), { ...LIMITS, rows: 1_048_576 });
    const errorsOf = (source: typeof original) => {
      const out: string[] = [];
      for (const sheet of source.sheetNames()) {
        source.values(sheet).forEach((row, r) => (row ?? []).forEach((v, c) => {
          if (typeof v === 'string' && /^#(N\/A|VALUE!|REF!|NAME\?|DIV\/0!|NUM!|NULL!)$/.test(v)) out.push(`${sheet}!R${r + 1}C${c + 1}`);
        }));
      }
      return out;
    };
    expect(errorsOf(recalculated)).toEqual(errorsOf(original));
    const found = findFramework(recalculated);
    expect(found.ok).toBe(true);
    const grid = recalculated.values((found as { sheets: Record<string, string> }).sheets.Learning);
    const L = LEARNING_BY_INITIATIVE;
    const column = (key: keyof typeof L.columns) => L.columns[key].charCodeAt(0) - 64;
    GROWTHCORP.initiatives.forEach((initiative, i) => {
      const row = grid[L.firstDataRow + i - 1];
      expect([row[column('name') - 1], row[column('participants') - 1]]).toEqual([initiative.name, initiative.participants]);
    });
  }, 240_000);
});

describe('more records than a framework table has rows', () => {
  it('imports 10,050 records past the 10,000 rows of the other sheets, and ld-report reads them all', () => {
    const lines = ['Course,Email,Completion Date,Status,Hours'];
    for (let i = 0; i < 10_050; i++) lines.push(`New Manager Essentials,p${i}@x.example,2025-03-14,Completed,1`);
    const out = join(dir, 'many.xlsx');
    const imported = run(example, file('many.csv', lines.join('\n')), '--out', out, '--json');
    expect(imported.status).toBe(0);
    expect(JSON.parse(imported.stdout).counts.added).toBe(10_050);
    const report = spawnSync(process.execPath, [join(ROOT, 'cli', 'ld-report.js'), out, '--json', '--today', '2025-06-30'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(report.status).toBe(0);
    const learning = JSON.parse(report.stdout).learning;
    expect(learning.records).toBe(10_050);
    expect(learning.initiatives.find((i: { initiative: string }) => i.initiative === 'New Manager Essentials').participants).toBe(10_050);
  });
});

describe('a Learning data sheet larger than any other part may be', () => {
  it('imports 130,000 records (a sheet past the 64 MiB part limit), then ld-report reads them and ld-import adds more', () => {
    // Before: the sheet's part past 64 MiB (some 100,000 records) made the workbook unreadable to both
    // commands ("unpacks to 151.9 MiB, more than the 64 MiB ld-report reads"); the Learning data sheet
    // now has its own limit (LIMITS.learningPartBytes), which ld-import never writes past.
    const lines = ['Course,Email,Completion Date,Status,Hours'];
    for (let i = 0; i < 130_000; i++) lines.push(`New Manager Essentials,learner-${i}@people.example,2025-03-14,Completed,1`);
    const out = join(dir, 'large.xlsx');
    const imported = run(example, file('large.csv', lines.join('\n')), '--out', out, '--json');
    expect(imported.stderr).toBe('');
    expect(JSON.parse(imported.stdout).counts.added).toBe(130_000);
    const parts = archiveParts(readFileSync(out));
    const sizes = [...parts.values()].map((b) => b.length).sort((a, b) => b - a);
    expect(sizes[0]).toBeGreaterThan(LIMITS.partBytes);
    expect(sizes[0]).toBeLessThan(LIMITS.learningPartBytes);
    expect(sizes[1]).toBeLessThan(LIMITS.partBytes);

    const report = spawnSync(process.execPath, [join(ROOT, 'cli', 'ld-report.js'), out, '--json', '--today', '2025-06-30'], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
    expect(report.stderr).toBe('');
    expect(JSON.parse(report.stdout).learning.records).toBe(130_000);

    const more = run(out, file('one-more.csv', `${lines[0]}\nNew Manager Essentials,late@people.example,2025-03-15,Completed,1`), '--in-place', '--json');
    expect(more.stderr).toBe('');
    expect(more.status).toBe(0);
    expect(JSON.parse(more.stdout).counts.added).toBe(1);
  });
});

describe('rows it cannot import: listed with where and why, the rest imported, exit 1', () => {
  const csv = [
    'Course,Email,Completion Date,Status,Hours',
    'Consultative Selling Academy,zed@x.example,2025-03-14,Completed,2',
    'Consultative Seling Academy,amy@x.example,2025-03-15,Completed,1',
    'Fire Safety,bob@x.example,2025-03-16,Completed,1',
    'New Manager Essentials,cy@x.example,not a date,Completed,1',
    // ESC ] 0 ; … BEL sets a terminal's title; the name must reach the terminal harmless.
    '"Evil\u001b]0;pwned\u0007 Drill",dan@x.example,2025-03-17,Completed,1',
  ].join('\n');

  it('lists the rejected row and the unmatched activities, proposing the close one, and imports the rest', async () => {
    const data = file('march.csv', csv);
    const out = join(dir, 'march.xlsx');
    const { status, stdout, stderr } = run(example, data, '--out', out, '--today', TODAY);
    expect(stderr).toBe('');
    expect(status).toBe(1);
    expect(stdout).toContain('march.csv row 5: Completion Date "not a date" is not a date');
    expect(stdout).toContain('"Consultative Seling Academy" (1 record, first at march.csv row 3): close to "Consultative Selling Academy"');
    expect(stdout).toContain('--map "Consultative Seling Academy=Consultative Selling Academy"');
    expect(stdout).toContain('"Fire Safety" (1 record, first at march.csv row 4): no initiative matches');
    // eslint-disable-next-line no-control-regex
    expect(stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(stdout).toContain('Evil␛]0;pwned␇ Drill');
    expect((await learningRows(out)).map((r) => r.person)).toEqual(['zed@x.example']);

    const json = JSON.parse(run(example, data, '--out', join(dir, 'march2.xlsx'), '--today', TODAY, '--json').stdout);
    expect(json.ok).toBe(false);
    expect(json.rejected).toEqual([{ where: 'march.csv row 5', code: 'bad-date', reason: expect.stringContaining('not a date') }]);
    expect(json.unmatched.map((u: { activity: string; proposal: unknown }) => [u.activity, u.proposal])).toEqual([
      ['Consultative Seling Academy', { initiative: 'Consultative Selling Academy', kind: 'close', score: expect.any(Number) }],
      ['Fire Safety', null],
      ['Evil\u001b]0;pwned\u0007 Drill', null],
    ]);
  });

  it('reads a CSV saved in Windows-1252 (Excel\'s ANSI CSV) and names rows after a field with line breaks by row and line', () => {
    const text = 'Course,Email,Completion Date,Comment\nS\u00e9curit\u00e9 incendie,a@x.example,2025-03-14,"two\nlines"\nNew Manager Essentials,b@x.example,2025-03-14,x\nFire Drill,c@x.example,2025-03-15,x\n';
    const data = file('ansi.csv', Buffer.from(text, 'latin1'));
    const { status, stdout } = run(example, data, '--out', join(dir, 'ansi.xlsx'), '--json');
    expect(status).toBe(1);
    expect(JSON.parse(stdout).unmatched.map((u: { activity: string; first: string }) => [u.activity, u.first])).toEqual([
      ['S\u00e9curit\u00e9 incendie', 'ansi.csv row 2'],
      ['Fire Drill', 'ansi.csv row 4 (line 5)'],
    ]);
  });

  it('says when an xAPI StatementResult has more statements in the LRS (never fetched)', () => {
    const page = JSON.stringify({
      statements: [{ id: '6f1c0a0e-0000-4000-8000-000000000001', actor: { mbox: 'mailto:a@x.example' }, verb: { id: 'http://adlnet.gov/expapi/verbs/completed' }, object: { id: 'https://lms.x.example/nme', definition: { name: { 'en-US': 'New Manager Essentials' } } }, timestamp: '2025-03-14T10:00:00Z' }],
      more: '/xapi/statements?page=2',
    });
    const { status, stdout } = run(example, file('page1.json', page), '--out', join(dir, 'page1.xlsx'));
    expect(status).toBe(0);
    expect(stdout).toContain('page1.json: 1 statement, 1 record\n    the LRS has more statements than this file (more: /xapi/statements?page=2)');
  });

  it('--mapping strict leaves even the normalised match to confirm; --map confirms it and it is remembered', async () => {
    const data = file('support.csv', 'Course,Email,Completion Date\nSupport Efficiency & Knowledge Base,a@x.example,2025-03-14\n');
    const strict = run(example, data, '--mapping', 'strict', '--out', join(dir, 'strict.xlsx'), '--json');
    expect(strict.status).toBe(1);
    expect(JSON.parse(strict.stdout).unmatched[0].proposal).toMatchObject({ initiative: 'Support Efficiency and Knowledge Base', kind: 'normalised' });
    const mapped = join(dir, 'mapped.xlsx');
    const confirmed = run(example, data, '--mapping', 'strict', '--map', 'Support Efficiency & Knowledge Base=support efficiency and knowledge base', '--out', mapped, '--today', TODAY, '--json');
    expect(confirmed.status).toBe(0);
    expect(JSON.parse(confirmed.stdout).mappingsAdded).toEqual([{ activity: 'Support Efficiency & Knowledge Base', initiative: 'Support Efficiency and Knowledge Base', matchedBy: 'user' }]);
    // Next month, strict and without --map: the Mappings sheet remembers it.
    const next = file('support-april.csv', 'Course,Email,Completion Date\nSupport Efficiency & Knowledge Base,b@x.example,2025-04-14\n');
    const april = run(mapped, next, '--mapping', 'strict', '--out', join(dir, 'april.xlsx'), '--json');
    expect(april.status).toBe(0);
    expect(JSON.parse(april.stdout).counts).toMatchObject({ added: 1, mappingsAdded: 0 });
  });
});

describe('ambiguous CSV dates are never guessed', () => {
  it('stops with a clear line and writes nothing without --dates; imports with --dates dmy', async () => {
    const data = file('ambiguous.csv', 'Course,Email,Completion Date\nNew Manager Essentials,a@x.example,03/04/2025\nNew Manager Essentials,b@x.example,05/06/2025\n');
    const out = join(dir, 'ambiguous.xlsx');
    const stopped = run(example, data, '--out', out);
    expect(stopped.status).toBe(2);
    expect(stopped.stderr).toMatch(/ambiguous\.csv has dates that could be day\/month or month\/day \(row 2: 03\/04\/2025\); say how to read them with --dates dmy or --dates mdy \(nothing was imported\)\n$/);
    expect(existsSync(out)).toBe(false);
    expect(run(example, data, '--out', out, '--dates', 'dmy').status).toBe(0);
    expect((await learningRows(out)).map((r) => r.date)).toEqual([serialOfIsoDate('2025-04-03'), serialOfIsoDate('2025-06-05')]);
  });
});

describe('files it cannot read, or may not write: one clear line, exit 2, nothing written', () => {
  const data = () => file('ok.csv', 'Course,Email,Completion Date\nNew Manager Essentials,a@x.example,2025-03-14\n');
  const cases: [string, () => Promise<string[]>, RegExp][] = [
    ['a workbook that does not exist', async () => [join(dir, 'nowhere.xlsx'), data()], /cannot read .*nowhere\.xlsx: no such file/],
    ['an .ods workbook', async () => [file('budget.ods', zipArchive([{ name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet' }, { name: 'content.xml', data: '<office:document-content/>' }])), data()], /budget\.ods: not an \.xlsx workbook: it is an OpenDocument spreadsheet/],
    ['a workbook without a framework', async () => {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet('Sheet1').addRow(['Quarter', 'Sales']);
      const path = join(dir, 'random.xlsx');
      await wb.xlsx.writeFile(path);
      return [path, data()];
    }, /random\.xlsx: This workbook has no L&D framework/],
    ['a framework without its Learning data sheet', async () => [await variant('no-learning.xlsx', (wb) => wb.removeWorksheet(wb.worksheets.find((w) => w.name.startsWith('Learning'))!.id)), data()], /no-learning\.xlsx: its L&D framework has no Learning data sheet/],
    ['a data file that does not exist', async () => [example, join(dir, 'missing.csv')], /cannot read .*missing\.csv: no such file/],
    ['a JSON file that is not JSON', async () => [example, file('statements.json', '{"statements": [')], /cannot read .*statements\.json: /],
    ['a workbook given as the data', async () => [example, example], /cannot read .*GrowthCorp\.xlsx: it is a zip archive \(a workbook\?\), not a CSV or JSON file/],
    ['a CSV without a course column', async () => [example, file('people.csv', 'Name,Email\nAna,a@x.example\n')], /cannot read .*people\.csv: The file has no course/],
    ['a cell of a user where the next record would go', async () => [await variant('taken.xlsx', (wb) => {
      wb.worksheets.find((w) => w.name.startsWith('Learning'))!.getCell(`${LEARNING_TABLE.columns.person}${LEARNING_TABLE.firstDataRow}`).value = { formula: 'Alignment!A9' } as ExcelJS.CellFormulaValue;
    }), data()], /already has something in D6, where the next record would go; nothing was written/],
    ['--out naming the workbook itself', async () => [example, data(), '--out', example], /--out names the workbook itself .*say --in-place instead/],
    // Before: the copy was renamed over whatever --out named; as root, --out /dev/null made the device an .xlsx file.
    ['--out naming a pipe', async () => {
      const fifo = join(dir, 'pipe.xlsx');
      if (!existsSync(fifo)) expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
      return [example, data(), '--out', fifo];
    }, /cannot write .*pipe\.xlsx: it is a pipe, a device or a socket, not a file$/m],
    ['--out naming a folder', async () => [example, data(), '--out', dir], /cannot write .*: it is a folder; name a file in it, e\.g\. .*framework-imported\.xlsx$/m],
    ['--out naming a symbolic link to nothing', async () => {
      const link = join(dir, 'dangling.xlsx');
      if (!existsSync(link)) symlinkSync(join(dir, 'gone.xlsx'), link);
      return [example, data(), '--out', link];
    }, /cannot write .*dangling\.xlsx: it is a symbolic link to nothing; name the file itself$/m],
  ];

  it.each(cases)('%s', async (_name, make, reason) => {
    const args = await make();
    const out = join(dir, 'never.xlsx');
    const withOut = args.includes('--out') ? args : [...args, '--out', out];
    const before = existsSync(args[0]) ? sha(args[0]) : null;
    const { status, stdout, stderr } = run(...withOut);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(reason);
    expect(stderr).not.toMatch(NO_STACK);
    expect(existsSync(out)).toBe(false);
    if (before !== null) expect(sha(args[0])).toBe(before);
    if (!args.includes('--out')) {
      const json = run(...withOut, '--json');
      expect(json.status).toBe(2);
      expect(JSON.parse(json.stdout)).toEqual({ workbook: args[0], ok: false, reason: expect.stringMatching(reason) });
    }
  });

  it('--out naming a symbolic link writes the copy to the file it names, and keeps the link', () => {
    const real = join(dir, 'linked-copy.xlsx');
    const link = join(dir, 'link.xlsx');
    writeFileSync(real, 'an old copy');
    symlinkSync(real, link);
    const { status, stderr } = run(example, data(), '--out', link, '--today', '2025-07-01');
    expect([status, stderr]).toEqual([0, '']);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real).subarray(0, 2).toString('latin1')).toBe('PK');
    rmSync(link);
    rmSync(real);
  });

  it('a wrong command line: the reason and the usage, exit 2', () => {
    for (const args of [[example], [example, 'x.csv', '--mapping', 'loose'], [example, 'x.csv', '--dates', 'ymd'], [example, 'x.csv', '--in-place', '--out', 'y.xlsx']]) {
      const { status, stdout, stderr } = run(...args);
      expect(status).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/^ld-import: (no learning data file given|--mapping must be auto or strict|--dates must be dmy|--in-place and --out cannot be used together).*\nUsage: ld-import/);
    }
  });

  it('refuses to replace an existing default copy: the copy is named with --out', () => {
    const path = join(dir, 'twice.xlsx');
    copyFileSync(example, path);
    expect(run(path, data()).status).toBe(0);
    const copy = join(dir, 'twice-imported.xlsx');
    const kept = sha(copy);
    const again = run(path, data());
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/twice-imported\.xlsx already exists; name the copy with --out FILE/);
    expect(sha(copy)).toBe(kept);
  });
});
