/**
 * The `.xlsx` adapter's defined names: the framework markers (core/framework/marker.ts) are
 * workbook-level defined names, read from xl/workbook.xml with their reference text as written.
 */
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import ExcelJS from 'exceljs';
import { LIMITS, workbookDefinedNames, worksheetValues, xlsxSource, xmlText } from './xlsx-source';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'xlsx-source-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('definedNames gives the workbook-level names of a file written by exceljs, with their sheet-qualified references', async () => {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Strategy (2)').getCell('A1').value = 'Strategy';
  workbook.addWorksheet("Bob's ROI").getCell('A1').value = 'ROI';
  workbook.definedNames.add("'Strategy (2)'!$A$1", 'LDFramework2_Strategy');
  workbook.definedNames.add("'Bob''s ROI'!$A$1", 'LDFramework_ROI');
  const path = join(dir, 'names.xlsx');
  await workbook.xlsx.writeFile(path);
  const source = await xlsxSource(path);
  const names = [...source.definedNames!()].sort((a, b) => a.name.localeCompare(b.name));
  expect(names).toEqual([
    { name: 'LDFramework_ROI', reference: "'Bob''s ROI'!$A$1" },
    { name: 'LDFramework2_Strategy', reference: "'Strategy (2)'!$A$1" },
  ]);
});

test('workbookDefinedNames keeps #REF! names, decodes entities and leaves out sheet-scoped names (ECMA-376 §18.2.5)', () => {
  const xml = `<workbook><definedNames>
    <definedName name="LDFramework_History">#REF!</definedName>
    <definedName name="Local" localSheetId="0">Sheet1!$A$1</definedName>
    <definedName name="Amp">'R&amp;D &apos;24'!$B$2</definedName>
    <x:definedName name="Prefixed" hidden="1">'A'!$A$1</x:definedName>
  </definedNames></workbook>`;
  expect(workbookDefinedNames(xml)).toEqual([
    { name: 'LDFramework_History', reference: '#REF!' },
    { name: 'Amp', reference: "'R&D '24'!$B$2" },
    { name: 'Prefixed', reference: "'A'!$A$1" },
  ]);
  expect(xmlText('a&#x41;&#66;&lt;')).toBe('aAB<');
});

test('worksheetValues skips values past the columns it reads (the Learning data sheet\'s), and refuses them past its column limit elsewhere', () => {
  const xml = '<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>kept</t></is></c><c r="BL1"><v>64</v></c><c r="BM1"><v>65</v></c><c r="IV1" t="b"><v>1</v></c><c r="XFD1"><v>9</v></c></row></sheetData></worksheet>';
  const read = worksheetValues(xml, () => [], 'Learning data', { rows: 10, columns: 256, readColumns: LIMITS.learningColumns });
  expect(read[0]).toHaveLength(64);
  expect([read[0][0], read[0][63]]).toEqual(['kept', 64]);
  expect(() => worksheetValues(xml, () => [], 'Alignment', { rows: 10, columns: 256 })).toThrow('the sheet Alignment has a value in column XFD, beyond the 256 columns ld-report reads');
});
