/**
 * `ld-report --pdf`: the executive report printed by headless Chromium (cli/pdf.ts), run as a child
 * process exactly as `npx ld-report` runs it, on the GrowthCorp example and on a copy with planted
 * errors and a hostile program name. The PDF is read back with poppler-utils (pdfinfo, pdftotext,
 * pdftoppm; scripts/ensure-system-deps.sh installs them). Each run gets its own TMPDIR, which must be
 * empty afterwards: Chromium's profile and playwright's files are removed.
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { inflateSync } from 'zlib';
import ExcelJS from 'exceljs';
import { auditWorkbook, money, percent, ratio } from '../core/insights';
import { ALIGNMENT_TABLE, buildWorkbookSpec, IMPACT_TABLE, ROI_TABLE } from '../core/templates';
import { writeWorkbook } from '../scripts/xlsx/write-workbook';
import { missingEngineMessage } from './pdf';
import { esc, executiveReportHtml } from './report-html';
import { xlsxSource } from './xlsx-source';

const ROOT = join(__dirname, '..');
const LAUNCHER = join(ROOT, 'cli', 'ld-report.js');
const HOSTILE = '<img src=x onerror=alert(1)>';
let dir: string;
let example: string;

/** Runs ld-report with its own empty TMPDIR; returns what it printed and what it left there. */
function run(env: Record<string, string>, ...args: string[]) {
  const tmp = mkdtempSync(join(dir, 'tmp-'));
  const result = spawnSync(process.execPath, [LAUNCHER, ...args], {
    cwd: ROOT, encoding: 'utf8', timeout: 90000, env: { ...process.env, TMPDIR: tmp, ...env },
  });
  // tsx keeps its compile cache (tsx-<uid>) in the temporary folder on every run; it is removed with `tmp`.
  const left = readdirSync(tmp).filter((name) => !/^tsx-\d+$/.test(name));
  rmSync(tmp, { recursive: true, force: true });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, left };
}

function tool(command: string, ...args: string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr}`);
  return result.stdout;
}

function pages(pdf: string): number {
  return Number(/^Pages:\s+(\d+)/m.exec(tool('pdfinfo', pdf))![1]);
}

/** The PDF's text with every run of white space as one space (pdftotext breaks lines where the page does). */
function text(pdf: string): string {
  return tool('pdftotext', '-enc', 'UTF-8', pdf, '-').replace(/\s+/g, ' ');
}

/** The grey levels (first channel) of an 8-bit greyscale or RGB, non-interlaced PNG, as `pdftoppm -png` writes. */
function greyPixels(png: Buffer): { width: number; height: number; pixels: Uint8Array } {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  let offset = 8;
  let width = 0;
  let height = 0;
  let bpp = 1;
  const data: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      expect(body[8]).toBe(8); // 8 bits a channel
      expect([0, 2]).toContain(body[9]); // greyscale or RGB
      expect(body[12]).toBe(0); // not interlaced
      bpp = body[9] === 2 ? 3 : 1;
    } else if (type === 'IDAT') data.push(body);
    offset += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * bpp;
  const bytes = new Uint8Array(stride * height);
  // Undo each row's filter (PNG specification, section 9).
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x];
      const a = x >= bpp ? bytes[y * stride + x - bpp] : 0;
      const b = y > 0 ? bytes[(y - 1) * stride + x] : 0;
      const c = x >= bpp && y > 0 ? bytes[(y - 1) * stride + x - bpp] : 0;
      const p = a + b - c;
      const paeth = Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const predicted = [0, a, b, (a + b) >> 1, paeth][filter];
      bytes[y * stride + x] = (v + predicted) & 0xff;
    }
  }
  const pixels = new Uint8Array(width * height);
  for (let k = 0; k < pixels.length; k++) pixels[k] = bytes[k * bpp];
  return { width, height, pixels };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ld-report-pdf-'));
  example = join(dir, 'GrowthCorp-example.xlsx');
  await writeWorkbook(buildWorkbookSpec('growthcorp'), example);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ld-report --pdf on the GrowthCorp example', () => {
  let pdf: string;
  let result: ReturnType<typeof run>;

  beforeAll(() => {
    pdf = join(dir, 'report.pdf');
    result = run({}, example, '--today', '2025-06-30', '--organisation', 'GrowthCorp', '--pdf', pdf);
  });

  it('writes a PDF of one or two pages, exit 0, and leaves nothing in the temporary folder', () => {
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pages(pdf)).toBeGreaterThanOrEqual(1);
    expect(pages(pdf)).toBeLessThanOrEqual(2);
    expect(result.left).toEqual([]);
  });

  it('holds the headline figures the core computes, the summary, the charts and the footer', async () => {
    const report = auditWorkbook(await xlsxSource(example), { today: '2025-06-30', organisation: 'GrowthCorp' });
    if (!report.ok) throw new Error(report.reason);
    const s = report.summary.figures;
    // The case study's figures (docs/insights.md): $1,660,000 invested, $5,810,000 back, ROI 250%, BCR 3.5x.
    expect([money(s.investment), money(s.adjustedBenefits), percent(s.roi!), ratio(s.bcr!)]).toEqual(['$1,660,000', '$5,810,000', '250%', '3.5x']);
    const got = text(pdf);
    for (const figure of [money(s.investment), money(s.adjustedBenefits), money(s.netBenefits), percent(s.roi!), ratio(s.bcr!), percent(s.alignedShare!), percent(s.objectiveCoverage!), money(s.nextBudget!)]) {
      expect(got).toContain(figure);
    }
    const firstSentence = report.summary.paragraphs[0].split('. ')[0];
    expect(firstSentence).toMatch(/^In FY2025, GrowthCorp invested \$1,660,000 in 7 people-development programs/);
    expect(got).toContain(firstSentence);
    expect(got).toContain(report.summary.title);
    for (const caption of ['Investment and adjusted benefits by objective', 'Benefit–cost ratio over time', 'Top 10 initiatives by net benefit']) expect(got).toContain(caption);
    // Chart labels: the first snapshot's BCR and the top initiative (the summary names the same).
    expect(got).toContain('1.2x');
    expect(got).toContain(s.topInitiatives[0].name);
    expect(got).toContain('The audit found no errors');
    expect(got).toMatch(/Page 1 of [12]/);
  });

  it('page 1 as a PNG is a full page with ink on it, not a blank', () => {
    const prefix = join(dir, 'page');
    tool('pdftoppm', '-png', '-gray', '-r', '40', '-f', '1', '-l', '1', '-singlefile', pdf, prefix);
    const { width, height, pixels } = greyPixels(readFileSync(`${prefix}.png`));
    // A4 at 40 dpi: 8.27 × 11.69 in → 331 × 468 pixels.
    expect([width, height]).toEqual([331, 468]);
    const inked = pixels.filter((v) => v < 200).length / pixels.length;
    expect(inked).toBeGreaterThan(0.03);
    expect(inked).toBeLessThan(0.5);
    // The top half (title, figures, summary) and the bottom half (the chart) both have ink.
    const half = (from: number, to: number) => pixels.subarray(from * width, to * width).filter((v) => v < 200).length;
    expect(half(0, height / 2)).toBeGreaterThan(0);
    expect(half(height / 2, height - 40)).toBeGreaterThan(0);
  });

  it('prints on Letter paper with --paper letter', () => {
    const letter = join(dir, 'letter.pdf');
    const { status } = run({}, example, '--today', '2025-06-30', '--pdf', letter, '--paper', 'letter');
    expect(status).toBe(0);
    expect(tool('pdfinfo', letter)).toMatch(/Page size:\s+612 x 792 pts \(letter\)/);
    expect(pages(letter)).toBeLessThanOrEqual(2);
  });
});

describe('ld-report --pdf on a workbook with planted errors and a hostile name', () => {
  it('lists the errors at their cells, says how many warnings, shows the name as text; exit 1', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(example);
    workbook.getWorksheet('Alignment')!.getCell(`${ALIGNMENT_TABLE.columns.name}9`).value = HOSTILE;
    workbook.getWorksheet('Impact')!.getCell(`${IMPACT_TABLE.columns.confidence}9`).value = 80; // 80 meant as 80%
    const planted = join(dir, 'planted.xlsx');
    await workbook.xlsx.writeFile(planted);
    const report = auditWorkbook(await xlsxSource(planted), { today: '2026-01-31' });
    if (!report.ok) throw new Error(report.reason);
    const errors = report.findings.filter((f) => f.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(report.counts.warning).toBeGreaterThan(0); // contacts older than 90 days on 31 January 2026

    const pdf = join(dir, 'planted.pdf');
    const result = run({}, planted, '--today', '2026-01-31', '--pdf', pdf);
    expect(result.status).toBe(1);
    expect(result.left).toEqual([]);
    const got = text(pdf);
    expect(pages(pdf)).toBeLessThanOrEqual(2);
    expect(got).toContain(`The audit found ${errors.length} error`);
    for (const f of errors.slice(0, 6)) {
      expect(got).toContain(`${f.sheet}!${f.cell}`);
      expect(got).toContain(f.title.replace(/\s+/g, ' '));
    }
    expect(got).toContain(`It also notes ${report.counts.warning} warning`);
    expect(got).toContain('npx ld-report planted.xlsx');
    expect(got).toContain(HOSTILE);
  });
});

describe('ld-report --pdf on a workbook with many errors and long names', () => {
  it('still prints on at most two pages: fewer errors listed, the rest counted with where to read them', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(example);
    // The example's 7 initiatives are on rows 9–15 of Alignment, Impact and ROI (header row 8).
    for (let row = 9; row <= 15; row++) {
      workbook.getWorksheet('Alignment')!.getCell(`${ALIGNMENT_TABLE.columns.name}${row}`).value = `Programme ${row} ${'with a very long descriptive name '.repeat(6)}`;
      workbook.getWorksheet('Impact')!.getCell(`${IMPACT_TABLE.columns.confidence}${row}`).value = 80;
      workbook.getWorksheet('ROI')!.getCell(`${ROI_TABLE.columns.delivery}${row}`).value = null;
    }
    const planted = join(dir, 'many.xlsx');
    await workbook.xlsx.writeFile(planted);
    const report = auditWorkbook(await xlsxSource(planted), { today: '2025-06-30' });
    if (!report.ok) throw new Error(report.reason);
    const errors = report.counts.error;
    expect(errors).toBeGreaterThanOrEqual(14);

    const pdf = join(dir, 'many.pdf');
    for (const paper of ['a4', 'letter']) {
      const result = run({}, planted, '--today', '2025-06-30', '--pdf', pdf, '--paper', paper);
      expect(result.status).toBe(1);
      expect(pages(pdf)).toBeLessThanOrEqual(2);
      const got = text(pdf);
      expect(got).toContain(`The audit found ${errors} errors`);
      expect(got).toMatch(/(…and \d+ more|They are listed): see the full audit \(npx ld-report many\.xlsx/);
    }
  });
});

describe('ld-report --pdf without Chromium', () => {
  it('exits 2 with one line that says how to install it, and writes no PDF', () => {
    const pdf = join(dir, 'none.pdf');
    const result = run({ LD_CHROMIUM: '/nonexistent/chromium' }, example, '--today', '2025-06-30', '--pdf', pdf);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`ld-report: ${missingEngineMessage('/nonexistent/chromium')}\n`);
    expect(result.stderr).toContain('apt-get install chromium');
    expect(result.stderr).toContain('LD_CHROMIUM=/path/to/chrome');
    expect(existsSync(pdf)).toBe(false);
    expect(result.left).toEqual([]);
  });

  it('exits 2 with the same advice when LD_CHROMIUM names something that does not start, and removes its profile', () => {
    const pdf = join(dir, 'none.pdf');
    const result = run({ LD_CHROMIUM: dir }, example, '--today', '2025-06-30', '--pdf', pdf);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`^ld-report: --pdf needs Chromium, but ${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} did not start \\(.+\\): install it with \`apt-get install chromium\``));
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(existsSync(pdf)).toBe(false);
    expect(result.left).toEqual([]);
  });
});

describe('the report HTML shows workbook text as text', () => {
  it('escapes markup and drops control characters', () => {
    expect(esc(`${HOSTILE} & "q" 'a'`)).toBe('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;q&quot; &#39;a&#39;');
    expect(esc('Sales\u001bc onboarding\u0007\r\nnext\u009b2J\u202eevil')).toBe('Salesc onboarding next2Jevil');
  });

  it('puts a hostile name in the page only escaped, and no control character at all', async () => {
    const report = auditWorkbook(await xlsxSource(example), { today: '2025-06-30', organisation: `${HOSTILE}\u001b[2J` });
    if (!report.ok) throw new Error(report.reason);
    const html = executiveReportHtml({ file: join(dir, `${HOSTILE}.xlsx`), report, today: '2025-06-30', organisation: `${HOSTILE}\u001b[2J` });
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
    // Nothing to fetch: no element with a source or a link, no URL.
    expect(html).not.toMatch(/<[^>]*\s(src|href|srcset|xlink:href)=/i);
    expect(html).not.toMatch(/\b(https?|file|ftp):/i);
    // eslint-disable-next-line no-control-regex
    expect(html.replace(/\n/g, '')).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
  });
});
