/**
 * Summary report (TDRp), for the CEO: each business objective from Strategy, the learning behind it,
 * L&D's planned contribution (the plan of its first outcome measure on Measures), YTD and forecast.
 * Objectives with no learning behind them are listed too, and say so. Native formulas only.
 */
import { absolute } from '../a1';
import { SheetBuilder } from '../builder';
import {
  LINK_COLUMNS, MEASURES_CELLS, MEASURE_STATUSES, MIN_SUPPORT, NUMBER_FORMAT, OBJECTIVE_CAPACITY, PERCENT, STRATEGY_TABLE as S,
  SUMMARY_REPORT as R, columnRange, initiativeLayout, type InitiativeLayout,
} from '../layout';
import type { SheetSpec } from '../types';
import { TAB } from './common';
import { fetch, measuresColumn, statusFormats } from './report';

/** The report's columns, in order from A. */
export const SUMMARY_COLUMNS = {
  objective: 'A', kpi: 'B', initiatives: 'C', measure: 'D', unit: 'E', lastYear: 'F', plan: 'G', ytd: 'H', ytdPercent: 'I', forecast: 'J',
  forecastPercent: 'K', status: 'L',
} as const;

/** The text an objective with no outcome measure and no initiative supporting it shows. */
export const NO_LEARNING = 'No learning behind this objective';
export const NO_MEASURE = 'No outcome measure planned';

export function summaryReportSheet(layout: InitiativeLayout = initiativeLayout()): SheetSpec {
  const A = layout.alignment;
  const b = new SheetBuilder('SummaryReport');
  const C = SUMMARY_COLUMNS;
  const lastRow = R.firstRow + OBJECTIVE_CAPACITY - 1;

  b.text('A1', 'Summary report', 'title');
  b.text('A2', "For the executive team: each business objective, the learning behind it and L&D's planned contribution (its outcome measure), with the year to date and the forecast. Objectives with no learning behind them are listed too.", 'subtitle');
  b.rowHeights[1] = 30;
  b.rowHeights[R.headerRow] = 40;
  b.merges.push(`A2:${C.status}2`);
  b.rowHeights[2] = 34;
  for (let row = 4; row <= 7; row++) b.merges.push(`A${row}:B${row}`);
  b.text('A4', 'Reporting month', 'kpiLabel');
  b.formula('C4', `=Measures!${absolute(MEASURES_CELLS.reportingMonth)}`, '0', 'total');
  b.text('A5', 'Objectives', 'kpiLabel');
  b.formula('C5', `=COUNTA(${columnRange(S, 'objective')})`, '0', 'total');
  b.text('A6', 'Objectives with no learning behind them', 'kpiLabel');
  b.formula('C6', `=COUNTIF($${C.status}$${R.firstRow}:$${C.status}$${lastRow},"${NO_LEARNING}")`, '0', 'total');
  b.text('A7', 'All measures: on track / at risk / off track', 'kpiLabel');
  MEASURE_STATUSES.forEach((s, i) => b.formula(`${['C', 'D', 'E'][i]}7`, `=COUNTIF(${measuresColumn('status')},"${s}")`, '0', 'total'));

  const headers: Record<keyof typeof C, string> = {
    objective: 'Business objective', kpi: 'KPI', initiatives: `Initiatives supporting it (link ${MIN_SUPPORT}+)`, measure: "L&D's outcome measure", unit: 'Unit',
    lastYear: 'Last year actual', plan: 'Planned contribution', ytd: 'YTD actual', ytdPercent: 'YTD % of plan', forecast: 'Forecast', forecastPercent: 'Forecast % of plan', status: 'Status',
  };
  for (const key of Object.keys(C) as (keyof typeof C)[]) b.set(`${C[key]}${R.headerRow}`, { value: headers[key], style: 'header' });
  const countColumn = R.outcomeCount;
  b.text(`${R.position}${R.headerRow}`, 'Measures row (helper)', 'header');
  b.text(`${countColumn}${R.headerRow}`, 'Outcome measures (helper)', 'header');

  for (let i = 0; i < OBJECTIVE_CAPACITY; i++) {
    const r = R.firstRow + i;
    const strategyRow = S.firstDataRow + i;
    const objective = `Strategy!$${S.columns.objective}$${strategyRow}`;
    const link = LINK_COLUMNS[i];
    const has = `$${C.objective}${r}<>""`;
    const pos = `$${R.position}${r}`;
    const pick = (key: string, text = false) => `IF(${pos}="","",${fetch(key, pos, text)})`;
    b.formula(`${C.objective}${r}`, `=IF(${objective}="","",${objective})`);
    b.formula(`${C.kpi}${r}`, `=IF(${has},Strategy!$${S.columns.kpi}$${strategyRow}&"","")`);
    b.formula(`${C.initiatives}${r}`, `=IF(${has},COUNTIF(Alignment!$${link}$${A.firstDataRow}:$${link}$${A.lastDataRow},">=${MIN_SUPPORT}"),"")`, '0');
    b.formula(`${R.position}${r}`, `=IF(${has},IFERROR(MATCH($${C.objective}${r},${measuresColumn('outcomeObjective')},0),""),"")`, '0');
    b.formula(`${countColumn}${r}`, `=IF(${has},COUNTIF(${measuresColumn('outcomeObjective')},$${C.objective}${r}),0)`, '0');
    b.formula(`${C.measure}${r}`, `=IF($${C.objective}${r}="","",IF(${pos}="","${NO_MEASURE}",INDEX(${measuresColumn('name')},${pos})&IF(${countColumn}${r}>1," (+"&(${countColumn}${r}-1)&" more)","")))`);
    b.formula(`${C.unit}${r}`, `=${pick('unit', true)}`);
    b.formula(`${C.lastYear}${r}`, `=${pick('lastYear')}`, NUMBER_FORMAT);
    b.formula(`${C.plan}${r}`, `=${pick('plan')}`, NUMBER_FORMAT);
    b.formula(`${C.ytd}${r}`, `=${pick('ytd')}`, NUMBER_FORMAT);
    b.formula(`${C.ytdPercent}${r}`, `=${pick('ytdPercent')}`, PERCENT);
    b.formula(`${C.forecast}${r}`, `=${pick('forecast')}`, NUMBER_FORMAT);
    b.formula(`${C.forecastPercent}${r}`, `=${pick('forecastPercent')}`, PERCENT);
    b.formula(`${C.status}${r}`, `=IF($${C.objective}${r}="","",IF(AND(${pos}="",${C.initiatives}${r}=0),"${NO_LEARNING}",IF(${pos}="","${NO_MEASURE}",${pick('status', true)})))`);
  }
  b.hiddenColumns.push(R.position, countColumn);
  const statuses = `${C.status}${R.firstRow}:${C.status}${lastRow}`;
  statusFormats(b, statuses);
  b.conditionalFormats.push({ range: statuses, formula: `=OR(${C.status}${R.firstRow}="${NO_LEARNING}",${C.status}${R.firstRow}="${NO_MEASURE}")`, style: { fill: '#EDEDED', fontColor: '#595959' } });
  b.text(`A${lastRow + 2}`, `Planned contribution: the plan for the year of the objective's first outcome measure on Measures (add the objective to an outcome measure there). Supporting initiatives: those with a link of ${MIN_SUPPORT} or more on Alignment.`, 'help');
  b.merges.push(`A${lastRow + 2}:${C.status}${lastRow + 2}`);
  b.rowHeights[lastRow + 2] = 34;
  return b.build({
    purpose: "Each business objective, the learning behind it, L&D's planned contribution, YTD and forecast (TDRp summary report).",
    tabColor: TAB.SummaryReport,
    frozenRows: R.headerRow,
    frozenColumns: 1,
    columnWidths: [240, 200, 95, 240, 70, 85, 95, 85, 80, 85, 85, 150],
  });
}
