/**
 * The `ld-report` command, run as a child process exactly as `npx ld-report` runs it (cli/ld-report.js),
 * on the GrowthCorp example written by the project's own .xlsx writer, on copies with planted faults,
 * and on files that are not framework workbooks.
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { ALIGNMENT_TABLE, buildWorkbookSpec, IMPACT_TABLE, ROI_TABLE, STRATEGY_TABLE } from '../core/templates';
import { writeWorkbook } from '../scripts/xlsx/write-workbook';
import { archiveParts, zipArchive } from './testing/zip-writer';
import { workbookVariant } from './testing/variant';
import { worksheetValues } from './xlsx-source';

const ROOT = join(__dirname, '..');
const LAUNCHER = join(ROOT, 'cli', 'ld-report.js');
let dir: string;
let example: string;

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [LAUNCHER, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A copy of the example with `edit` applied, written to `name` in the temporary folder. */
const variant = (name: string, edit: (workbook: ExcelJS.Workbook) => void): Promise<string> => workbookVariant(example, dir, name, edit);

const NO_STACK = /\n\s+at .+:\d+/;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ld-report-'));
  example = join(dir, 'GrowthCorp-example.xlsx');
  await writeWorkbook(buildWorkbookSpec('growthcorp'), example);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ld-report on the GrowthCorp example', () => {
  it('prints the summary and a clean audit as Markdown, exit 0', () => {
    const { status, stdout, stderr } = run(example, '--today', '2025-06-30', '--organisation', 'GrowthCorp');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout).toContain('# L&D report: GrowthCorp-example.xlsx');
    expect(stdout).toContain('0 errors, 0 warnings, 0 notes');
    // The case study (the brief): BCR 3.5x up from 1.2x (+192%), 100% aligned, 28% revenue growth, budget +45%.
    for (const text of ['benefit-cost ratio of 3.5x', 'from 1.2x at the first snapshot', 'up 192%', '100% of programs (7 of 7)', 'up 28% on its baseline', '45% more']) {
      expect(stdout).toContain(text);
    }
    // The range and the break-even attribution (issue 11; figures worked in core/insights/uncertainty.test.ts).
    expect(stdout).toContain('the return lies between 148% and 321%');
    expect(stdout).toContain('The portfolio pays back if the programs caused at least 16% of the improvements credited to them.');
    expect(stdout).toContain('## How sure is the return');
    expect(stdout).toContain('| Consultative Selling Academy | 50% (35%–65%) | 14% | 251% (146%–357%) | no |');
  });

  it('prints JSON for machines with --json', () => {
    const { status, stdout } = run(example, '--json', '--today', '2025-06-30', '--budget', '1,500,000');
    expect(status).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.ok).toBe(true);
    expect(report.counts).toEqual({ error: 0, warning: 0, info: 0 });
    expect(report.summary.figures.bcr).toBe(3.5);
    expect(report.plan.funded).toBe(1460000);
    expect(report.range.portfolio.roiLow).toBeCloseTo((4118500 - 1660000) / 1660000, 12);
    expect(report.range.portfolio.roiHigh).toBeCloseTo((6989500 - 1660000) / 1660000, 12);
    expect(report.range.portfolio.breakEvenAttribution).toBeCloseTo(1660000 / 10680000, 12);
    expect(report.range.margin).toBe(0.1);
    expect(report.range.initiatives).toHaveLength(7);
  });

  it('reports stale contacts as warnings only: still exit 0', () => {
    const { status, stdout } = run(example, '--today', '2026-01-31');
    expect(status).toBe(0);
    expect(stdout).toContain('0 errors, 5 warnings');
  });

  it('runs on dist/workbooks/GrowthCorp-example.xlsx (built if missing)', () => {
    const built = join(ROOT, 'dist', 'workbooks', 'GrowthCorp-example.xlsx');
    if (!existsSync(built)) {
      const build = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/build-workbooks.ts'], { cwd: ROOT, encoding: 'utf8' });
      expect(build.status).toBe(0);
    }
    const { status, stdout } = run(built, '--today', '2025-06-30');
    expect(status).toBe(0);
    expect(stdout).toContain('benefit-cost ratio of 3.5x');
  });
});

describe('ld-report on workbooks with planted faults: exit 1 and the finding at its cell', () => {
  it.each([
    ['a cost category emptied', (wb: ExcelJS.Workbook) => { wb.getWorksheet('ROI')!.getCell(`${ROI_TABLE.columns.delivery}11`).value = null; }, 'costs-not-fully-loaded', `ROI!${ROI_TABLE.columns.delivery}11`],
    ['confidence typed as 80', (wb: ExcelJS.Workbook) => { wb.getWorksheet('Impact')!.getCell(`${IMPACT_TABLE.columns.confidence}9`).value = 80; }, 'percent-typed-as-whole', `Impact!${IMPACT_TABLE.columns.confidence}9`],
    ['an absurd benefit', (wb: ExcelJS.Workbook) => { wb.getWorksheet('Impact')!.getCell(`${IMPACT_TABLE.columns.change}10`).value = 40000; }, 'benefit-outlier', `Impact!${IMPACT_TABLE.columns.adjustedBenefit}10`],
    ['a low isolation estimate above the point value', (wb: ExcelJS.Workbook) => { wb.getWorksheet('Impact')!.getCell(`${IMPACT_TABLE.columns.isolationLow}10`).value = 0.55; }, 'out-of-range', `Impact!${IMPACT_TABLE.columns.isolationLow}10`],
  ] as const)('%s', async (name, edit, rule, cell) => {
    const path = await variant(`${rule}.xlsx`, edit);
    const { status, stdout } = run(path, '--json', '--today', '2025-06-30');
    expect(status).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.findings.some((f: { rule: string; sheet: string; cell: string }) => f.rule === rule && `${f.sheet}!${f.cell}` === cell)).toBe(true);
    const markdown = run(path, '--today', '2025-06-30');
    expect(markdown.status).toBe(1);
    expect(markdown.stdout).toContain(`\`${cell}\``);
    expect(name).toBeTruthy();
  });

  it('a fragile claim is a warning at the isolation cell: exit 0', async () => {
    // Cloud Certification Path (row 14): break-even 180,000 / (1,250,000 × 80%) = 18%, a claim of 25% is within 10 points.
    const path = await variant('fragile.xlsx', (wb) => {
      wb.getWorksheet('Impact')!.getCell(`${IMPACT_TABLE.columns.isolation}14`).value = 0.25;
      wb.getWorksheet('Impact')!.getCell(`${IMPACT_TABLE.columns.isolationLow}14`).value = null;
    });
    const { status, stdout } = run(path, '--json', '--today', '2025-06-30');
    expect(status).toBe(0);
    expect(JSON.parse(stdout).findings.map((f: { rule: string; sheet: string; cell: string }) => [f.rule, `${f.sheet}!${f.cell}`])).toEqual([
      ['roi-fragile', `Impact!${IMPACT_TABLE.columns.isolation}14`],
    ]);
    expect(JSON.parse(stdout).range.initiatives[5]).toMatchObject({ name: 'Cloud Certification Path', fragile: true, isolation: 0.25 });
  });

  it('a sponsor removed is a warning at the sponsor cell: exit 0', async () => {
    const path = await variant('no-sponsor.xlsx', (wb) => { wb.getWorksheet('Strategy')!.getCell(`${STRATEGY_TABLE.columns.sponsor}8`).value = null; });
    const { status, stdout } = run(path, '--json', '--today', '2025-06-30');
    expect(status).toBe(0);
    expect(JSON.parse(stdout).findings.map((f: { rule: string; sheet: string; cell: string }) => [f.rule, `${f.sheet}!${f.cell}`])).toEqual([
      ['objective-no-sponsor', `Strategy!${STRATEGY_TABLE.columns.sponsor}8`],
    ]);
  });
});

describe('terminal control characters from the workbook never reach the terminal raw', () => {
  it('ESC, BEL, CR and C1 controls in names are shown as visible pictures or U+FFFD, in Markdown and JSON', async () => {
    // "ESC c" resets a terminal; a CR lets the rest of a name overwrite the line; U+009B is a C1 CSI.
    const evil = 'Sales\u001bc onboarding\u0007\rAudited OK \u009b2J';
    const planted = await variant('control-plain.xlsx', (wb) => {
      wb.getWorksheet('Alignment')!.getCell(`${ALIGNMENT_TABLE.columns.name}9`).value = 'PLANTED NAME';
      wb.getWorksheet('Impact')!.getCell(`${IMPACT_TABLE.columns.confidence}9`).value = 80; // a finding that names it
    });
    // exceljs drops the characters XML cannot hold, so the name goes in as Excel writes it: _x001B_ (ECMA-376 §22.9.2.19).
    const parts = archiveParts(readFileSync(planted));
    const strings = parts.get('xl/sharedStrings.xml')!.toString('utf8').replace('PLANTED NAME', 'Sales_x001B_c onboarding_x0007__x000D_Audited OK \u009b2J');
    const path = join(dir, 'control.xlsx');
    writeFileSync(path, zipArchive([...parts].map(([name, data]) => ({ name, data: name === 'xl/sharedStrings.xml' ? strings : data }))));
    const { status, stdout, stderr } = run(path, '--today', '2025-06-30');
    expect(status).toBe(1);
    expect(stderr).toBe('');
    // eslint-disable-next-line no-control-regex
    expect(stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(stdout).toContain('Sales␛c onboarding␇ Audited OK \ufffd2J');
    const json = run(path, '--json', '--today', '2025-06-30');
    // eslint-disable-next-line no-control-regex
    expect(json.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(JSON.parse(json.stdout).findings.some((f: { title: string }) => f.title.includes(evil))).toBe(true);
  });
});

describe('ld-report on files it cannot read: a clear reason, exit 2, no stack trace', () => {
  const cases: [string, () => Promise<string>, RegExp][] = [
    ['a random .xlsx', async () => {
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet('Sheet1').addRow(['Quarter', 'Sales']);
      const path = join(dir, 'random.xlsx');
      await wb.xlsx.writeFile(path);
      return path;
    }, /random\.xlsx: This workbook has no L&D framework/],
    ['a text file', async () => {
      const path = join(dir, 'notes.xlsx');
      writeFileSync(path, 'this is not a workbook\n');
      return path;
    }, /cannot read .*notes\.xlsx: not an \.xlsx workbook/],
    ['a workbook with a sheet missing', () => variant('no-impact.xlsx', (wb) => wb.removeWorksheet(wb.getWorksheet('Impact')!.id)), /no-impact\.xlsx: .*missing its Impact sheet/],
    ['a file that does not exist', async () => join(dir, 'nowhere.xlsx'), /cannot read .*nowhere\.xlsx: no such file/],
    ['an empty file', async () => {
      const path = join(dir, 'empty.xlsx');
      writeFileSync(path, '');
      return path;
    }, /the file is empty/],
  ];

  it.each(cases)('%s', async (_name, make, reason) => {
    const path = await make();
    const { status, stdout, stderr } = run(path);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(reason);
    expect(stderr).not.toMatch(NO_STACK);
    const json = run(path, '--json');
    expect(json.status).toBe(2);
    expect(JSON.parse(json.stdout)).toEqual({ file: path, ok: false, reason: expect.stringMatching(reason) });
  });

  it('a wrong command line: usage, exit 2', () => {
    const { status, stderr } = run('--frobnicate');
    expect(status).toBe(2);
    expect(stderr).toContain('Usage: ld-report');
    expect(stderr).not.toMatch(NO_STACK);
  });
});

describe('the .xlsx adapter', () => {
  it('gives formula results, shared, inline and rich text, booleans and errors as a host would (ECMA-376 §18.3.1.4)', () => {
    const strings = ['Grow ', 'Grow revenue'];
    const xml = `<worksheet><sheetData>
      <row r="1"><c r="A1"><f>B1*2</f><v>7</v></c><c r="B1"><f>A1*2</f></c><c r="C1" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>
      <row r="2"><c r="A2" t="s"><v>1</v></c><c r="C2" t="inlineStr"><is><r><t>Da</t></r><r><t xml:space="preserve">na &amp; co</t></r></is></c></row>
      <row r="4"><c r="B4" t="b"><v>1</v></c><c r="C4" t="str"><f>"x"</f><v>x&lt;y</v></c><c r="D4" s="3"/></row>
    </sheetData></worksheet>`;
    expect(worksheetValues(xml, () => strings, 'Test')).toEqual([
      [7, null, '#DIV/0!'],
      ['Grow revenue', null, 'Dana & co'],
      [],
      [null, true, 'x<y'],
    ]);
  });
});
