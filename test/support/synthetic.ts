/**
 * Specs for measuring the builders at different sizes (excel-addin/test/builder.test.ts,
 * sheets-addon/test/builder.test.ts): the real template with N initiatives filled in, and a small
 * framework-shaped workbook whose initiative table has N rows (so the grid itself grows), shaped like
 * the real templates (tables, dropdowns fed from another sheet, cross-sheet formulas, defined names,
 * a note, a merge, a Dashboard chart).
 */
import { ALIGNMENT_TABLE, IMPACT_TABLE, PLAN_TABLE, ROI_TABLE, buildWorkbookSpec } from '../../core/templates';
import type { CellSpec, SheetName, SheetSpec, TableLayout, WorkbookSpec } from '../../core/templates/types';
import { columnNumber } from '../../core/templates/a1';

/** The empty template with the input columns of the first `n` initiative rows filled. */
export function templateWithInitiatives(n: number): WorkbookSpec {
  const spec = buildWorkbookSpec('empty');
  const tables: TableLayout[] = [ALIGNMENT_TABLE, IMPACT_TABLE, ROI_TABLE, PLAN_TABLE];
  const sheets = spec.sheets.map((sheet): SheetSpec => {
    const table = tables.find((t) => t.sheet === (sheet.canonicalName ?? sheet.name));
    if (!table) return sheet;
    const cells = sheet.cells.map((row) => row.slice());
    for (let i = 0; i < Math.min(n, table.capacity); i++) {
      const r = table.firstDataRow - 1 + i;
      for (const key of table.inputs) {
        const c = columnNumber(table.columns[key]) - 1;
        const base: CellSpec = cells[r][c] ?? {};
        cells[r][c] = { ...base, value: c === 0 ? `Program ${i + 1}` : ((i * 7 + c) % 3) + 1 };
      }
    }
    return { ...sheet, cells };
  });
  return { ...spec, sheets };
}

function sheet(name: SheetName, cells: (CellSpec | null)[][], extra: Partial<SheetSpec> = {}): SheetSpec {
  return {
    name, purpose: `The ${name} sheet.`, tabColor: '#1F6FB2', frozenRows: 0, frozenColumns: 0, columnWidths: [120, 90, 90],
    cells, validations: [], conditionalFormats: [], tables: [], charts: [], ...extra,
  };
}

/** A workbook shaped like the framework whose initiative table has `initiatives` rows. */
export function syntheticSpec(initiatives: number): WorkbookSpec {
  const first = 3;
  const last = first + initiatives - 1;
  const strategy = sheet('Strategy', [
    [{ value: 'Business objectives', style: 'title' }],
    [{ value: 'Objective', style: 'header', note: 'What the business wants.' }, { value: 'Weight', style: 'header' }],
    [{ value: 'Revenue growth', style: 'input' }, { value: 0.6, style: 'input', numberFormat: '0%' }],
    [{ value: 'Retention', style: 'input' }, { value: 0.4, style: 'input', numberFormat: '0%' }],
  ], { tables: [{ name: 'Objectives', range: 'A2:B4' }], frozenRows: 2 });
  const rows: (CellSpec | null)[][] = [
    [{ value: 'Initiatives', style: 'title' }],
    [{ value: 'Initiative', style: 'header' }, { value: 'Objective', style: 'header' }, { value: 'Budget', style: 'header' }, { value: 'Share', style: 'header' }],
  ];
  for (let i = 0; i < initiatives; i++) {
    const r = first + i;
    rows.push([
      { value: `Program ${i + 1}`, style: 'input' },
      { value: 'Revenue growth', style: 'input' },
      { value: 1000 * (i + 1), style: 'input', numberFormat: '#,##0' },
      { formula: `=IFERROR(C${r}/SUM($C$${first}:$C$${last}),"")`, style: 'calc', numberFormat: '0.0%' },
    ]);
  }
  const alignment = sheet('Alignment', rows, {
    frozenRows: 2,
    frozenColumns: 1,
    tables: [{ name: 'Initiatives', range: `A2:D${last}` }],
    validations: [
      { range: `B${first}:B${last}`, type: 'list', source: 'Strategy!$A$3:$A$4', errorMessage: 'Pick an objective from Strategy.' },
      { range: `C${first}:C${last}`, type: 'decimal', min: 0, errorMessage: 'A budget is 0 or more.', prompt: 'Money, excluding VAT.' },
    ],
    conditionalFormats: [{ range: `D${first}:D${last}`, formula: `=D${first}>0.5`, style: { fill: '#FCE4D6', bold: true } }],
  });
  const dashboard = sheet('Dashboard', [
    [{ value: 'Dashboard', style: 'title' }],
    [{ value: 'Total investment', style: 'kpiLabel' }, { formula: `=SUM(Alignment!C${first}:C${last})`, style: 'kpi', numberFormat: '#,##0' }],
    [{ value: 'Objectives', style: 'kpiLabel' }, { formula: '=COUNTA(Strategy!A3:A4)', style: 'kpi' }],
    [{ formula: '="The portfolio invests "&TEXT(TotalInvestment,"#,##0")&"."', style: 'summary' }],
  ], {
    charts: [{ title: 'Budget by initiative', type: 'bar', categories: `Alignment!$A$${first}:$A$${last}`, series: [{ name: 'Budget', values: `Alignment!$C$${first}:$C$${last}` }], anchor: 'D2', width: 480, height: 288 }],
    merges: ['A4:C4'],
    rowHeights: { 4: 60 },
  });
  return {
    dataset: 'growthcorp',
    sheets: [strategy, alignment, dashboard],
    names: [
      { name: 'TotalInvestment', ref: 'Dashboard!$B$2', comment: 'Sum of budgets' },
      { name: 'ObjectiveCount', ref: 'Dashboard!$B$3', comment: 'Number of objectives' },
    ],
  };
}
