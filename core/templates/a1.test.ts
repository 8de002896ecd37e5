/**
 * A1 addresses and the references inside formulas (core/templates/a1.ts): every template, the sheet
 * renaming and the reference checks of the specs rest on them. Expected values are worked by hand
 * (A = 1, Z = 26, AA = 27, XFD = 16,384, Excel's last column).
 */
import {
  absolute, cellAddress, columnLetter, columnNumber, columnsAddress, findFunctionNames, findReferences, formatRange, parseCell, parseRange,
  quoteSheet, rangeAddress, rewriteSheetNames, shiftColumn, splitLiterals, splitSheetReference,
} from './a1';

describe('columns', () => {
  test('letters and numbers, both ways, across the one-, two- and three-letter boundaries', () => {
    const pairs: [number, string][] = [[1, 'A'], [2, 'B'], [26, 'Z'], [27, 'AA'], [52, 'AZ'], [53, 'BA'], [702, 'ZZ'], [703, 'AAA'], [16384, 'XFD']];
    expect(pairs.map(([n]) => columnLetter(n))).toEqual(pairs.map(([, l]) => l));
    expect(pairs.map(([, l]) => columnNumber(l))).toEqual(pairs.map(([n]) => n));
    expect(columnNumber('xfd')).toBe(16384);
    expect(columnLetter(0)).toBe('');
  });

  test('shiftColumn moves right (or left) by an offset', () => {
    expect(shiftColumn('A', 0)).toBe('A');
    expect(shiftColumn('Z', 1)).toBe('AA');
    expect(shiftColumn('AB', -2)).toBe('Z');
  });
});

describe('cells and ranges', () => {
  test('parseCell reads relative and absolute addresses, any case, trimmed', () => {
    expect(parseCell('B6')).toEqual({ row: 6, column: 2 });
    expect(parseCell(' $b$6 ')).toEqual({ row: 6, column: 2 });
    expect(parseCell('XFD1048576')).toEqual({ row: 1048576, column: 16384 });
    for (const bad of ['', 'B', '6', 'ABCD1', 'B6:C7', 'Sheet!B6', 'B-6', 'B6x']) expect(parseCell(bad)).toBeUndefined();
  });

  test('cellAddress, rangeAddress (one cell stays one) and columnsAddress', () => {
    expect(cellAddress(3, 2)).toBe('B3');
    expect(rangeAddress(1, 1, 4, 3)).toBe('A1:C4');
    expect(rangeAddress(5, 2, 5, 2)).toBe('B5');
    expect(rangeAddress(5, 2, 5, 3)).toBe('B5:C5');
    expect(rangeAddress(5, 2, 6, 2)).toBe('B5:B6');
    expect(columnsAddress(3, 3)).toBe('C:E');
    expect(columnsAddress(1, 1)).toBe('A:A');
  });

  test('absolute pins both parts; a non-cell is an error', () => {
    expect(absolute('B4')).toBe('$B$4');
    expect(absolute('$b4')).toBe('$B$4');
    expect(() => absolute('B')).toThrow('not a cell: B');
  });

  test('splitSheetReference: with or without =, quoted names unescaped, the last ! splits', () => {
    expect(splitSheetReference("='Strategy (2)'!$A$6:$A$17")).toEqual({ sheet: 'Strategy (2)', address: '$A$6:$A$17' });
    expect(splitSheetReference("'O''Brien'!B2")).toEqual({ sheet: "O'Brien", address: 'B2' });
    expect(splitSheetReference('ROI!C5')).toEqual({ sheet: 'ROI', address: 'C5' });
    expect(splitSheetReference(' C5:C9 ')).toEqual({ sheet: undefined, address: 'C5:C9' });
    expect(splitSheetReference("'Q1!plan'!B2")).toEqual({ sheet: 'Q1!plan', address: 'B2' });
    expect(splitSheetReference("'half!B2")).toEqual({ sheet: "'half", address: 'B2' }); // not closed: left as written
  });

  test('parseRange: a cell is a range of one; sheets unquoted; anything else undefined', () => {
    expect(parseRange('Strategy!$A$6:$A$17')).toEqual({ sheet: 'Strategy', start: { row: 6, column: 1 }, end: { row: 17, column: 1 } });
    expect(parseRange("'My ''Sheet'''!B2")).toEqual({ sheet: "My 'Sheet'", start: { row: 2, column: 2 }, end: { row: 2, column: 2 } });
    expect(parseRange(' C5:C9 ')).toEqual({ sheet: undefined, start: { row: 5, column: 3 }, end: { row: 9, column: 3 } });
    expect(parseRange("'Unclosed!B2")).toEqual({ sheet: "'Unclosed", start: { row: 2, column: 2 }, end: { row: 2, column: 2 } });
    for (const bad of ['C:C', 'C5:', 'Sheet!', 'Sheet!5:9', 'hello']) expect(parseRange(bad)).toBeUndefined();
  });

  test('formatRange: one cell or a span, $ when asked, the sheet quoted when it needs it', () => {
    const span = { start: { row: 6, column: 1 }, end: { row: 17, column: 2 } };
    expect(formatRange(span)).toBe('A6:B17');
    expect(formatRange(span, true)).toBe('$A$6:$B$17');
    expect(formatRange({ ...span, sheet: 'Strategy (2)' })).toBe("'Strategy (2)'!A6:B17");
    expect(formatRange({ sheet: 'ROI', start: { row: 6, column: 1 }, end: { row: 6, column: 1 } }, true)).toBe('ROI!$A$6');
    expect(formatRange({ start: { row: 6, column: 1 }, end: { row: 6, column: 2 } })).toBe('A6:B6'); // same row, two columns
    expect(formatRange({ start: { row: 6, column: 1 }, end: { row: 7, column: 1 } })).toBe('A6:A7'); // same column, two rows
  });
});

describe('quoteSheet', () => {
  test('a plain name stays; spaces, quotes, digits first and names that read as references are quoted', () => {
    expect(['Strategy', 'ROI', 'Plan_2025', 'my.sheet', '_x'].map(quoteSheet)).toEqual(['Strategy', 'ROI', 'Plan_2025', 'my.sheet', '_x']);
    expect(quoteSheet('Strategy (2)')).toBe("'Strategy (2)'");
    expect(quoteSheet("O'Brien")).toBe("'O''Brien'");
    expect(quoteSheet('2025')).toBe("'2025'");
    expect(quoteSheet('AB12')).toBe("'AB12'"); // a cell
    expect(quoteSheet('ABCD12')).toBe('ABCD12'); // four letters: no column that wide
    expect(quoteSheet('R1C1')).toBe("'R1C1'");
    expect(quoteSheet('rc')).toBe("'rc'");
    expect(quoteSheet('R')).toBe("'R'");
    expect(quoteSheet('c12')).toBe("'c12'");
    expect(quoteSheet('TRUE')).toBe("'TRUE'");
    expect(quoteSheet('false')).toBe("'false'");
    expect(quoteSheet('Truer')).toBe('Truer');
  });
});

describe('formulas', () => {
  test('splitLiterals: code and "strings" in turn, "" inside a string kept, an unclosed string to the end', () => {
    expect(splitLiterals('=A1&"x ""y"" z"&B2')).toEqual([
      { literal: false, text: '=A1&' }, { literal: true, text: '"x ""y"" z"' }, { literal: false, text: '&B2' },
    ]);
    expect(splitLiterals('"a""b"')).toEqual([{ literal: true, text: '"a""b"' }]);
    expect(splitLiterals('=""')).toEqual([{ literal: false, text: '=' }, { literal: true, text: '""' }]);
    expect(splitLiterals('="open')).toEqual([{ literal: false, text: '=' }, { literal: true, text: '"open' }]);
    expect(splitLiterals('')).toEqual([]);
  });

  test('rewriteSheetNames renames references only, never inside strings, quoting as needed', () => {
    const rename = (n: string) => ({ Strategy: 'My Strategy', "O'Brien": 'Plain', ROI: undefined } as Record<string, string | undefined>)[n];
    expect(rewriteSheetNames('=Strategy!A1&"Strategy!A1"', rename)).toBe(`='My Strategy'!A1&"Strategy!A1"`);
    expect(rewriteSheetNames("='O''Brien'!B2+ROI!C3", rename)).toBe('=Plain!B2+ROI!C3');
    expect(rewriteSheetNames('=SUM(Strategy!A1:A3)*2', () => undefined)).toBe('=SUM(Strategy!A1:A3)*2');
  });

  test('findReferences: cells and ranges with their sheets, not inside strings, names or quoted sheet names', () => {
    const found = findReferences(`=SUM('Strategy (2)'!$A$6:$A$17)+ROI!C5*LOG10(B2)+"D4"+'A0'!$F:$F+'My A1 plan'!C:C`);
    expect(found.map((r) => [r.text, r.sheet, r.start, r.end])).toEqual([
      [`'Strategy (2)'!$A$6:$A$17`, 'Strategy (2)', { row: 6, column: 1 }, { row: 17, column: 1 }],
      ['ROI!C5', 'ROI', { row: 5, column: 3 }, { row: 5, column: 3 }],
      ['B2', undefined, { row: 2, column: 2 }, { row: 2, column: 2 }],
    ]);
    expect(findReferences("='O''Brien'!B2").map((r) => r.sheet)).toEqual(["O'Brien"]);
    expect(findReferences('=A1+A1')).toHaveLength(2); // the scanner starts afresh on each call and each segment
    expect(findReferences('=A1&"x"&B2').map((r) => r.text)).toEqual(['A1', 'B2']);
    expect(findReferences('=F1(2)')).toEqual([]); // a function named like a cell
  });

  test('findFunctionNames: upper case, outside strings, not a sheet name before (', () => {
    expect(findFunctionNames('=iferror(Sum(A1:A3), "IF(")+ ROUND (B2, 2)')).toEqual(['IFERROR', 'SUM', 'ROUND']);
    expect(findFunctionNames("='My(plan'!A1+x.y(1)")).toEqual(['X.Y']);
    expect(findFunctionNames('=A1+B2')).toEqual([]);
  });
});
