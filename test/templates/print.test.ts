/**
 * Pages that print: the render plan's row heights and print setup (core/render/print.ts), checked as
 * numbers and then on paper. The GrowthCorp example, written by the .xlsx writer, is printed to PDF by
 * LibreOffice; each page's footer ("Dashboard – page 9 of 14") tells which sheet it belongs to.
 * Reference: before the print setup the same export ran to 106 pages (columns split across pages,
 * 200-row tables printed empty); the Dashboard alone took 9.
 */
import { execFile } from 'child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { promisify } from 'util';
import ExcelJS from 'exceljs';
import {
  FOOTER, estimatedPages, fittedRowHeights, formulaTextLength, printSetup, renderPlan, wrappedLines,
} from '../../core/render';
import { charactersPerLine, lastFilledRow, lineHeight } from '../../core/render/print';
import { ALIGNMENT_TABLE, DASHBOARD_CELLS, STRATEGY_TABLE, buildWorkbookSpec } from '../../core/templates';
import { columnNumber, parseCell, parseRange } from '../../core/templates/a1';
import { DASHBOARD_CHARTS } from '../../core/templates/layout';
import type { SheetSpec } from '../../core/templates/types';
import { writeWorkbook } from '../../scripts/xlsx/write-workbook';
import { exportPdf, pdfPages } from '../support/libreoffice';

const run = promisify(execFile);

/**
 * The Dashboard summary of the GrowthCorp example as LibreOffice computes it (read from the PDF of
 * the example, 2026-11-30): the longest text the summary row must hold.
 */
const GROWTHCORP_SUMMARY =
  "This period L&D invested $1,660,000 in 7 programs and delivered $5,810,000 of business benefits after isolating the programs' own effect and adjusting for " +
  'confidence: $3.50 back for every $1 spent, a return on investment of 250%. 100% of programs are aligned to business goals, covering 100% of the strategy ' +
  "by priority. The benefit-cost ratio has moved from 1.2x at the first snapshot to 3.5x now. Grow annual recurring revenue is up 28% to date. Next period's plan " +
  "of $1,740,000 is 45% above this period's budget.";

function sheet(over: Partial<SheetSpec>): SheetSpec {
  return {
    name: 'Guide', purpose: '', tabColor: '', frozenRows: 0, frozenColumns: 0, columnWidths: [100, 100, 100],
    cells: [], validations: [], conditionalFormats: [], tables: [], charts: [], ...over,
  };
}

describe('text fits its row (estimates from text length, font size and width)', () => {
  test('words wrap as a spreadsheet wraps them; a word longer than a line is broken; line breaks count', () => {
    expect(wrappedLines('one two three', 40)).toBe(1);
    expect(wrappedLines('one two three', 8)).toBe(2); // "one two" / "three"
    expect(wrappedLines('abcdefghij', 4)).toBe(3);
    expect(wrappedLines('a\nb\n\nc', 10)).toBe(4);
  });

  test('characters per line from width and font size; 11-point text fits the default 20-pixel row', () => {
    // (760 − 6 padding) / 6.5 px per character of Calibri 11.
    expect(charactersPerLine(760)).toBe(116);
    expect(charactersPerLine(760, 22)).toBe(58);
    expect(lineHeight(11) + 2).toBe(20);
    expect(lineHeight(18)).toBe(29);
  });

  test('a text formula is estimated from its literals and the values it joins; format codes do not show', () => {
    // "a" and "bc" (3 characters), two joins of a value: 12 characters for TEXT(B1,"0%").
    expect(formulaTextLength('="a"&TEXT(B1,"0%")&"bc"')).toBe(15);
  });

  test('a wrapped cell gets the lines its text needs; a merge is as wide as its visible columns; taller spec heights stay', () => {
    const words = Array.from({ length: 60 }, () => 'abcd').join(' ');
    // 294 / 6.5 → 45 characters a line, nine 4-letter words; 60 words → 7 lines of 18 px, plus 2.
    const plain = sheet({ columnWidths: [300], cells: [[{ value: words, style: 'help' }]] });
    expect(fittedRowHeights(plain)).toEqual([{ row: 1, pixels: 7 * 18 + 2 }]);
    // Merged over A:C with B hidden: 100 + 0 + 200 = 300 px, the same 7 lines.
    const merged = sheet({ columnWidths: [100, 500, 200], hiddenColumns: ['B'], merges: ['A1:C1'], cells: [[{ value: words, style: 'help' }, null, null]] });
    expect(fittedRowHeights(merged)).toEqual([{ row: 1, pixels: 128 }]);
    // Unwrapped text is one line of its size; a row the spec makes taller keeps its height.
    const title = sheet({ cells: [[{ value: 'Title', style: 'title' }], [{ value: 'x' }]], rowHeights: { 2: 40 } });
    expect(fittedRowHeights(title)).toEqual([{ row: 1, pixels: 31 }, { row: 2, pixels: 40 }]);
  });

  test('GrowthCorp: the Dashboard summary row holds the example’s computed paragraph, the Guide title is not cut', () => {
    const plan = renderPlan('growthcorp');
    const dashboard = plan.sheets.find((s) => s.canonical === 'Dashboard')!;
    const summary = parseCell(DASHBOARD_CELLS.summary)!;
    const merge = parseRange(dashboard.merges.find((m) => m.startsWith(DASHBOARD_CELLS.summary))!)!;
    const spec = buildWorkbookSpec('growthcorp').sheets.find((s) => s.name === 'Dashboard')!;
    const hidden = new Set((spec.hiddenColumns ?? []).map(columnNumber));
    let width = 0;
    for (let c = merge.start.column; c <= merge.end.column; c++) if (!hidden.has(c)) width += spec.columnWidths[c - 1];
    const needed = wrappedLines(GROWTHCORP_SUMMARY, charactersPerLine(width, 12)) * lineHeight(12) + 2;
    const planned = dashboard.rowHeights.find((h) => h.row === summary.row)!.pixels;
    expect(planned).toBeGreaterThanOrEqual(needed);
    expect(planned).toBeLessThan(needed * 2.5);
    const guide = plan.sheets.find((s) => s.canonical === 'Guide')!;
    expect(guide.rowHeights.find((h) => h.row === 1)!.pixels).toBeGreaterThanOrEqual(lineHeight(18) + 2);
  });
});

describe('print setup in the plan, derived for every sheet', () => {
  const plan = renderPlan('growthcorp');
  const spec = buildWorkbookSpec('growthcorp');

  test('every sheet: one page wide, footer with sheet name and page, print area from A1 without a hidden last column', () => {
    for (const [i, s] of plan.sheets.entries()) {
      const print = s.print!;
      expect([s.name, print.fitToWidth, print.fitToHeight, print.footer]).toEqual([s.name, 1, 0, FOOTER]);
      const area = parseRange(print.area)!;
      expect(area.start).toEqual({ row: 1, column: 1 });
      expect((spec.sheets[i].hiddenColumns ?? []).map(columnNumber)).not.toContain(area.end.column);
    }
  });

  test('print titles: a table’s header row; the print area ends at the last row with data, not the table’s capacity', () => {
    const strategy = plan.sheets.find((s) => s.canonical === 'Strategy')!;
    expect(strategy.print!.titleRows).toEqual({ first: STRATEGY_TABLE.headerRow, last: STRATEGY_TABLE.headerRow });
    const alignment = spec.sheets.find((s) => s.name === 'Alignment')!;
    // GrowthCorp lists 7 initiatives (core/templates/growthcorp.ts).
    expect(lastFilledRow(alignment)).toBe(ALIGNMENT_TABLE.firstDataRow + 6);
    expect(parseRange(plan.sheets.find((s) => s.canonical === 'Alignment')!.print!.area)!.end.row).toBe(ALIGNMENT_TABLE.firstDataRow + 6);
  });

  test('the Dashboard prints portrait with its charts on a new page; wide tables print landscape', () => {
    const dashboard = plan.sheets.find((s) => s.canonical === 'Dashboard')!;
    expect(dashboard.print).toMatchObject({ orientation: 'portrait', rowBreaks: [DASHBOARD_CHARTS.firstRow - 2] });
    expect(plan.sheets.find((s) => s.canonical === 'Plan')!.print!.orientation).toBe('landscape');
    expect(plan.sheets.find((s) => s.canonical === 'Guide')!.print!.orientation).toBe('portrait');
  });

  test('estimated pages: rows packed per page, a manual break starts a page, titles repeat', () => {
    const twenty = () => 20;
    // Letter portrait: 912 px tall; at scale 1, 45 rows of 20 px a page.
    expect(estimatedPages(twenty, 45, 600, 'portrait', undefined, [])).toEqual({ pages: 1, scale: 1 });
    expect(estimatedPages(twenty, 46, 600, 'portrait', undefined, [])).toMatchObject({ pages: 2 });
    expect(estimatedPages(twenty, 10, 600, 'portrait', undefined, [5])).toMatchObject({ pages: 2 });
    expect(estimatedPages(twenty, 90, 600, 'portrait', { first: 1, last: 1 }, []).pages).toBe(3);
  });

  test('a new sheet gets a print setup without a line of its own', () => {
    const wide = sheet({ columnWidths: Array(20).fill(120), cells: [[{ value: 'x' }]] });
    expect(printSetup(wide, [])).toMatchObject({ orientation: 'landscape', area: 'A1:T1', footer: FOOTER, rowBreaks: [] });
  });
});

/** `###` drawn where a reader sees it: its box on the rendered page is not blank (one colour). */
async function visibleHashes(pdf: string): Promise<string[]> {
  const { stdout } = await run('pdftotext', ['-bbox', pdf, '-'], { maxBuffer: 100 * 1024 * 1024 });
  const dir = mkdtempSync(join(tmpdir(), 'ld-print-pgm-'));
  try {
    // 144 dpi: two pixels per PDF point.
    await run('pdftoppm', ['-gray', '-r', '144', pdf, join(dir, 'p')]);
    const files = readdirSync(dir).sort();
    const found: string[] = [];
    stdout.split('<page ').slice(1).forEach((page, i) => {
      const bytes = readFileSync(join(dir, files[i]));
      const [, w, h] = bytes.toString('latin1', 0, 40).split(/\s+/).map(Number);
      const pixels = bytes.subarray(bytes.length - w * h);
      for (const m of page.matchAll(/xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">###</g)) {
        const [x0, y0, x1, y1] = m.slice(1, 5).map((v) => Number(v) * 2);
        let low = 255, high = 0;
        for (let y = Math.ceil(y0); y < Math.floor(y1); y++) for (let x = Math.ceil(x0); x < Math.floor(x1); x++) {
          low = Math.min(low, pixels[y * w + x]);
          high = Math.max(high, pixels[y * w + x]);
        }
        if (high - low > 40) found.push(`page ${i + 1} at ${m[1]},${m[2]}`);
      }
    });
    return found;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the GrowthCorp example printed by LibreOffice', () => {
  let dir: string;
  let pages: string[];
  let pdf: string;
  let control: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ld-print-'));
    const path = join(dir, 'GrowthCorp-example.xlsx');
    await writeWorkbook(renderPlan('growthcorp'), path);
    pdf = await exportPdf(path);
    pages = await pdfPages(pdf);
    // A positive control for the ### check: a number too wide for its column.
    const book = new ExcelJS.Workbook();
    const ws = book.addWorksheet('Narrow');
    ws.getColumn(1).width = 3;
    ws.getCell('A1').value = 123456789;
    ws.getCell('A1').numFmt = '#,##0';
    const narrow = join(dir, 'control', 'narrow.xlsx');
    mkdirSync(join(dir, 'control'));
    await book.xlsx.writeFile(narrow);
    control = await exportPdf(narrow);
  }, 300_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const pagesBySheet = () => {
    const counts: Record<string, number> = {};
    for (const page of pages) {
      const m = /^\s*(\S.*?) – page \d+ of \d+\s*$/m.exec(page);
      const name = m ? m[1] : '(no footer)';
      counts[name] = (counts[name] ?? 0) + 1;
    }
    return counts;
  };

  test('every sheet is on its own pages with its footer; the Dashboard on at most two; at most 20 pages in all (106 before)', () => {
    const counts = pagesBySheet();
    const names = renderPlan('growthcorp').sheets.map((s) => s.name);
    // On 2026-11-30: one page per sheet, two for the Dashboard, 14 in all.
    expect(Object.keys(counts)).toEqual(names);
    expect(counts.Dashboard).toBeLessThanOrEqual(2);
    expect(pages.length).toBeLessThanOrEqual(20);
  });

  test('the Dashboard: figures and tables on its first page, the charts (their titles) only on its second', () => {
    const dashboard = pages.filter((p) => p.includes('Dashboard – page'));
    expect(dashboard[0]).toContain('Investment and benefits by objective');
    expect(dashboard[0]).not.toContain('Benefit–cost ratio over time');
    expect(dashboard[1]).toContain('Benefit–cost ratio over time');
    expect(dashboard[1]).toContain('Investment and adjusted benefits by objective');
  });

  test('the summary paragraph is printed to its last words', () => {
    const text = pages.filter((p) => p.includes('Dashboard – page')).join(' ').replace(/\s+/g, ' ');
    expect(text).toContain("Next period's plan of $1,740,000 is 45% above this period's budget.");
    expect(text).toContain(GROWTHCORP_SUMMARY.slice(0, 60));
  });

  test('no ### where a reader sees it (hidden helper columns draw theirs clipped to nothing)', async () => {
    expect(await visibleHashes(control)).toHaveLength(1);
    expect(await visibleHashes(pdf)).toEqual([]);
  });
});
