/**
 * Dashboard: the executive view (Value Communication, part 4). Every figure is a native formula over
 * the framework sheets, so it stays live in any spreadsheet, with or without the add-in. The first
 * seven figures carry the workbook's defined names (see DEFINED_NAMES in layout.ts).
 */
import { absolute } from '../a1';
import { SheetBuilder } from '../builder';
import {
  ALIGNMENT_ROWS, ALIGNMENT_TABLE as A, DASHBOARD_BY_OBJECTIVE as BY, DASHBOARD_CELLS as D, DASHBOARD_TOP, DASHBOARD_TOP_BLOCK as TOP,
  HISTORY_TABLE as H, LINK_COLUMNS, MIN_SUPPORT, MONEY, OBJECTIVE_CAPACITY, PERCENT, PERCENT1, PLAN_BY_OBJECTIVE, PLAN_CELLS, RATIO,
  ROI_TABLE as R, SCORE, STRATEGY_TABLE as S, columnRange,
} from '../layout';
import type { CellStyle, SheetSpec } from '../types';
import { BAD, GOOD, TAB } from './common';
import { PLAN_BY_OBJECTIVE_COLUMNS as PO } from './plan';

/** The hidden helper column of the top-initiatives block. */
const TOP_HELPER = 'H';

interface Figure {
  readonly cell: string;
  readonly label: string;
  readonly formula: string;
  readonly format: string;
  readonly explain: string;
  readonly style?: CellStyle;
}

export function dashboardSheet(): SheetSpec {
  const b = new SheetBuilder('Dashboard');
  const first = LINK_COLUMNS[0];
  const last = LINK_COLUMNS[OBJECTIVE_CAPACITY - 1];
  const weights = `Alignment!$${first}$${ALIGNMENT_ROWS.weights}:$${last}$${ALIGNMENT_ROWS.weights}`;
  const strongest = `Alignment!$${first}$${ALIGNMENT_ROWS.strongestLink}:$${last}$${ALIGNMENT_ROWS.strongestLink}`;
  const totalWeight = `Alignment!$${A.columns.score}$${ALIGNMENT_ROWS.weights}`;
  const budgets = columnRange(A, 'budget');
  const revenueRow = `MATCH("Revenue growth",${columnRange(S, 'category')},0)`;

  b.text('B1', 'L&D value dashboard', 'title');
  b.formula('B2', `=IF(Plan!${absolute(PLAN_CELLS.thisPeriod)}="","Live figures from the framework sheets","Figures for "&Plan!${absolute(PLAN_CELLS.thisPeriod)}&", live from the framework sheets")`, undefined, 'subtitle');
  b.text('B4', 'Headline figures', 'section');

  const figures: Figure[] = [
    { cell: D.totalInvestment, label: 'Total investment (fully loaded)', formula: `=SUM(${columnRange(R, 'cost')})`, format: MONEY, explain: 'Every cost of every initiative, including participants’ time (ROI sheet).' },
    { cell: D.totalAdjustedBenefits, label: 'Total adjusted benefits', formula: `=SUM(${columnRange(R, 'benefit')})`, format: MONEY, explain: 'Money value of business results caused by L&D, after isolation and confidence (Impact sheet).' },
    { cell: D.netBenefits, label: 'Net benefits', formula: `=${D.totalAdjustedBenefits}-${D.totalInvestment}`, format: MONEY, explain: 'Benefits minus investment.' },
    { cell: D.portfolioROI, label: 'Portfolio ROI', formula: `=IF(${D.totalInvestment}=0,"",(${D.totalAdjustedBenefits}-${D.totalInvestment})/${D.totalInvestment})`, format: PERCENT, explain: 'Net benefits / investment: 250% means each $1 came back with $2.50 more.' },
    { cell: D.portfolioBCR, label: 'Benefit–cost ratio', formula: `=IF(${D.totalInvestment}=0,"",${D.totalAdjustedBenefits}/${D.totalInvestment})`, format: RATIO, explain: 'Benefits / investment: dollars back for every dollar spent.' },
    { cell: D.alignedShare, label: 'Programs aligned to business goals', formula: `=IF(${D.initiatives}=0,"",COUNTIF(${columnRange(A, 'aligned')},"Yes")/${D.initiatives})`, format: PERCENT, explain: `Share of initiatives with a direct (${MIN_SUPPORT}) or primary (3) link to an objective.` },
    { cell: D.objectiveCoverage, label: 'Objective coverage', formula: `=IF(${totalWeight}=0,"",SUMIF(${strongest},">=${MIN_SUPPORT}",${weights})/${totalWeight})`, format: PERCENT, explain: 'Priority-weighted share of objectives that some initiative supports directly.' },
    { cell: D.portfolioAlignment, label: 'Portfolio alignment (0–100)', formula: `=IF(SUM(${budgets})=0,"",SUM(${columnRange(A, 'budgetScore')})/SUM(${budgets}))`, format: SCORE, explain: 'Budget-weighted alignment score: 100 means every dollar goes to primary links on every objective.' },
    { cell: D.initiatives, label: 'Initiatives', formula: `=COUNTA(${columnRange(A, 'name')})`, format: '0', explain: 'Initiatives listed on Alignment.', style: 'total' },
    { cell: D.objectives, label: 'Business objectives', formula: `=COUNTA(${columnRange(S, 'objective')})`, format: '0', explain: 'Objectives listed on Strategy.', style: 'total' },
    { cell: D.firstBCR, label: 'BCR at the first snapshot', formula: `=IF(History!$${H.columns.bcr}$${H.firstDataRow}="","",History!$${H.columns.bcr}$${H.firstDataRow})`, format: RATIO, explain: 'From the first row of History log.', style: 'total' },
    { cell: D.bcrChange, label: 'Change in BCR since then', formula: `=IF(OR(${D.firstBCR}="",${D.portfolioBCR}=""),"",IF(${D.firstBCR}=0,"",(${D.portfolioBCR}-${D.firstBCR})/${D.firstBCR}))`, format: PERCENT, explain: 'How much more each dollar returns now.', style: 'total' },
    { cell: D.thisBudget, label: "This period's L&D budget", formula: `=Plan!${absolute(PLAN_CELLS.thisTotal)}`, format: MONEY, explain: 'Sum of the budgets on Alignment.', style: 'total' },
    { cell: D.nextBudget, label: "Next period's L&D budget", formula: `=Plan!${absolute(PLAN_CELLS.nextTotal)}`, format: MONEY, explain: 'Sum of next period’s budgets on Plan.', style: 'total' },
    { cell: D.budgetChange, label: 'Budget change', formula: `=Plan!${absolute(PLAN_CELLS.change)}`, format: PERCENT, explain: 'Next period against this period.', style: 'total' },
    { cell: D.revenueGrowth, label: 'Revenue objective: change to date', formula: `=IFERROR(INDEX(${columnRange(S, 'changeToDate')},${revenueRow}),"")`, format: PERCENT1, explain: '', style: 'total' },
    { cell: D.gaps, label: 'Objectives with no direct support', formula: `=COUNTIF(Alignment!$${first}$${ALIGNMENT_ROWS.coverage}:$${last}$${ALIGNMENT_ROWS.coverage},"Gap")`, format: '0', explain: 'Gaps: objectives no initiative supports directly (listed below).', style: 'total' },
  ];
  for (const f of figures) {
    const row = f.cell.replace(/^[A-Z]+/, '');
    b.text(`B${row}`, f.label, 'kpiLabel');
    b.formula(f.cell, f.formula, f.format, f.style ?? 'kpi');
    // Explanations overflow into the empty cells to their right (no wrap), so the rows stay one line.
    if (f.explain) b.text(`D${row}`, f.explain, 'subtitle');
  }
  b.formula(D.revenueObjective, `=IFERROR(INDEX(${columnRange(S, 'objective')},${revenueRow}),"")`, undefined, 'help');

  // The summary: one paragraph in business language, built from the figures.
  const summaryRow = Number(D.summary.replace(/^[A-Z]+/, ''));
  b.text(`B${summaryRow - 1}`, 'Summary', 'section');
  b.set(D.summary, { formula: summaryFormula(), style: 'summary' });
  b.merges.push(`${D.summary}:H${summaryRow}`);
  b.rowHeights[summaryRow] = 120;

  // Top initiatives by net benefit.
  b.text(`B${TOP.headerRow - 1}`, `Top ${DASHBOARD_TOP} initiatives by net benefit`, 'section');
  // Column H holds, per rank, the initiative's position in the tables (a hidden helper).
  const topHeaders = ['Initiative', 'Net benefits', 'ROI', 'BCR', 'Alignment score'];
  topHeaders.forEach((h, i) => b.text(`${'BCDEF'[i]}${TOP.headerRow}`, h, 'header'));
  b.text(`${TOP_HELPER}${TOP.headerRow}`, 'Row (helper)', 'header');
  b.hiddenColumns.push(TOP_HELPER);
  const key = columnRange(R, 'rankKey');
  for (let k = 1; k <= DASHBOARD_TOP; k++) {
    const r = TOP.firstRow + k - 1;
    const pick = (range: string) => `=IF($${TOP_HELPER}${r}="","",INDEX(${range},$${TOP_HELPER}${r}))`;
    b.formula(`${TOP_HELPER}${r}`, `=IFERROR(MATCH(LARGE(${key},${k}),${key},0),"")`, '0');
    b.formula(`B${r}`, pick(columnRange(R, 'name')));
    b.formula(`C${r}`, pick(columnRange(R, 'net')), MONEY);
    b.formula(`D${r}`, pick(columnRange(R, 'roi')), PERCENT);
    b.formula(`E${r}`, pick(columnRange(R, 'bcr')), RATIO);
    b.formula(`F${r}`, pick(columnRange(A, 'score')), SCORE);
  }

  // Investment and benefits by objective, and the coverage gaps.
  b.text(`B${BY.headerRow - 1}`, 'Investment and benefits by objective', 'section');
  ['Objective', 'Investment', 'Adjusted benefits', 'ROI', 'Supported?', 'Objectives with no direct link'].forEach((h, i) => b.text(`${'BCDEFG'[i]}${BY.headerRow}`, h, 'header'));
  LINK_COLUMNS.forEach((link, j) => {
    const r = BY.firstRow + j;
    const planRow = PLAN_BY_OBJECTIVE.firstRow + j;
    b.formula(`B${r}`, `=Plan!$${PO.objective}$${planRow}`);
    b.formula(`C${r}`, `=IF($B${r}="","",Plan!$${PO.investment}$${planRow})`, MONEY);
    b.formula(`D${r}`, `=IF($B${r}="","",Plan!$${PO.benefits}$${planRow})`, MONEY);
    b.formula(`E${r}`, `=IF(OR(C${r}="",D${r}=""),"",IF(C${r}=0,"",(D${r}-C${r})/C${r}))`, PERCENT);
    b.formula(`F${r}`, `=IF($B${r}="","",Alignment!$${link}$${ALIGNMENT_ROWS.coverage})`);
    b.formula(`G${r}`, `=IFERROR(INDEX(Alignment!$${first}$${ALIGNMENT_ROWS.objectiveNames}:$${last}$${ALIGNMENT_ROWS.objectiveNames},MATCH(${j + 1},Alignment!$${first}$${ALIGNMENT_ROWS.gapNumber}:$${last}$${ALIGNMENT_ROWS.gapNumber},0)),"")`);
  });
  const lastObjectiveRow = BY.firstRow + OBJECTIVE_CAPACITY - 1;
  b.conditionalFormats.push(
    { range: `F${BY.firstRow}:F${lastObjectiveRow}`, formula: `=F${BY.firstRow}="Gap"`, style: BAD },
    { range: `F${BY.firstRow}:F${lastObjectiveRow}`, formula: `=F${BY.firstRow}="Covered"`, style: GOOD },
    { range: `E${BY.firstRow}:E${lastObjectiveRow}`, formula: `=AND(E${BY.firstRow}<>"",E${BY.firstRow}<0)`, style: BAD },
  );

  b.charts.push(
    { title: 'Return by initiative (ROI)', type: 'bar', categories: `B${TOP.firstRow}:B${TOP.firstRow + DASHBOARD_TOP - 1}`, series: [{ name: 'ROI', values: `D${TOP.firstRow}:D${TOP.firstRow + DASHBOARD_TOP - 1}` }], anchor: 'J4', width: 560, height: 320 },
    {
      title: 'Investment and benefits by objective', type: 'column', categories: `B${BY.firstRow}:B${lastObjectiveRow}`,
      series: [{ name: 'Investment', values: `C${BY.firstRow}:C${lastObjectiveRow}` }, { name: 'Adjusted benefits', values: `D${BY.firstRow}:D${lastObjectiveRow}` }],
      anchor: 'J22', width: 560, height: 340,
    },
    {
      title: 'Benefit–cost ratio over time', type: 'line', categories: `History!$${H.columns.date}$${H.firstDataRow}:$${H.columns.date}$${H.lastDataRow}`,
      series: [{ name: 'BCR', values: `History!$${H.columns.bcr}$${H.firstDataRow}:$${H.columns.bcr}$${H.lastDataRow}` }], anchor: 'J42', width: 560, height: 300,
    },
  );
  return b.build({
    purpose: 'The executive view: investment, benefits, ROI, alignment, top initiatives and a live summary.',
    tabColor: TAB.Dashboard,
    frozenRows: 0,
    frozenColumns: 0,
    columnWidths: [24, 280, 130, 120, 110, 110, 240, 60, 24],
  });
}

/** The business-language paragraph: every number comes from a Dashboard figure. */
function summaryFormula(): string {
  const money = (cell: string) => `"$"&TEXT(${cell},"#,##0")`;
  const pct = (cell: string) => `TEXT(${cell},"0%")`;
  const parts = [
    `"This period L&D invested "&${money(D.totalInvestment)}&" in "&${D.initiatives}&IF(${D.initiatives}=1," program"," programs")`,
    `IF(${D.portfolioBCR}="",". Benefits cannot be compared with costs yet. "," and delivered "&${money(D.totalAdjustedBenefits)}&" of business benefits after isolating the programs' own effect and adjusting for confidence: $"&TEXT(${D.portfolioBCR},"0.00")&" back for every $1 spent, a return on investment of "&${pct(D.portfolioROI)}&". ")`,
    `${pct(D.alignedShare)}&" of programs are aligned to business goals, covering "&${pct(D.objectiveCoverage)}&" of the strategy by priority"`,
    `IF(${D.gaps}>0," ("&${D.gaps}&IF(${D.gaps}=1," objective has"," objectives have")&" no direct support yet)","")&". "`,
    `IF(OR(${D.firstBCR}="",${D.portfolioBCR}=""),"","The benefit-cost ratio has moved from "&TEXT(${D.firstBCR},"0.0")&"x at the first snapshot to "&TEXT(${D.portfolioBCR},"0.0")&"x now. ")`,
    `IF(${D.revenueGrowth}="","",${D.revenueObjective}&" is up "&${pct(D.revenueGrowth)}&" to date. ")`,
    `IF(OR(${D.nextBudget}=0,${D.budgetChange}=""),"","Next period's plan of "&${money(D.nextBudget)}&" is "&TEXT(ABS(${D.budgetChange}),"0%")&IF(${D.budgetChange}<0," below"," above")&" this period's budget.")`,
  ];
  const empty = '"Nothing to report yet: fill in Strategy, Alignment, Impact and ROI, and this paragraph writes itself from the figures."';
  return `=IF(${D.initiatives}=0,${empty},${parts.join('&')})`;
}
