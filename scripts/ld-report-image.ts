/**
 * Part of `npm run screenshots`: docs/images/ld-report.png, page 1 of `ld-report --pdf` on the
 * GrowthCorp example, audited on a fixed date (30 June 2025, the case study's year end), so taking it
 * again gives the same picture. The PDF is printed by cli/pdf.ts and turned into a PNG by poppler's
 * pdftoppm (96 dpi). The tests never write it.
 */
import { spawnSync } from 'child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { auditWorkbook } from '../core/insights';
import { buildWorkbookSpec } from '../core/templates';
import { writePdf } from '../cli/pdf';
import { xlsxSource } from '../cli/xlsx-source';
import { writeWorkbook } from './xlsx/write-workbook';

const OUT = join(__dirname, '..', 'docs', 'images', 'ld-report.png');
const TODAY = '2025-06-30';

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'ld-report-image-'));
  try {
    const file = join(dir, 'GrowthCorp-example.xlsx');
    await writeWorkbook(buildWorkbookSpec('growthcorp'), file);
    const report = auditWorkbook(await xlsxSource(file), { today: TODAY, organisation: 'GrowthCorp' });
    if (!report.ok) throw new Error(report.reason);
    const pdf = join(dir, 'report.pdf');
    await writePdf({ file, report, today: TODAY, organisation: 'GrowthCorp' }, pdf);
    const png = spawnSync('pdftoppm', ['-png', '-r', '96', '-f', '1', '-l', '1', '-singlefile', pdf, join(dir, 'page')], { encoding: 'utf8' });
    if (png.status !== 0) throw new Error(`pdftoppm failed (install poppler-utils): ${png.stderr || png.error?.message}`);
    mkdirSync(join(OUT, '..'), { recursive: true });
    copyFileSync(join(dir, 'page.png'), OUT);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`Wrote ${OUT}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
