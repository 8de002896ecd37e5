/**
 * `ld-report` and the Measures sheet, run as a child process exactly as `npx ld-report` runs it, on the
 * GrowthCorp example written by the project's own .xlsx writer: `--json` carries each measure's YTD,
 * % of plan and forecast equal to what the core computes from the same example (measuresFromSource
 * over the template's values), the Markdown lists what is off track or at risk, and a planted fault on
 * Measures is found at its cell (so the bounded .xlsx reader reads the Measures sheet).
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { buildWorkbookSpec, MEASURES_TABLE as T, SHEET_TITLES } from '../core/templates';
import { measuresFromSource, measuresSummary, specSource } from '../core/insights';
import { writeWorkbook } from '../scripts/xlsx/write-workbook';

const ROOT = join(__dirname, '..');
const LAUNCHER = join(ROOT, 'cli', 'ld-report.js');
const SHEET = SHEET_TITLES.Measures;
let dir: string;
let example: string;

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [LAUNCHER, ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** `I8`: a column of the n-th (0-based) example measure. */
const at = (key: string, index: number) => `${(T.columns as Record<string, string>)[key]}${T.firstDataRow + index}`;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ld-report-measures-'));
  example = join(dir, 'GrowthCorp-example.xlsx');
  await writeWorkbook(buildWorkbookSpec('growthcorp'), example);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ld-report and the Measures sheet', () => {
  it('--json: each measure with YTD, % of plan and forecast as the core computes them', () => {
    const { status, stdout, stderr } = run(example, '--json', '--today', '2025-06-30');
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const json = JSON.parse(stdout);
    const expected = measuresSummary(measuresFromSource(specSource(buildWorkbookSpec('growthcorp')))!);
    expect(json.measures.reportingMonth).toBe(9);
    expect(json.measures.thresholds).toEqual(expected.thresholds);
    expect(json.measures.measures).toHaveLength(expected.measures.length);
    expected.measures.forEach((m, k) => {
      const got = json.measures.measures[k];
      expect(got).toMatchObject({ name: m.name, type: m.type, initiative: m.initiative, status: m.status, cell: m.cell, plan: m.plan });
      for (const key of ['ytd', 'ytdPercent', 'forecast', 'forecastPercent'] as const) {
        if (m[key] === null) expect(got[key]).toBeNull();
        else expect(got[key]).toBeCloseTo(m[key]!, 9);
      }
    });
    // The example's one off-track measure (measures.test.ts: 1,100 through month 9 → 1,466.7, 61% of 2,400).
    const discovery = json.measures.measures.find((m: { name: string }) => m.name === 'Discovery workshop hours');
    expect(discovery).toMatchObject({ status: 'Off track', ytd: 1100 });
    expect(discovery.forecastPercent).toBeCloseTo(1100 / 9 * 12 / 2400, 9);
    expect(json.summary.paragraphs).toContain('1 of 23 measures is off track at month 9: Discovery workshop hours (forecast 61% of plan); 4 more are at risk.');
  });

  it('Markdown: a Measures section with the off-track and at-risk measures, off track first', () => {
    const { status, stdout } = run(example, '--today', '2025-06-30');
    expect(status).toBe(0);
    const section = stdout.slice(stdout.indexOf('## Measures'));
    expect(stdout).toContain('## Measures');
    expect(section).toContain('Month 9: 18 of 23 measures with a plan on track');
    const rows = section.split('\n').filter((l) => /^\| (?!Measure|---)/.test(l));
    expect(rows.map((l) => l.split('|')[3].trim())).toEqual(['Off track', 'At risk', 'At risk', 'At risk', 'At risk']);
    expect(rows[0]).toContain('| Discovery workshop hours |');
    expect(rows[0]).toContain('| 61% |');
  });

  it('a measure with no plan in the .xlsx is found at its plan cell', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(example);
    workbook.getWorksheet(SHEET)!.getCell(at('plan', 0)).value = null;
    const path = join(dir, 'no-plan.xlsx');
    await workbook.xlsx.writeFile(path);
    const { stdout } = run(path, '--json', '--today', '2025-06-30');
    const json = JSON.parse(stdout);
    const found = json.findings.filter((f: { rule: string }) => f.rule === 'measure-no-plan');
    expect(found.map((f: { sheet: string; cell: string }) => [f.sheet, f.cell])).toEqual([[SHEET, at('plan', 0)]]);
    expect(json.measures.measures[0]).toMatchObject({ plan: null, status: null });
  });
});
