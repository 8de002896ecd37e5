/**
 * Dashboard: the executive view (Value Communication, part 4). Every figure is a native formula over
 * the framework sheets, so it stays live in any spreadsheet, with or without the add-in. The first
 * seven figures, the ROI range and the break-even attribution carry the workbook's defined names (see
 * DEFINED_NAMES in layout.ts).
 */
import { absolute } from '../a1';
import { SheetBuilder } from '../builder';
import {
  ALIGNMENT_ROWS, DASHBOARD_BY_OBJECTIVE as BY, DASHBOARD_CELLS as D, DASHBOARD_CHARTS as CHARTS, DASHBOARD_TOP, DASHBOARD_TOP_BLOCK as TOP,
  DASHBOARD_TREND_BLOCK as TREND, DATE,
  HISTORY_TABLE as H, LINK_COLUMNS, MIN_SUPPORT, MONEY, OBJECTIVE_CAPACITY, PERCENT, PERCENT1, PLAN_BY_OBJECTIVE, PLAN_CELLS, RATIO,
  SCORE, STRATEGY_TABLE as S, columnRange, initiativeLayout, type InitiativeLayout,
} from '../layout';
import { STYLES, type CellStyle, type SheetSpec } from '../types';
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

export function dashboardSheet(layout: InitiativeLayout = initiativeLayout()): SheetSpec {
  const b = new SheetBuilder('Dashboard');
  const A = layout.alignment;
  const R = layout.roi;
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
  rangeFigures(b, layout);

  // The summary: one paragraph in business language, built from the figures.
  const summaryRow = Number(D.summary.replace(/^[A-Z]+/, ''));
  b.text(`B${summaryRow - 1}`, 'Summary', 'section');
  b.set(D.summary, { formula: summaryFormula(), style: 'summary' });
  b.merges.push(`${D.summary}:H${summaryRow}`);

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
    b.formula(`G${r}`, `=IFERROR(INDEX(Alignment!$${first}$${ALIGNMENT_ROWS.objectiveNames}:$${last}$${ALIGNMENT_ROWS.objectiveNames},1,MATCH(${j + 1},Alignment!$${first}$${ALIGNMENT_ROWS.gapNumber}:$${last}$${ALIGNMENT_ROWS.gapNumber},0)),"")`);
  });
  const lastObjectiveRow = BY.firstRow + OBJECTIVE_CAPACITY - 1;
  b.conditionalFormats.push(
    { range: `F${BY.firstRow}:F${lastObjectiveRow}`, formula: `=F${BY.firstRow}="Gap"`, style: BAD },
    { range: `F${BY.firstRow}:F${lastObjectiveRow}`, formula: `=F${BY.firstRow}="Covered"`, style: GOOD },
    { range: `E${BY.firstRow}:E${lastObjectiveRow}`, formula: `=AND(E${BY.firstRow}<>"",E${BY.firstRow}<0)`, style: BAD },
  );

  // Charts, below the blocks and within columns B–G (the printed width). Each reads visible ranges
  // of this sheet, so it stays live and every host draws the same series (Sheets skips hidden data).
  const lastTopRow = TOP.firstRow + DASHBOARD_TOP - 1;
  b.charts.push(
    {
      title: `Top ${DASHBOARD_TOP} initiatives by net benefit`, type: 'bar', categories: `B${TOP.firstRow}:B${lastTopRow}`,
      series: [{ name: 'Net benefits', values: `C${TOP.firstRow}:C${lastTopRow}` }], anchor: `B${CHARTS.firstRow}`, width: 530, height: 320,
    },
    // The third chart, the benefit–cost ratio over time, sits at E{CHARTS.firstRow} (trendBlock).
    {
      title: 'Investment and adjusted benefits by objective', type: 'bar', categories: `B${BY.firstRow}:B${lastObjectiveRow}`,
      series: [{ name: 'Investment', values: `C${BY.firstRow}:C${lastObjectiveRow}` }, { name: 'Adjusted benefits', values: `D${BY.firstRow}:D${lastObjectiveRow}` }],
      anchor: `B${CHARTS.secondRow}`, width: 990, height: 320,
    },
  );
  trendBlock(b);
  return b.build({
    purpose: 'The executive view: investment, benefits, ROI, alignment, top initiatives and a live summary.',
    tabColor: TAB.Dashboard,
    frozenRows: 0,
    frozenColumns: 0,
    columnWidths: [24, 280, 130, 120, 110, 110, 240, 60, 24],
  });
}

/**
 * How sure the return is: the portfolio ROI with the low and the high isolation estimates (Impact's
 * adjusted benefit (low) and (high) columns, confidence applied as for the point value), and the
 * break-even attribution X = total investment ÷ Σ (gross benefit × confidence) over the initiatives with
 * an adjusted benefit: the share of every improvement programs must have caused for the portfolio to
 * pay back. Scaling every isolation share by k = investment ÷ adjusted benefits gives the same break-even;
 * X is k × the (gross × confidence)-weighted mean isolation share. core/insights/figures.ts computes both.
 */
function rangeFigures(b: SheetBuilder, layout: InitiativeLayout): void {
  const I = layout.impact;
  const invested = D.totalInvestment;
  const roiWith = (key: 'adjustedLow' | 'adjustedHigh') => `=IF(${invested}=0,"",(SUM(${columnRange(I, key)})-${invested})/${invested})`;
  const rangeRow = D.portfolioROILow.replace(/^[A-Z]+/, '');
  b.text(`B${rangeRow}`, 'Portfolio ROI range (low – high)', 'kpiLabel');
  b.formula(D.portfolioROILow, roiWith('adjustedLow'), PERCENT, 'kpi');
  b.formula(D.portfolioROIHigh, roiWith('adjustedHigh'), PERCENT, 'kpi');
  b.text(`E${rangeRow}`, 'With the low and the high isolation estimates on Impact (blank estimate: the point value).', 'subtitle');
  const x = D.breakEvenAttribution;
  const row = x.replace(/^[A-Z]+/, '');
  const attributable = `SUM(${columnRange(I, 'attributable')})`;
  b.text(`B${row}`, 'Break-even attribution', 'kpiLabel');
  b.formula(x, `=IF(${attributable}<=0,"",${invested}/${attributable})`, PERCENT, 'kpi');
  b.formula(`D${row}`, `=IF(${x}="","Not known yet: Impact has no gross benefit with isolation and confidence.",IF(${x}>1,"The portfolio cannot pay back even if programs caused all of the improvements (it would need "&TEXT(${x},"0%")&").","The portfolio pays back if programs caused at least "&TEXT(${x},"0%")&" of the improvements."))`, undefined, 'subtitle');
}

/**
 * The benefit–cost ratio over time: the last TREND.slots snapshots of History (by date, oldest first)
 * and their BCR, with the line chart beside them. A slot without a snapshot shows no date and #N/A as
 * its BCR, which every spreadsheet leaves out of a line chart (an empty text would be drawn as 0);
 * a conditional format hides that #N/A.
 */
function trendBlock(b: SheetBuilder): void {
  const dates = columnRange(H, 'date');
  const ratios = columnRange(H, 'bcr');
  const first = TREND.firstRow;
  const last = first + TREND.slots - 1;
  b.text(`B${TREND.headerRow - 1}`, `Benefit–cost ratio at the last ${TREND.slots} snapshots`, 'section');
  b.text(`B${TREND.headerRow}`, 'Snapshot date', 'header');
  b.text(`C${TREND.headerRow}`, 'Benefit–cost ratio', 'header');
  for (let k = 1; k <= TREND.slots; k++) {
    const r = first + k - 1;
    b.formula(`B${r}`, `=IFERROR(SMALL(${dates},MAX(0,COUNT(${dates})-${TREND.slots})+${k}),"")`, DATE);
    b.formula(`C${r}`, `=IF($B${r}="",NA(),IFERROR(1*INDEX(${ratios},MATCH($B${r},${dates},0)),NA()))`, RATIO);
  }
  // The #N/A of an empty slot is written in the cell's own fill colour (formula cells are 'calc').
  b.conditionalFormats.push({ range: `C${first}:C${last}`, formula: `=ISNA(C${first})`, style: { fontColor: STYLES.calc.fill } });
  b.charts.push({
    title: 'Benefit–cost ratio over time', type: 'line', categories: `B${first}:B${last}`,
    series: [{ name: 'Benefit–cost ratio', values: `C${first}:C${last}` }], anchor: `E${CHARTS.firstRow}`, width: 460, height: 320,
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
