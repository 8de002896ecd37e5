/**
 * `npm run docs:report-images`: the pictures of Measures and the three TDRp reports in
 * docs/templates.md, from a LibreOffice render of the GrowthCorp example (not part of `npm test`).
 *
 * 1. The .xlsx writer writes the GrowthCorp workbook; LibreOffice recalculates it.
 * 2. For each pictured sheet, a copy of the recalculated file keeps only that sheet, its formulas
 *    replaced by the values LibreOffice computed, with a landscape page fitted to its width.
 * 3. LibreOffice prints that copy to PDF; poppler's `pdftoppm` turns page 1 into
 *    docs/images/reports-<name>.png.
 *
 * Needs soffice and pdftoppm (`apt-get install -y libreoffice-calc-nogui poppler-utils`).
 */
import { execFileSync } from 'child_process';
import ExcelJS from 'exceljs';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { GROWTHCORP, MEASURES_TABLE, OPERATIONS_REPORT, PROGRAM_REPORT, SHEET_TITLES, SUMMARY_REPORT, buildWorkbookSpec, type SheetName } from '../core/templates';
import { OBJECTIVE_CAPACITY } from '../core/templates/layout';
import { convert, recalculate } from '../test/support/libreoffice';
import { writeWorkbook } from './xlsx/write-workbook';

const measures = GROWTHCORP.measures!.rows.length;
const operations = GROWTHCORP.measures!.rows.filter((x) => x.type !== 'Outcome').length;

/** Each picture: the sheet, the block printed, and the file name under docs/images. */
const PICTURES: readonly { readonly sheet: SheetName; readonly area: string; readonly file: string }[] = [
  { sheet: 'Measures', area: `A1:${MEASURES_TABLE.columns.status}${MEASURES_TABLE.firstDataRow + measures - 1}`, file: 'reports-measures.png' },
  { sheet: 'ProgramReport', area: `A1:J${PROGRAM_REPORT.firstRow + 5}`, file: 'reports-program.png' },
  { sheet: 'OperationsReport', area: `A1:K${OPERATIONS_REPORT.firstRow + operations - 1}`, file: 'reports-operations.png' },
  { sheet: 'SummaryReport', area: `A1:L${SUMMARY_REPORT.firstRow + OBJECTIVE_CAPACITY + 1}`, file: 'reports-summary.png' },
];

/** Replace every formula of `ws` by the value LibreOffice cached for it. */
function freeze(ws: ExcelJS.Worksheet): void {
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (cell.type === ExcelJS.ValueType.Formula) {
        const result = cell.result as ExcelJS.CellValue | undefined;
        cell.value = result === undefined || (typeof result === 'object' && result !== null && 'error' in result) ? null : result;
      }
    }),
  );
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'ld-report-images-'));
  const images = join(__dirname, '..', 'docs', 'images');
  mkdirSync(images, { recursive: true });
  try {
    const written = join(work, 'growthcorp.xlsx');
    await writeWorkbook(buildWorkbookSpec('growthcorp'), written);
    const recalculated = await recalculate(written, { outDir: join(work, 'recalculated') });
    for (const picture of PICTURES) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(recalculated);
      const title = SHEET_TITLES[picture.sheet];
      for (const ws of [...workbook.worksheets]) {
        if (ws.name !== title) workbook.removeWorksheet(ws.id);
      }
      const ws = workbook.getWorksheet(title)!;
      freeze(ws);
      // Only the pictured block: rows below it go (the empty capacity rows would fill the page).
      const lastRow = Number(picture.area.replace(/^.*?(\d+)$/, '$1'));
      ws.eachRow((row) => {
        if (row.number > lastRow) row.eachCell({ includeEmpty: true }, (cell) => {
          cell.value = null;
          cell.style = {};
        });
      });
      // Lists that point at the removed sheets would not survive; a picture needs no dropdowns.
      (ws as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations.model = {};
      ws.views = [{ state: 'normal', showGridLines: false }];
      ws.pageSetup = { ...ws.pageSetup, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printArea: picture.area, margins: { left: 0.3, right: 0.3, top: 0.3, bottom: 0.3, header: 0, footer: 0 } };
      workbook.definedNames.model = [];
      const stem = picture.file.replace(/\.png$/, '');
      const single = join(work, `${stem}.xlsx`);
      await workbook.xlsx.writeFile(single);
      const pdf = await convert(single, 'pdf', join(work, 'pdf'));
      const prefix = join(work, stem);
      execFileSync('pdftoppm', ['-png', '-r', '150', '-f', '1', '-l', '1', '-singlefile', pdf, prefix]);
      copyFileSync(`${prefix}.png`, join(images, picture.file));
      console.log(`wrote docs/images/${picture.file} (${title}!${picture.area})`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
