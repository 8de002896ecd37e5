/**
 * A small framework-shaped spec with any number of initiative rows, so the builder's round trips and
 * write counts can be compared at 20 and at 200 rows. Shaped like the real templates (tables,
 * dropdowns fed from another sheet, cross-sheet formulas, defined names, a Dashboard chart).
 */
import type { CellSpec, SheetName, SheetSpec, WorkbookSpec } from '../../core/templates/types';

function sheet(name: SheetName, cells: (CellSpec | null)[][], extra: Partial<SheetSpec> = {}): SheetSpec {
  return {
    name, purpose: `The ${name} sheet.`, tabColor: '#1F6FB2', frozenRows: 0, frozenColumns: 0, columnWidths: [120, 90, 90],
    cells, validations: [], conditionalFormats: [], tables: [], charts: [], ...extra,
  };
}

export function syntheticSpec(initiatives: number): WorkbookSpec {
  const first = 3;
  const last = first + initiatives - 1;
  const strategy = sheet('Strategy', [
    [{ value: 'Business objectives', style: 'title' }],
    [{ value: 'Objective', style: 'header' }, { value: 'Weight', style: 'header' }],
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
