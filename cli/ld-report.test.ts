/**
 * The `ld-report` command, run as a child process exactly as `npx ld-report` runs it (cli/ld-report.js),
 * on the GrowthCorp example written by the project's own .xlsx writer, on copies with planted faults,
 * and on files that are not framework workbooks.
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { buildWorkbookSpec, IMPACT_TABLE, ROI_TABLE, STRATEGY_TABLE } from '../core/templates';
import { writeWorkbook } from '../scripts/xlsx/write-workbook';
import { plainValue } from './xlsx-source';

const ROOT = join(__dirname, '..');
const LAUNCHER = join(ROOT, 'cli', 'ld-report.js');
let dir: string;
let example: string;

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [LAUNCHER, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A copy of the example with `edit` applied, written to `name` in the temporary folder. */
async function variant(name: string, edit: (workbook: ExcelJS.Workbook) => void): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(example);
  edit(workbook);
  const path = join(dir, name);
  await workbook.xlsx.writeFile(path);
  return path;
}

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
  });

  it('prints JSON for machines with --json', () => {
    const { status, stdout } = run(example, '--json', '--today', '2025-06-30', '--budget', '1,500,000');
    expect(status).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.ok).toBe(true);
    expect(report.counts).toEqual({ error: 0, warning: 0, info: 0 });
    expect(report.summary.figures.bcr).toBe(3.5);
    expect(report.plan.funded).toBe(1460000);
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

  it('a sponsor removed is a warning at the sponsor cell: exit 0', async () => {
    const path = await variant('no-sponsor.xlsx', (wb) => { wb.getWorksheet('Strategy')!.getCell(`${STRATEGY_TABLE.columns.sponsor}8`).value = null; });
    const { status, stdout } = run(path, '--json', '--today', '2025-06-30');
    expect(status).toBe(0);
    expect(JSON.parse(stdout).findings.map((f: { rule: string; sheet: string; cell: string }) => [f.rule, `${f.sheet}!${f.cell}`])).toEqual([
      ['objective-no-sponsor', `Strategy!${STRATEGY_TABLE.columns.sponsor}8`],
    ]);
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
    }, /not a framework workbook: missing sheets Strategy, Alignment, Impact, ROI/],
    ['a text file', async () => {
      const path = join(dir, 'notes.xlsx');
      writeFileSync(path, 'this is not a workbook\n');
      return path;
    }, /cannot read .*notes\.xlsx: not an \.xlsx workbook/],
    ['a workbook with a sheet missing', () => variant('no-impact.xlsx', (wb) => wb.removeWorksheet(wb.getWorksheet('Impact')!.id)), /not a framework workbook: missing sheet Impact$/m],
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
  it('gives formula results, rich text, hyperlinks and errors as a host would', () => {
    expect(plainValue({ formula: 'A1*2', result: 7 } as ExcelJS.CellValue)).toBe(7);
    expect(plainValue({ formula: 'A1*2' } as ExcelJS.CellValue)).toBeNull();
    expect(plainValue({ sharedFormula: 'B2', result: { error: '#N/A' } } as unknown as ExcelJS.CellValue)).toBe('#N/A');
    expect(plainValue({ richText: [{ text: 'Grow ' }, { text: 'revenue' }] } as ExcelJS.CellValue)).toBe('Grow revenue');
    expect(plainValue({ text: 'Dana', hyperlink: 'mailto:dana@example.com' } as ExcelJS.CellValue)).toBe('Dana');
    expect(plainValue({ error: '#DIV/0!' } as ExcelJS.CellValue)).toBe('#DIV/0!');
  });
});
