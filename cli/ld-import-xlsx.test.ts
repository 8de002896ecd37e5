/** The package edits of ld-import, on small hand-written parts (ECMA-376 Part 1 element shapes). */
import JSZip from 'jszip';
import { AppendConflictError, appendRowsToSheetXml, appendToPackage, extendDimension, extendTableXml, setFullCalcOnLoad, styleWithNumberFormat, xmlCellText } from './ld-import-xlsx';
import { sharedStrings, worksheetValues } from './xlsx-source';

const SHEET = (rows: string) =>
  `<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><dimension ref="A1:C6"/><sheetData>${rows}</sheetData><pageMargins/></worksheet>`;
const HEADER = '<row r="5"><c r="A5" t="inlineStr"><is><t>Key</t></is></c><c r="B5" t="inlineStr"><is><t>Date</t></is></c></row>';
const target = (rows: (string | number | null)[][], startRow = 6) => ({ sheet: 'Learning data', headerRow: 5, startRow, columns: [1, 2], rows });
const values = (xml: string) => worksheetValues(xml, () => [], 'Learning data');

describe('appendRowsToSheetXml', () => {
  it('adds rows in order after the existing ones, text inline, numbers as values, and grows the dimension', () => {
    const xml = appendRowsToSheetXml(SHEET(HEADER), target([['a', 45730], ['b', null]]), () => undefined);
    expect(values(xml).slice(4)).toEqual([['Key', 'Date'], ['a', 45730], ['b']]);
    expect(xml).toContain('<dimension ref="A1:C7"/>');
    expect(xml.indexOf('r="5"')).toBeLessThan(xml.indexOf('r="6"'));
  });

  it('fills formatted empty cells keeping their style, takes the first data row style elsewhere, and keeps other cells of the row', () => {
    const formatted = '<row r="6" spans="1:3"><c r="B6" s="7"/><c r="C6" s="3"><f>1+1</f></c></row><row r="7"><c r="B7" s="7"/></row><row r="9"><c r="C9"><v>5</v></c></row>';
    const xml = appendRowsToSheetXml(SHEET(HEADER + formatted), target([['a', 1], ['b', 2], ['c', 3]]), () => '99');
    expect(xml).toContain('<row r="6"><c r="A6" s="99" t="inlineStr"><is><t>a</t></is></c><c r="B6" s="7"><v>1</v></c><c r="C6" s="3"><f>1+1</f></c></row>');
    expect(xml).toContain('<c r="B8" s="7"><v>3</v></c>');
    // The row after the written ones is kept as it was, in order.
    expect(xml.indexOf('<row r="8"')).toBeLessThan(xml.indexOf('<row r="9"><c r="C9"><v>5</v></c></row>'));
  });

  it('refuses to write where a cell already holds a value or a formula', () => {
    const taken = '<row r="7"><c r="B7"><f>A1</f></c></row>';
    expect(() => appendRowsToSheetXml(SHEET(HEADER + taken), target([['a', 1], ['b', 2]]), () => undefined)).toThrow(AppendConflictError);
    expect(() => appendRowsToSheetXml(SHEET(HEADER + taken), target([['a', 1], ['b', 2]]), () => undefined)).toThrow(/already has something in B7/);
  });

  it('opens an empty sheetData and refuses rows past the last row a sheet has', () => {
    const xml = appendRowsToSheetXml('<worksheet><sheetData/></worksheet>', target([['x', 1]]), () => undefined);
    expect(values(xml)[5]).toEqual(['x', 1]);
    expect(() => appendRowsToSheetXml(SHEET(HEADER), target([['x', 1], ['y', 2]], 1_048_576), () => undefined)).toThrow(/past the last row/);
  });

  it('stores any text exactly: markup, control characters, _x sequences, spaces and a formula-like text', () => {
    const texts = ['<b>&amp;</b>', 'esc\u001b bell\u0007 cr\r', '_x0041_ stays', '  padded  ', '=cmd|\' /C calc\'!A0', 'lone \ud800 surrogate'];
    const xml = appendRowsToSheetXml(SHEET(HEADER), target(texts.map((t) => [t, null])), () => undefined);
    expect(values(xml).slice(5).map((r) => r[0])).toEqual([...texts.slice(0, 5), 'lone \ufffd surrogate']);
    expect(xml).not.toContain('<f>');
    expect(xmlCellText('a\u0000b')).toBe('a_x0000_b');
  });
});

describe('workbook, table and styles parts', () => {
  it('asks for a full recalculation on load, whether calcPr is there or not', () => {
    expect(setFullCalcOnLoad('<workbook><sheets><sheet/></sheets><calcPr calcId="171027"/></workbook>')).toBe('<workbook><sheets><sheet/></sheets><calcPr calcId="171027" fullCalcOnLoad="1"/></workbook>');
    expect(setFullCalcOnLoad('<workbook><calcPr fullCalcOnLoad="0"/></workbook>')).toBe('<workbook><calcPr fullCalcOnLoad="1"/></workbook>');
    expect(setFullCalcOnLoad('<x:workbook><x:sheets/><x:definedNames><x:definedName/></x:definedNames><x:extLst/></x:workbook>')).toBe('<x:workbook><x:sheets/><x:definedNames><x:definedName/></x:definedNames><x:calcPr fullCalcOnLoad="1"/><x:extLst/></x:workbook>');
  });

  it('grows a table starting on the header row down to the last row written, never shrinks it', () => {
    const table = '<table id="1" name="LearningData" ref="A5:K1005" totalsRowShown="0"><autoFilter ref="A5:K1005"/></table>';
    expect(extendTableXml(table, 5, 1, 2000)).toBe('<table id="1" name="LearningData" ref="A5:K2000" totalsRowShown="0"><autoFilter ref="A5:K2000"/></table>');
    expect(extendTableXml(table, 5, 1, 800)).toBe(table);
    expect(extendTableXml(table, 8, 1, 2000)).toBe(table);
    expect(extendDimension('<dimension ref="A1"/>', 10, 11)).toBe('<dimension ref="A1:K10"/>');
  });

  it('finds or adds a cell style with a number format', () => {
    const styles = '<styleSheet><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellXfs></styleSheet>';
    const date = styleWithNumberFormat(styles, 'yyyy-mm-dd')!;
    expect(date.index).toBe(1);
    expect(date.xml).toContain('<cellXfs count="2">');
    expect(date.xml).toContain('<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>');
    const money = styleWithNumberFormat(date.xml, '"$"#,##0')!;
    expect(money.xml).toContain('<numFmts count="2">');
    expect(money.xml).toContain('<numFmt numFmtId="165" formatCode="&quot;$&quot;#,##0"/>');
    expect(money.index).toBe(2);
    expect(styleWithNumberFormat(money.xml, 'yyyy-mm-dd')!.index).toBe(1);
  });

  it('appendToPackage rewrites the target sheet and keeps every other part as it was', async () => {
    const zip = new JSZip();
    zip.file('xl/workbook.xml', '<workbook><sheets><sheet name="Learning data" sheetId="1" r:id="rId1"/><sheet name="Other" sheetId="2" r:id="rId2"/></sheets></workbook>');
    zip.file('xl/_rels/workbook.xml.rels', '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Target="styles.xml"/></Relationships>');
    zip.file('xl/worksheets/sheet1.xml', SHEET(HEADER));
    zip.file('xl/worksheets/sheet2.xml', SHEET('<row r="1"><c r="A1"><v>1</v></c></row>'));
    zip.file('xl/worksheets/_rels/sheet1.xml.rels', '<Relationships><Relationship Id="rId1" Target="../tables/table1.xml"/></Relationships>');
    zip.file('xl/tables/table1.xml', '<table ref="A5:B6"><autoFilter ref="A5:B6"/></table>');
    zip.file('xl/styles.xml', '<styleSheet><cellXfs count="1"><xf numFmtId="0"/></cellXfs></styleSheet>');
    zip.file('xl/sharedStrings.xml', '<sst><si><t>kept</t></si></sst>');
    const before = await zip.generateAsync({ type: 'nodebuffer' });
    const after = await JSZip.loadAsync(await appendToPackage(before, [{ ...target([['a', 45730], ['b', 45731], ['c', 45732]]), numberFormats: new Map([[2, 'yyyy-mm-dd']]) }]));
    const text = (p: string) => after.file(p)!.async('string');
    expect(values(await text('xl/worksheets/sheet1.xml')).slice(5)).toEqual([['a', 45730], ['b', 45731], ['c', 45732]]);
    expect(await text('xl/worksheets/sheet1.xml')).toContain('<c r="B6" s="1"><v>45730</v></c>');
    expect(await text('xl/tables/table1.xml')).toBe('<table ref="A5:B8"><autoFilter ref="A5:B8"/></table>');
    expect(await text('xl/styles.xml')).toContain('formatCode="yyyy-mm-dd"');
    expect(await text('xl/workbook.xml')).toContain('<calcPr fullCalcOnLoad="1"/>');
    expect(await text('xl/worksheets/sheet2.xml')).toBe(SHEET('<row r="1"><c r="A1"><v>1</v></c></row>'));
    expect(sharedStrings(await text('xl/sharedStrings.xml'))).toEqual(['kept']);
  });

  it('appendToPackage refuses rows that would grow the sheet past what ld-report reads, and the sheet may outgrow other parts', async () => {
    const zip = new JSZip();
    zip.file('xl/workbook.xml', '<workbook><sheets><sheet name="Learning data" sheetId="1" r:id="rId1"/></sheets></workbook>');
    zip.file('xl/_rels/workbook.xml.rels', '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>');
    zip.file('xl/worksheets/sheet1.xml', SHEET(HEADER));
    const before = await zip.generateAsync({ type: 'nodebuffer' });
    const rows = Array.from({ length: 40 }, (_, i) => [`record ${i}`, 45730 + i]);
    // 40 rows take some 4.6 KB: past a 2 KiB part limit, within an 8 KiB sheet limit.
    const after = await JSZip.loadAsync(await appendToPackage(before, [target(rows)], { partBytes: 2048, learningPartBytes: 8192 }));
    const grown = await after.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(grown.length).toBeGreaterThan(2048);
    expect(values(grown).slice(5)).toEqual(rows);
    await expect(appendToPackage(before, [target(rows)], { partBytes: 2048, learningPartBytes: 4096 })).rejects.toThrow(AppendConflictError);
    await expect(appendToPackage(before, [target(rows)], { partBytes: 2048, learningPartBytes: 4096 })).rejects.toThrow(
      /^the sheet Learning data would grow to 5 KiB, beyond the 4 KiB ld-report and ld-import read; keep older records in another workbook and import into a fresh framework \(nothing was written\)$/,
    );
  });
});
