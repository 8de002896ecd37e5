/**
 * What each template sheet says and does, pinned as reviewed text: every title, instruction, header,
 * hover note, number format, style, formula, dropdown and its messages, conditional format, table,
 * chart, merge and column width, for both datasets, plus the defined names.
 *
 * The other template tests check properties (references inside the grid, portable functions, the
 * GrowthCorp figures recalculated by HyperFormula and LibreOffice); none of them notices an instruction
 * cut short, a dropdown's error message emptied or a percentage shown as a plain number. This one does,
 * the way XlsxWriter's tests compare each file with one made by hand: the reference is the text in
 * `__snapshots__/content.test.ts.snap`, read line by line when it was accepted. A deliberate change to a
 * template changes that text: run `npx jest test/templates/content.test.ts -u` and review its diff in the
 * same commit. `npm test` runs jest with `--ci`, so a missing or different text fails and is never written.
 *
 * The empty template prints each column's runs once: cells whose formulas read the same in R1C1 (filled
 * down), or whose numbers all move by the same step from row to row (ranks 1…20), show their first and
 * last cell. The GrowthCorp example prints only the cells where it differs from the empty template.
 */
import { toR1C1 } from '../../core/render';
import { SHEET_NAMES, buildWorkbookSpec, columnLetter, findSheet } from '../../core/templates';
import type { CellSpec, Dataset, SheetName, SheetSpec } from '../../core/templates';

/** How a cell looks: its style and number format, in brackets (empty when it has neither). */
function lookText(cell: CellSpec): string {
  const look = [cell.style, cell.numberFormat === undefined ? undefined : `format ${JSON.stringify(cell.numberFormat)}`].filter((p) => p !== undefined);
  return look.length > 0 ? `[${look.join(', ')}] ` : '';
}

/** What a cell holds: its formula in A1, or its constant, and its note. */
function contentText(cell: CellSpec): string {
  const parts: string[] = [];
  if (cell.formula !== undefined) parts.push(cell.formula);
  else if (cell.value !== undefined && cell.value !== null) parts.push(JSON.stringify(cell.value));
  if (cell.note !== undefined) parts.push(`note ${JSON.stringify(cell.note)}`);
  return parts.join(' ');
}

const NUMBER = /\d+(?:\.\d+)?/g;

/**
 * A cell as seen from its own row (formula in R1C1) with its numbers taken out, and those numbers:
 * two cells of a column continue one run when their shapes match and each number moves by the same
 * step at every row (a formula filled down, ranks 1, 2, 3…, a formula that counts `INDEX(…, 1)`, `2`…).
 */
function shapeOf(cell: CellSpec, row: number, column: number): { readonly shape: string; readonly numbers: readonly number[] } {
  const held = cell.formula === undefined ? contentText(cell) : `${toR1C1(cell.formula, row, column) ?? `A1 ${cell.formula}`}${cell.note === undefined ? '' : ` note ${JSON.stringify(cell.note)}`}`;
  const text = `${lookText(cell)}${held}`;
  return { shape: text.replace(NUMBER, '#'), numbers: (text.match(NUMBER) ?? []).map(Number) };
}

interface Run {
  readonly column: number;
  readonly first: number;
  last: number;
  step?: readonly number[];
}

/** The cells of a sheet as runs down each column, listed by first row then column. */
function cellRuns(sheet: SheetSpec): Run[] {
  const runs: Run[] = [];
  const width = Math.max(0, ...sheet.cells.map((row) => row.length));
  for (let c = 0; c < width; c++) {
    let open: (Run & { shape: string; numbers: readonly number[] }) | undefined;
    sheet.cells.forEach((row, r) => {
      const cell = row[c];
      if (!cell) {
        open = undefined;
        return;
      }
      const { shape, numbers } = shapeOf(cell, r + 1, c + 1);
      if (open && open.last === r && open.shape === shape) {
        const step = numbers.map((n, i) => n - open!.numbers[i]);
        if (open.step === undefined || step.every((d, i) => d === open!.step![i])) {
          open.step = step;
          open.last = r + 1;
          open.numbers = numbers;
          return;
        }
      }
      open = { column: c + 1, first: r + 1, last: r + 1, shape, numbers };
      runs.push(open);
    });
  }
  return runs.sort((a, b) => a.first - b.first || a.column - b.column);
}

/** The example's own cells: every cell that differs from the empty template's, one line each, by row. */
function exampleCellsText(sheet: SheetSpec, base: SheetSpec): string[] {
  const lines: string[] = [];
  const text = (cell: CellSpec | null | undefined) => (cell ? `${lookText(cell)}${contentText(cell)}` : '(empty)');
  for (let r = 0; r < Math.max(sheet.cells.length, base.cells.length); r++) {
    const mine = sheet.cells[r] ?? [];
    const theirs = base.cells[r] ?? [];
    for (let c = 0; c < Math.max(mine.length, theirs.length); c++) {
      if (text(mine[c]) !== text(theirs[c])) lines.push(`  ${columnLetter(c + 1)}${r + 1} ${text(mine[c])}`);
    }
  }
  return lines;
}

function cellsText(sheet: SheetSpec): string[] {
  const lines: string[] = [];
  for (const run of cellRuns(sheet)) {
    const letter = columnLetter(run.column);
    const at = (row: number) => sheet.cells[row - 1][run.column - 1]!;
    const first = at(run.first);
    if (run.first === run.last) lines.push(`  ${letter}${run.first} ${lookText(first)}${contentText(first)}`);
    else lines.push(`  ${letter}${run.first}:${letter}${run.last} ${lookText(first)}${contentText(first)}  …  ${contentText(at(run.last))}`);
  }
  return lines;
}

function sheetText(sheet: SheetSpec, base?: SheetSpec): string {
  const widths = sheet.columnWidths.map((w, i) => `${columnLetter(i + 1)} ${w}`).join(', ');
  const lines = [
    `${sheet.name}: ${sheet.purpose}`,
    `tab ${sheet.tabColor}; frozen ${sheet.frozenRows} rows, ${sheet.frozenColumns} columns; ${sheet.cells.length} rows`,
    `widths: ${widths}`,
  ];
  if (sheet.merges?.length) lines.push(`merged: ${sheet.merges.join(', ')}`);
  if (sheet.rowHeights) lines.push(`row heights: ${Object.entries(sheet.rowHeights).map(([r, h]) => `${r} ${h}`).join(', ')}`);
  if (sheet.hiddenColumns?.length) lines.push(`hidden columns: ${sheet.hiddenColumns.join(', ')}`);
  if (sheet.hiddenRows?.length) lines.push(`hidden rows: ${sheet.hiddenRows.join(', ')}`);
  lines.push(base ? 'cells that differ from the empty template:' : 'cells:', ...(base ? exampleCellsText(sheet, base) : cellsText(sheet)));
  for (const v of sheet.validations) {
    const rule =
      v.type === 'list'
        ? `list ${v.source ?? JSON.stringify(v.values)}`
        : `${v.type}${v.min === undefined ? '' : ` ≥ ${v.min}`}${v.max === undefined ? '' : ` ≤ ${v.max}`}`;
    lines.push(`validation ${v.range}: ${rule}; prompt ${JSON.stringify(v.prompt)}; error ${JSON.stringify(v.errorMessage)}`);
  }
  for (const f of sheet.conditionalFormats) lines.push(`conditional format ${f.range}: ${f.formula} → ${JSON.stringify(f.style)}`);
  for (const t of sheet.tables) lines.push(`table ${t.name}: ${t.range}`);
  for (const c of sheet.charts) {
    const series = c.series.map((s) => `${JSON.stringify(s.name)} ${s.values}`).join(', ');
    lines.push(`chart ${JSON.stringify(c.title)}: ${c.type} of ${series} by ${c.categories}, at ${c.anchor} ${c.width}×${c.height}`);
  }
  return lines.join('\n');
}

describe.each<Dataset>(['empty', 'growthcorp'])('the %s template says what was reviewed', (dataset) => {
  // Each test builds its own spec: mutation testing credits a mutant only to the tests whose code reached it.
  it.each<SheetName>([...SHEET_NAMES])('%s', (name) => {
    const sheet = findSheet(buildWorkbookSpec(dataset), name);
    const base = dataset === 'empty' ? undefined : findSheet(buildWorkbookSpec('empty'), name);
    expect(sheetText(sheet, base)).toMatchSnapshot();
  });

  it('defined names', () => {
    const text = buildWorkbookSpec(dataset).names.map((n) => `${n.name} = ${n.ref}: ${n.comment}`).join('\n');
    expect(text).toMatchSnapshot();
  });
});

describe('the content text', () => {
  const edited = (sheet: SheetSpec, row: number, column: number, cell: CellSpec | null): SheetSpec => ({
    ...sheet,
    cells: sheet.cells.map((cells, r) => (r === row - 1 ? cells.map((c, i) => (i === column - 1 ? cell : c)) : cells)),
  });

  it('shows one cell changed inside a run filled down, and where the run breaks', () => {
    const plan = findSheet(buildWorkbookSpec('empty'), 'Plan');
    expect(sheetText(plan)).toContain('  G9:G208 [calc, format "0%"] =IF(OR(E9="",F9=""),"",IF(E9=0,"",(F9-E9)/E9))  …  =IF(OR(E208="",F208=""),"",IF(E208=0,"",(F208-E208)/E208))');
    const text = sheetText(edited(plan, 100, 7, { formula: '=1', style: 'calc', numberFormat: '0%' }));
    expect(text).toContain('  G9:G99 [calc, format "0%"]');
    expect(text).toContain('  G100 [calc, format "0%"] =1');
    expect(text).toContain('  G101:G208 [calc, format "0%"] =IF(OR(E101="",F101=""),"",IF(E101=0,"",(F101-E101)/E101))');
  });

  it('runs numbers that count by a steady step, and only those', () => {
    const plan = findSheet(buildWorkbookSpec('empty'), 'Plan');
    expect(sheetText(plan)).toContain('  R9:R28 [calc] 1  …  20');
    expect(sheetText(edited(plan, 12, 18, { value: 5, style: 'calc' }))).toContain('  R9:R11 [calc] 1  …  3\n');
  });

  it('lists the example cells that differ from the empty template, a cell taken away included', () => {
    const empty = findSheet(buildWorkbookSpec('empty'), 'Strategy');
    const example = findSheet(buildWorkbookSpec('growthcorp'), 'Strategy');
    expect(sheetText(empty, empty)).not.toMatch(/^ {2}[A-Z]+\d+ /m);
    expect(sheetText(example, empty)).toMatch(/^ {2}A6 \[input\] "/m);
    expect(sheetText(edited(empty, 1, 1, null), empty)).toContain('  A1 (empty)');
  });
});
