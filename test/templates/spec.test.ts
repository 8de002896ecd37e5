/**
 * The template specs checked as data, for both datasets: only portable functions, every reference
 * inside a declared sheet and its grid, validation lists that resolve, defined names on formula
 * cells, capacity rows pre-filled, no formula per row over a whole column (cost linear in the rows),
 * and renameSheets moving every reference (property test).
 */
import fc from 'fast-check';
import { readFileSync } from 'fs';
import { join } from 'path';
import {
  ALIGNMENT_TABLE, DEFINED_NAMES, HISTORY_TABLE, IMPACT_TABLE, INITIATIVE_CAPACITY, OBJECTIVE_CAPACITY, PARTNERS_TABLE, PLAN_TABLE, ROI_TABLE,
  SHEET_NAMES, SHEET_TITLES, STRATEGY_TABLE, buildWorkbookSpec, columnNumber, findFunctionNames, findReferences, findSheet, parseRange,
  quoteSheet, renameSheets, rewriteSheetNames,
} from '../../core/templates';
import type { CellSpec, Dataset, SheetName, SheetSpec, TableLayout, WorkbookSpec } from '../../core/templates';

/**
 * Functions a template formula may call: each exists with the same meaning in Excel (2010 and
 * later), Google Sheets and LibreOffice 7.4 (checked against each product's function list). Not
 * here on purpose: LET, LAMBDA, XLOOKUP, FILTER, SORT, UNIQUE (missing from LibreOffice 7.4 or older
 * Excel), TEXTJOIN/CONCAT (missing before Excel 2019), IFS/SWITCH/MAXIFS (Excel 2019+).
 */
const ALLOWED_FUNCTIONS = new Set([
  'ABS', 'AND', 'COUNT', 'COUNTA', 'COUNTIF', 'IF', 'IFERROR', 'INDEX', 'ISNA', 'ISNUMBER', 'LARGE', 'MATCH', 'MAX', 'MIN', 'N', 'NA', 'OR',
  'ROUND', 'ROW', 'SMALL', 'SUM', 'SUMIF', 'SUMPRODUCT', 'TEXT', 'TODAY',
  // Learning data's per-initiative figures (Excel 2007+, Sheets, LibreOffice 3.x+).
  'COUNTIFS', 'SUMIFS', 'AVERAGEIFS', 'SUBSTITUTE',
  // Measures' months from Learning data: each month's first day from the year start (every version of each).
  'DATE', 'YEAR', 'MONTH',
]);

const DATASETS: readonly Dataset[] = ['empty', 'growthcorp'];
/**
 * Each test builds the spec it checks (about 0.3 s): mutation testing judges a mutant only by the tests
 * whose own code reached it, and a spec built at module scope or in a beforeAll belongs to no test.
 */
const specOf = (dataset: Dataset): WorkbookSpec => buildWorkbookSpec(dataset);

interface FormulaSite {
  readonly sheet: SheetSpec;
  readonly where: string;
  readonly formula: string;
  /** 1-based row and column of the cell holding it (undefined for conditional formats). */
  readonly row?: number;
  readonly column?: number;
}

/** The range of an `INDEX(range,` lookup (with or without a sheet), kept to its first cell as $1$2. */
const INDEX_LOOKUP = /INDEX\(((?:'[^']+'|[A-Za-z_][\w.]*)!)?(\$?[A-Z]+\$?\d+):\$?[A-Z]+\$?\d+,/g;

function formulaSites(spec: WorkbookSpec): FormulaSite[] {
  const sites: FormulaSite[] = [];
  for (const sheet of spec.sheets) {
    sheet.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell?.formula !== undefined) sites.push({ sheet, where: `${sheet.name}!R${r + 1}C${c + 1}`, formula: cell.formula, row: r + 1, column: c + 1 });
      }),
    );
    sheet.conditionalFormats.forEach((cf, i) => sites.push({ sheet, where: `${sheet.name} conditional format ${i + 1} (${cf.range})`, formula: cf.formula }));
  }
  return sites;
}

function sheetByName(spec: WorkbookSpec, name: string | undefined, current: SheetSpec): SheetSpec | undefined {
  if (name === undefined) return current;
  return spec.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
}

/** Why a range does not fit in its sheet's declared grid, or undefined when it does. */
function outOfBounds(spec: WorkbookSpec, text: string, current: SheetSpec): string | undefined {
  const ref = parseRange(text);
  if (!ref) return `${text} is not a range`;
  const sheet = sheetByName(spec, ref.sheet, current);
  if (!sheet) return `${text} names a sheet that does not exist`;
  const rows = sheet.cells.length;
  const columns = Math.max(sheet.cells[0]?.length ?? 0, sheet.columnWidths.length);
  if (ref.start.row > ref.end.row || ref.start.column > ref.end.column) return `${text} is reversed`;
  if (ref.end.row > rows || ref.end.column > columns) return `${text} reaches beyond ${sheet.name}'s ${rows} rows × ${columns} columns`;
  return undefined;
}

function cellAt(sheet: SheetSpec, address: string): CellSpec | null | undefined {
  const ref = parseRange(address)!;
  return sheet.cells[ref.start.row - 1]?.[ref.start.column - 1];
}

describe.each(DATASETS)('the %s workbook spec', (dataset) => {
  let spec: WorkbookSpec;
  beforeEach(() => {
    spec = specOf(dataset);
  });

  test('has the fifteen sheets in order, History shown as "History log" (Excel reserves "History")', () => {
    expect(spec.sheets).toHaveLength(15);
    expect(spec.sheets.map((s) => s.canonicalName ?? s.name)).toEqual(SHEET_NAMES);
    expect(spec.sheets.map((s) => s.name)).toEqual(SHEET_NAMES.map((n) => SHEET_TITLES[n]));
    expect(spec.sheets.map((s) => s.name)).not.toContain('History');
    expect(findSheet(spec, 'History').name).toBe('History log');
  });

  test('every sheet is complete: a purpose, widths, a rectangular grid', () => {
    for (const sheet of spec.sheets) {
      expect(sheet.purpose.length).toBeGreaterThan(10);
      expect(sheet.columnWidths.length).toBeGreaterThan(0);
      const width = sheet.cells[0].length;
      for (const row of sheet.cells) expect(row.length).toBe(width);
      expect(sheet.tabColor).toMatch(/^#[0-9A-F]{6}$/i);
    }
  });

  test('formulas start with = and call only functions every host has', () => {
    const offenders: string[] = [];
    for (const site of formulaSites(spec)) {
      for (const name of findFunctionNames(site.formula)) if (!ALLOWED_FUNCTIONS.has(name)) offenders.push(`${site.where}: ${name}`);
    }
    expect(offenders).toEqual([]);
  });

  test('formulas are balanced (parentheses and string quotes)', () => {
    const problems: string[] = [];
    for (const site of formulaSites(spec)) {
      if (!site.formula.startsWith('=')) problems.push(`${site.where}: does not start with =`);
      const code = site.formula.replace(/"(?:[^"]|"")*"/g, '');
      if (code.includes('"')) problems.push(`${site.where}: unbalanced quotes`);
      let depth = 0;
      for (const ch of code) {
        depth += ch === '(' ? 1 : ch === ')' ? -1 : 0;
        if (depth < 0) break;
      }
      if (depth !== 0) problems.push(`${site.where}: unbalanced parentheses`);
    }
    expect(problems).toEqual([]);
  });

  test('every reference points inside a declared sheet and its grid', () => {
    const problems: string[] = [];
    let count = 0;
    for (const site of formulaSites(spec)) {
      for (const ref of findReferences(site.formula)) {
        count++;
        const why = outOfBounds(spec, ref.text, site.sheet);
        if (why) problems.push(`${site.where}: ${why}`);
      }
    }
    expect(problems).toEqual([]);
    expect(count).toBeGreaterThan(1000);
  });

  test('every validation resolves: list values or a source range on a declared sheet, bounds in order, a hint and a refusal in words', () => {
    const dates: string[] = [];
    for (const sheet of spec.sheets) {
      for (const v of sheet.validations) {
        expect(outOfBounds(spec, v.range, sheet)).toBeUndefined();
        expect(['list', 'whole', 'decimal', 'date']).toContain(v.type);
        // The hint shown on selecting the cell, and the reason an entry is refused: whole sentences.
        expect([v.range, v.prompt]).toEqual([v.range, expect.stringMatching(/^[A-Z].{9,}\.$/)]);
        expect([v.range, v.errorMessage]).toEqual([v.range, expect.stringMatching(/^[A-Z].{9,}\.$/)]);
        if (v.type === 'list') {
          const hasValues = (v.values?.length ?? 0) > 0;
          expect(hasValues || v.source !== undefined).toBe(true);
          if (v.source !== undefined) {
            expect(outOfBounds(spec, v.source, sheet)).toBeUndefined();
            const ref = parseRange(v.source)!;
            expect(ref.start.column).toBe(ref.end.column); // one column of choices
          }
          for (const value of v.values ?? []) expect(value).not.toMatch(/,/); // a list formula joins them with commas
        } else if (v.type === 'date') {
          // Every date from 2000-01-01 (Excel's =DATE(2000,1,1) is 36526) to 2100-12-31 (73415).
          expect([v.range, v.min, v.max]).toEqual([v.range, 36526, 73415]);
          dates.push(`${sheet.name}!${v.range}`);
        } else if (v.min !== undefined && v.max !== undefined) {
          expect(v.min).toBeLessThanOrEqual(v.max);
        }
      }
    }
    expect(dates).toEqual(['Partners!H6:H55', 'Measures!B6', 'History log!A6:A45']);
  });

  test('every sheet but the Dashboard opens with its title in A1, and all but the Dashboard and Measures with an instruction in A2', () => {
    for (const sheet of spec.sheets) {
      const [title, instruction] = [sheet.cells[0]?.[0], sheet.cells[1]?.[0]];
      if (sheet.name === 'Dashboard') continue;
      expect([sheet.name, title?.style, title?.value]).toEqual([sheet.name, 'title', expect.stringMatching(/^[A-Z].{9,}$/)]);
      if (sheet.name === 'Measures') continue;
      expect([sheet.name, instruction?.style, instruction?.value]).toEqual([sheet.name, expect.stringMatching(/^(subtitle|help)$/), expect.stringMatching(/^[A-Z].{40,}[.)]$/)]);
    }
  });

  test('every percentage input refuses 80 typed for 80% (a decimal between 0 and 1 with a hint)', () => {
    const tables: TableLayout[] = [STRATEGY_TABLE, ALIGNMENT_TABLE, IMPACT_TABLE, ROI_TABLE, PLAN_TABLE, PARTNERS_TABLE, HISTORY_TABLE];
    let checked = 0;
    for (const table of tables) {
      const sheet = findSheet(spec, table.sheet);
      for (const key of table.inputs) {
        const letter = (table.columns as Record<string, string>)[key];
        const cell = cellAt(sheet, `${letter}${table.firstDataRow}`);
        if (!cell?.numberFormat?.includes('%')) continue;
        const v = sheet.validations.find((x) => x.range === `${letter}${table.firstDataRow}:${letter}${table.lastDataRow}`);
        expect(v).toMatchObject({ type: 'decimal', min: 0, max: 1 });
        expect(v!.errorMessage).toMatch(/not 80/);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(6);
  });

  test('tables: unique names, header rows of unique text, ranges from header to the last capacity row', () => {
    const names = spec.sheets.flatMap((s) => s.tables.map((t) => t.name));
    expect(new Set(names).size).toBe(names.length);
    for (const sheet of spec.sheets) {
      for (const table of sheet.tables) {
        expect(table.name).toMatch(/^[A-Za-z_][A-Za-z0-9_]*$/);
        expect(outOfBounds(spec, table.range, sheet)).toBeUndefined();
        const ref = parseRange(table.range)!;
        const headers: string[] = [];
        for (let c = ref.start.column; c <= ref.end.column; c++) {
          const cell = sheet.cells[ref.start.row - 1][c - 1];
          expect(cell?.formula).toBeUndefined();
          expect(typeof cell?.value).toBe('string');
          headers.push(String(cell!.value).toLowerCase());
        }
        expect(new Set(headers).size).toBe(headers.length);
      }
    }
  });

  test('layout constants match the sheets: header text at each column key, capacity rows', () => {
    expect(OBJECTIVE_CAPACITY).toBeGreaterThanOrEqual(12);
    expect(INITIATIVE_CAPACITY).toBeGreaterThanOrEqual(200);
    for (const table of [STRATEGY_TABLE, ALIGNMENT_TABLE, IMPACT_TABLE, ROI_TABLE, PLAN_TABLE, PARTNERS_TABLE, HISTORY_TABLE] as TableLayout[]) {
      const sheet = findSheet(spec, table.sheet);
      expect(sheet.tables.map((t) => t.name)).toContain(table.table);
      expect(table.lastDataRow - table.firstDataRow + 1).toBe(table.capacity);
      for (const [key, letter] of Object.entries(table.columns as Record<string, string>)) {
        expect(cellAt(sheet, `${letter}${table.headerRow}`)?.value).toBe((table.headers as Record<string, string>)[key]);
      }
    }
    expect(STRATEGY_TABLE.capacity).toBe(OBJECTIVE_CAPACITY);
    for (const t of [ALIGNMENT_TABLE, IMPACT_TABLE, ROI_TABLE, PLAN_TABLE]) {
      expect(t.capacity).toBe(INITIATIVE_CAPACITY);
      expect(t.firstDataRow).toBe(ALIGNMENT_TABLE.firstDataRow); // initiative rows line up across sheets
    }
  });

  test('every capacity row is pre-filled: each calculated column has its formula down to the last row', () => {
    for (const table of [STRATEGY_TABLE, ALIGNMENT_TABLE, IMPACT_TABLE, ROI_TABLE, PLAN_TABLE, PARTNERS_TABLE, HISTORY_TABLE] as TableLayout[]) {
      const sheet = findSheet(spec, table.sheet);
      for (const [key, letter] of Object.entries(table.columns as Record<string, string>)) {
        if ((table.inputs as readonly string[]).includes(key)) continue;
        for (let row = table.firstDataRow; row <= table.lastDataRow; row++) {
          const cell = cellAt(sheet, `${letter}${row}`);
          if (cell?.formula === undefined) throw new Error(`${sheet.name}!${letter}${row} (${key}) has no formula`);
        }
      }
    }
  });

  test('no formula inside a capacity row reads a whole column: the cost grows with the rows, not their square', () => {
    let cellsRead = 0;
    let formulas = 0;
    const offenders: string[] = [];
    for (const site of formulaSites(spec)) {
      const refs = findReferences(site.formula);
      // INDEX(range, n) goes straight to one cell in every engine: it reads one cell, not the range.
      const lookups = findReferences(site.formula.replace(INDEX_LOOKUP, 'INDEX($1$2,'));
      const span = Math.max(0, ...refs.map((r) => r.end.row - r.start.row + 1));
      formulas++;
      for (const r of lookups) cellsRead += (r.end.row - r.start.row + 1) * (r.end.column - r.start.column + 1);
      // A cell in the data rows of a table is repeated on every capacity row.
      const inTableRow = site.sheet.tables.some((t) => {
        const ref = parseRange(t.range)!;
        return site.row !== undefined && site.column !== undefined && site.row > ref.start.row && site.row <= ref.end.row && site.column >= ref.start.column && site.column <= ref.end.column;
      });
      if (inTableRow && span > OBJECTIVE_CAPACITY) offenders.push(`${site.where} reads ${span} rows: ${site.formula}`);
    }
    expect(offenders).toEqual([]);
    // Formulas over whole columns are a fixed set (totals, top-N lists, budget by objective), not one per
    // row: on average a formula reads a few cells (about 13 today, INDEX lookups counted as one cell;
    // one per-row formula over a whole column would add 200 × 200 reads and push it past 16).
    expect(cellsRead / formulas).toBeLessThan(16);
  });

  test('the defined names are exactly the seven dashboard figures, the ROI range and the break-even attribution, each on a formula cell', () => {
    expect(spec.names.map((n) => n.name).sort()).toEqual(
      ['AlignedShare', 'BreakEvenAttribution', 'ObjectiveCoverage', 'PortfolioAlignment', 'PortfolioBCR', 'PortfolioROI', 'PortfolioROIHigh', 'PortfolioROILow', 'TotalAdjustedBenefits', 'TotalInvestment'],
    );
    const dashboard = findSheet(spec, 'Dashboard');
    for (const n of spec.names) {
      expect(n.ref).toMatch(/^Dashboard!\$[A-Z]+\$\d+$/);
      expect(n.ref).toBe(`Dashboard!$${DEFINED_NAMES[n.name as keyof typeof DEFINED_NAMES].replace(/(\d+)/, '$$$1')}`);
      expect(cellAt(dashboard, n.ref.split('!')[1])?.formula).toMatch(/^=/);
      expect(n.comment.length).toBeGreaterThan(10);
    }
  });

  test('dashboard charts: top initiatives by net benefit, investment and adjusted benefits by objective, BCR over time, on ranges of equal length', () => {
    const dashboard = findSheet(spec, 'Dashboard');
    expect(dashboard.charts.map((c) => c.title)).toEqual(['Top 10 initiatives by net benefit', 'Investment and adjusted benefits by objective', 'Benefit–cost ratio over time']);
    for (const chart of dashboard.charts) {
      const categories = parseRange(chart.categories)!;
      expect(outOfBounds(spec, chart.categories, dashboard)).toBeUndefined();
      for (const s of chart.series) {
        expect(outOfBounds(spec, s.values, dashboard)).toBeUndefined();
        const values = parseRange(s.values)!;
        expect(values.end.row - values.start.row).toBe(categories.end.row - categories.start.row);
      }
    }
  });

  test('helper columns and rows are hidden, and nothing a person fills in is', () => {
    for (const sheet of spec.sheets) {
      const hiddenColumns = new Set((sheet.hiddenColumns ?? []).map(columnNumber));
      const hiddenRows = new Set(sheet.hiddenRows ?? []);
      sheet.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          const hidden = hiddenColumns.has(c + 1) || hiddenRows.has(r + 1);
          if (typeof cell?.value === 'string' && /\(helper\)/.test(cell.value) && cell.style === 'header') {
            if (!hidden) throw new Error(`${sheet.name} R${r + 1}C${c + 1}: helper "${cell.value}" is visible`);
          }
          if (cell?.style === 'input' && hidden) throw new Error(`${sheet.name} R${r + 1}C${c + 1}: an input is hidden`);
        }),
      );
    }
  });

  test('merges and conditional formats sit inside their sheets', () => {
    for (const sheet of spec.sheets) {
      for (const m of sheet.merges ?? []) expect(outOfBounds(spec, m, sheet)).toBeUndefined();
      for (const cf of sheet.conditionalFormats) expect(outOfBounds(spec, cf.range, sheet)).toBeUndefined();
    }
  });
});

describe('datasets', () => {
  test('the empty template has no example rows: every input cell of every table is blank', () => {
    const spec = specOf('empty');
    for (const table of [STRATEGY_TABLE, ALIGNMENT_TABLE, IMPACT_TABLE, ROI_TABLE, PLAN_TABLE, PARTNERS_TABLE, HISTORY_TABLE] as TableLayout[]) {
      const sheet = findSheet(spec, table.sheet);
      for (const key of table.inputs) {
        for (let row = table.firstDataRow; row <= table.lastDataRow; row++) {
          const cell = cellAt(sheet, `${(table.columns as Record<string, string>)[key]}${row}`);
          if ((cell?.value ?? null) !== null) throw new Error(`${sheet.name} row ${row} ${key} holds ${String(cell?.value)}`);
        }
      }
    }
  });

  test('the two datasets differ only in input values', () => {
    const [a, b] = [specOf('empty'), specOf('growthcorp')];
    const differences: string[] = [];
    a.sheets.forEach((sheet, i) => {
      const other = b.sheets[i];
      expect(other.validations).toEqual(sheet.validations);
      sheet.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          if (cell?.formula !== undefined && other.cells[r][c]?.formula !== cell.formula) differences.push(`${sheet.name}!R${r + 1}C${c + 1}`);
        }),
      );
    });
    expect(differences).toEqual([]);
  });
});

describe('renameSheets', () => {
  let spec: WorkbookSpec;
  beforeEach(() => {
    spec = specOf('growthcorp');
  });

  test('quotes names that need it, and doubles apostrophes', () => {
    expect(quoteSheet('Strategy')).toBe('Strategy');
    expect(quoteSheet('Strategy (2)')).toBe("'Strategy (2)'");
    expect(quoteSheet("O'Brien plan")).toBe("'O''Brien plan'");
    expect(quoteSheet('A1')).toBe("'A1'"); // would read as a cell
    expect(quoteSheet('R2C3')).toBe("'R2C3'"); // or as an R1C1 reference
    expect(quoteSheet('C')).toBe("'C'");
    expect(quoteSheet('ROI')).toBe('ROI');
    expect(rewriteSheetNames('=Strategy!A1&"Strategy!A1"', (n) => (n === 'Strategy' ? 'My Strategy' : undefined))).toBe(`='My Strategy'!A1&"Strategy!A1"`);
  });

  test('findReferences reads no cell inside a quoted sheet name (a name such as A0 before a whole-column reference)', () => {
    const refs = findReferences(`=COUNTIFS('A0'!$F:$F,$C8,'My A1 plan'!B2:B9,"A1")+'O''Brien'!C3`);
    expect(refs.map((r) => [r.sheet, r.text])).toEqual([[undefined, '$C8'], ['My A1 plan', "'My A1 plan'!B2:B9"], ["O'Brien", "'O''Brien'!C3"]]);
  });

  test('a host building into a workbook with a Strategy sheet gets Strategy (2) everywhere', () => {
    const renamed = renameSheets(spec, { Strategy: 'Strategy (2)' });
    expect(findSheet(renamed, 'Strategy').name).toBe('Strategy (2)');
    const alignment = findSheet(renamed, 'Alignment');
    expect(alignment.cells[2][6]?.formula).toBe(`=IF('Strategy (2)'!$A$6="","",'Strategy (2)'!$A$6)`);
    const partners = findSheet(renamed, 'Partners');
    expect(partners.validations.find((v) => v.type === 'list' && v.source)).toMatchObject({ source: "'Strategy (2)'!$A$6:$A$17" });
    expect(renamed.names.every((n) => n.ref.startsWith('Dashboard!'))).toBe(true);
    expect(spec.sheets.map((s) => s.name)).toContain('Strategy'); // the input is not changed
  });

  const sheetName = fc
    .stringMatching(/^[A-Za-z0-9 '()_.&é-]{1,24}$/)
    .filter((s) => s.trim().length > 0 && !s.startsWith("'") && !s.endsWith("'") && s.toLowerCase() !== 'history');
  const mapping = fc.uniqueArray(fc.tuple(fc.constantFrom(...SHEET_NAMES), sheetName), { selector: ([canonical]) => canonical, minLength: 1, maxLength: 9 });

  test('every reference follows the new names, and renaming back gives the original spec (property)', () => {
    const originalReferences = formulaSites(spec).reduce((n, site) => n + findReferences(site.formula).length, 0);
    fc.assert(
      fc.property(mapping, (pairs) => {
        const wanted = new Map(pairs);
        const finalNames = spec.sheets.map((s) => wanted.get(s.canonicalName ?? s.name) ?? s.name);
        fc.pre(new Set(finalNames.map((n) => n.toLowerCase())).size === finalNames.length);
        const renamed = renameSheets(spec, Object.fromEntries(pairs) as Partial<Record<SheetName, string>>);
        expect(renamed.sheets.map((s) => s.name)).toEqual(finalNames);
        // Every reference that names a sheet names one of the renamed workbook's sheets.
        const lower = new Set(finalNames.map((n) => n.toLowerCase()));
        const problems: string[] = [];
        let references = 0;
        for (const site of formulaSites(renamed)) {
          for (const ref of findReferences(site.formula)) {
            references++;
            if (ref.sheet !== undefined && !lower.has(ref.sheet.toLowerCase())) problems.push(`${site.where}: ${ref.text}`);
            const why = outOfBounds(renamed, ref.text, site.sheet);
            if (why) problems.push(`${site.where}: ${why}`);
          }
        }
        expect(problems).toEqual([]);
        for (const sheet of renamed.sheets) {
          for (const v of sheet.validations) if (v.type === 'list' && v.source) expect(outOfBounds(renamed, v.source, sheet)).toBeUndefined();
          for (const chart of sheet.charts) {
            expect(outOfBounds(renamed, chart.categories, sheet)).toBeUndefined();
            for (const s of chart.series) expect(outOfBounds(renamed, s.values, sheet)).toBeUndefined();
          }
        }
        for (const n of renamed.names) expect(outOfBounds(renamed, n.ref, findSheet(renamed, 'Dashboard'))).toBeUndefined();
        // The same number of references as before, and back to the original names restores the spec.
        expect(references).toBe(originalReferences);
        const back = renameSheets(renamed, Object.fromEntries(spec.sheets.map((s) => [s.canonicalName ?? s.name, s.name])) as Partial<Record<SheetName, string>>);
        const strip = (w: WorkbookSpec) => ({ ...w, sheets: w.sheets.map((s) => ({ ...s, canonicalName: s.canonicalName ?? s.name })) });
        expect(strip(back)).toEqual(strip(spec));
      }),
      { numRuns: 12 },
    );
  });

  test('refuses names no host accepts and names that clash', () => {
    expect(() => renameSheets(spec, { Strategy: 'History' })).toThrow(/not a valid sheet name/);
    expect(() => renameSheets(spec, { Strategy: 'a/b' })).toThrow(/not a valid sheet name/);
    expect(() => renameSheets(spec, { Strategy: 'x'.repeat(32) })).toThrow(/not a valid sheet name/);
    expect(() => renameSheets(spec, { Strategy: 'Impact' })).toThrow(/clash/);
  });

  test('column keys resolve to letters in order', () => {
    expect(columnNumber(ALIGNMENT_TABLE.columns.link1)).toBe(columnNumber(ALIGNMENT_TABLE.columns.status) + 1);
    expect(columnNumber(ALIGNMENT_TABLE.columns.link12) - columnNumber(ALIGNMENT_TABLE.columns.link1)).toBe(OBJECTIVE_CAPACITY - 1);
  });
});

describe('docs/templates.md', () => {
  const doc = readFileSync(join(__dirname, '..', '..', 'docs', 'templates.md'), 'utf8');

  test('names every sheet, column key, header and defined name, and the dashboard cells', () => {
    const missing: string[] = [];
    for (const title of Object.values(SHEET_TITLES)) if (!doc.includes(title)) missing.push(title);
    for (const table of [STRATEGY_TABLE, ALIGNMENT_TABLE, IMPACT_TABLE, ROI_TABLE, PLAN_TABLE, PARTNERS_TABLE, HISTORY_TABLE] as TableLayout[]) {
      for (const [key, header] of Object.entries(table.headers as Record<string, string>)) {
        if (/^link\d+$/.test(key)) continue; // documented as link1 … link12
        if (!doc.includes(`\`${key}\``)) missing.push(`${table.sheet} key ${key}`);
        if (!doc.includes(header)) missing.push(`${table.sheet} header ${header}`);
      }
    }
    for (const [name, cell] of Object.entries(DEFINED_NAMES)) {
      if (!doc.includes(`| ${cell} |`) || !doc.includes(`\`${name}\``)) missing.push(`${name} at ${cell}`);
    }
    expect(missing).toEqual([]);
  });
});
