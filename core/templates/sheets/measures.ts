/**
 * Measures: regular reporting in the Talent Development Reporting principles (TDRp). One row per
 * efficiency, effectiveness or outcome measure: last year's actual, this year's plan, twelve monthly
 * actuals and an optional manual forecast. Native formulas compute, up to the reporting month set
 * once at the top: the YTD actual (sum, or average of the reported months), YTD % of plan (plan
 * prorated by month for sums), the forecast (manual, else the run rate or the YTD average), forecast
 * % of plan and a status, with "less is better" measures scored plan ÷ actual. The same arithmetic as
 * the catalogue's YTD, RUN_RATE_FORECAST and PLAN_ATTAINMENT.
 */
import { absolute } from '../a1';
import { SheetBuilder, widthsFrom } from '../builder';
import type { ExampleDataset } from '../growthcorp';
import {
  DATE, EFFECTIVE_MONTH_COLUMNS, LEARNING_TABLE, MEASURE_ACTUAL_SOURCES, MEASURE_AGGREGATIONS, MEASURE_DIRECTIONS, MEASURE_THRESHOLDS, MEASURE_TYPES,
  MEASURES_CELLS as S, MEASURES_TABLE as T, MONTH_COLUMNS, MONTHS_IN_YEAR, PERCENT, STRATEGY_TABLE, columnRange, initiativeLayout, type InitiativeLayout,
} from '../layout';
import type { CellSpec, SheetSpec } from '../types';
import { BAD, GOOD, TAB, WARN, dateValidation, isoDateSerial, listValidation, literalCriterion } from './common';
import { COMPLETING } from './learning';

/**
 * Month `k` (1–12) of a measure as YTD reads it: the typed month, else, when the row's "Actuals from"
 * picks Learning data and the year start and the initiative are set, the completing records (completed
 * or passed) or the hours of the initiative's records dated in that calendar month (from the first day
 * of the year start's month + k − 1 to the day before the next), else blank. COUNTIFS and SUMIFS over
 * whole columns of Learning data, so appended records count; initiatives compare without regard to case,
 * literally (`*`, `?`, `~` escaped once per row in the hidden "Initiative as matched" column).
 */
export function effectiveMonthFormula(k: number, r: number): string {
  const col = T.columns;
  const typed = `${MONTH_COLUMNS[k - 1]}${r}`;
  const start = absolute(S.yearStart);
  const initiative = `$${col.initiative}${r}`;
  const choice = `$${col.actualsFrom}${r}`;
  const whole = (key: keyof typeof LEARNING_TABLE.columns) => `Learning!$${LEARNING_TABLE.columns[key]}:$${LEARNING_TABLE.columns[key]}`;
  const monthStart = (offset: number) => `DATE(YEAR(${start}),MONTH(${start})+${offset},1)`;
  const inMonth = `${whole('initiative')},$${col.initiativeCriterion}${r},${whole('date')},">="&${monthStart(k - 1)},${whole('date')},"<"&${monthStart(k)}`;
  const participants = COMPLETING.map((status) => `COUNTIFS(${inMonth},${whole('status')},"${status}")`).join('+');
  const hours = `SUMIFS(${whole('hours')},${inMonth})`;
  return `=IF(${typed}<>"",${typed},IF(OR(COUNT(${start})=0,${initiative}=""),"",` +
    `IF(${choice}="${MEASURE_ACTUAL_SOURCES[1]}",${participants},IF(${choice}="${MEASURE_ACTUAL_SOURCES[2]}",${hours},""))))`;
}

/** The attainment of `actual` against `plan` as a formula: actual ÷ plan, or plan ÷ actual when less is better. */
export function attainmentFormula(actual: string, plan: string, direction: string): string {
  return `IFERROR(IF(${direction}="${MEASURE_DIRECTIONS[1]}",${plan}/${actual},${actual}/${plan}),"")`;
}

export function measuresSheet(data?: ExampleDataset, layout: InitiativeLayout = initiativeLayout()): SheetSpec {
  const b = new SheetBuilder('Measures');
  const col = T.columns;
  const d1 = T.firstDataRow;
  const dn = T.lastDataRow;
  const month = absolute(S.reportingMonth);
  const onTrack = absolute(S.onTrack);
  const atRisk = absolute(S.atRisk);
  const firstMonth = MONTH_COLUMNS[0];
  const lastMonth = MONTH_COLUMNS[MONTHS_IN_YEAR - 1];
  // YTD reads the effective months (typed, else from Learning data where the row says so).
  const firstUsed = EFFECTIVE_MONTH_COLUMNS[0];
  const lastUsed = EFFECTIVE_MONTH_COLUMNS[MONTHS_IN_YEAR - 1];
  const monthNumbers = `$${firstMonth}$${S.monthNumberRow}:$${lastMonth}$${S.monthNumberRow}`;
  const example = data?.measures;
  // A reporting month cleared or typed outside 1–12 (validation cannot stop a delete): blank figures,
  // where the catalogue's YTD gives #NUM!. N() turns text into 0, so text counts as outside too.
  const badMonth = `OR(N(${month})<1,N(${month})>${MONTHS_IN_YEAR},N(${month})<>ROUND(N(${month}),0))`;

  b.text('A1', 'Measures: plan, year to date and forecast', 'title');
  b.text('E1', 'One row per measure, sorted into the three TDRp types: efficiency (how much, how fast, at what cost), effectiveness (reaction, learning, application, impact, ROI) and outcome (what learning contributes to a business objective). Type the plan for the year and each month\'s actual; YTD, % of plan, forecast and status calculate up to the reporting month.', 'help');
  b.merges.push(`E1:${MONTH_COLUMNS[5]}2`);
  b.rowHeights[1] = 30;
  b.rowHeights[T.headerRow] = 45;
  b.text('A3', 'Reporting month (1–12)', 'kpiLabel');
  b.set(S.reportingMonth, { value: example?.reportingMonth ?? 1, style: 'input', numberFormat: '0', note: 'The last month with actuals to report: month 1 is the first month of your fiscal year. Every YTD and forecast on this sheet and the reports follows it.' });
  b.text('A4', 'On track: forecast at least', 'kpiLabel');
  b.set(S.onTrack, { value: MEASURE_THRESHOLDS.onTrack, style: 'input', numberFormat: PERCENT });
  b.text('A5', 'At risk: forecast at least', 'kpiLabel');
  b.set(S.atRisk, { value: MEASURE_THRESHOLDS.atRisk, style: 'input', numberFormat: PERCENT });
  b.text('D3', 'Status compares the forecast with the plan for the year (plan ÷ forecast when less is better).', 'help');
  b.text('D4', 'At or above the on-track share: On track. At or above the at-risk share: At risk. Below it: Off track.', 'help');
  b.text('D5', 'Sums prorate the plan for YTD (plan × month ÷ 12) and forecast at the run rate (YTD ÷ month × 12); averages use the average of the reported months.', 'help');
  for (const row of [3, 4, 5]) b.merges.push(`D${row}:${MONTH_COLUMNS[5]}${row}`);
  b.text('A6', 'Year starts (first day of month 1)', 'kpiLabel');
  b.set(S.yearStart, {
    ...(example?.yearStart ? { value: isoDateSerial(example.yearStart) } : {}),
    style: 'input', numberFormat: DATE,
    note: 'The first day of your fiscal year. Measures whose "Actuals from" (last column) picks Learning data take each blank month from the records dated in that calendar month.',
  });
  b.text(`${col.plan}${S.monthNumberRow}`, 'Month number →', 'kpiLabel');
  MONTH_COLUMNS.forEach((letter, i) => b.set(`${letter}${S.monthNumberRow}`, { value: i + 1, style: 'kpiLabel', numberFormat: '0' }));

  b.table(T, (r, i) => {
    const x = example?.rows[i];
    const name = `$${col.name}${r}`;
    const months = `${firstUsed}${r}:${lastUsed}${r}`;
    const average = `$${col.aggregation}${r}="${MEASURE_AGGREGATIONS[1]}"`;
    const proratedPlan = `IF(${average},${col.plan}${r},${col.plan}${r}*${month}/${MONTHS_IN_YEAR})`;
    const cells: Record<string, CellSpec> = {
      reported: { formula: `=SUMPRODUCT(--(${monthNumbers}<=${month}),--(${months}<>""))` },
      sumToMonth: { formula: `=SUMPRODUCT(--(${monthNumbers}<=${month}),${months})` },
      ytd: { formula: `=IF(OR(${name}="",${badMonth}),"",IF(${average},IF(${col.reported}${r}=0,"",${col.sumToMonth}${r}/${col.reported}${r}),${col.sumToMonth}${r}))` },
      ytdPercent: { formula: `=IF(OR(${col.ytd}${r}="",${col.plan}${r}=""),"",${attainmentFormula(`${col.ytd}${r}`, proratedPlan, `$${col.direction}${r}`)})` },
      forecast: { formula: `=IF(OR(${name}="",${badMonth}),"",IF(${col.manualForecast}${r}<>"",${col.manualForecast}${r},IF(${average},${col.ytd}${r},${col.sumToMonth}${r}/${month}*${MONTHS_IN_YEAR})))` },
      forecastPercent: { formula: `=IF(OR(${col.forecast}${r}="",${col.plan}${r}=""),"",${attainmentFormula(`${col.forecast}${r}`, `${col.plan}${r}`, `$${col.direction}${r}`)})` },
      status: { formula: `=IF(${col.forecastPercent}${r}="","",IF(${col.forecastPercent}${r}>=${onTrack},"On track",IF(${col.forecastPercent}${r}>=${atRisk},"At risk","Off track")))` },
      outcomeObjective: { formula: `=IF(AND(${name}<>"",$${col.type}${r}="Outcome"),$${col.objective}${r},"")` },
      initiativeCriterion: { formula: `=IF($${col.initiative}${r}="","",${literalCriterion(`$${col.initiative}${r}`)})` },
    };
    for (let k = 1; k <= MONTHS_IN_YEAR; k++) cells[`e${k}`] = { formula: effectiveMonthFormula(k, r) };
    if (x) {
      cells.name = { value: x.name };
      cells.type = { value: x.type };
      if (x.initiative) cells.initiative = { value: x.initiative };
      if (x.objective) cells.objective = { value: x.objective };
      cells.unit = { value: x.unit };
      cells.direction = { value: x.direction };
      cells.aggregation = { value: x.aggregation };
      cells.lastYear = { value: x.lastYear };
      cells.plan = { value: x.plan };
      x.months.forEach((v, m) => {
        if (v !== null) cells[`m${m + 1}`] = { value: v };
      });
      if (x.manualForecast !== undefined) cells.manualForecast = { value: x.manualForecast };
      if (x.actualsFrom !== undefined) cells.actualsFrom = { value: x.actualsFrom };
    }
    return cells;
  });

  b.hiddenColumns.push(col.reported, col.sumToMonth, col.outcomeObjective, ...EFFECTIVE_MONTH_COLUMNS, col.initiativeCriterion);
  const rows = (key: keyof typeof col) => `${col[key]}${d1}:${col[key]}${dn}`;
  b.validations.push(
    { range: S.reportingMonth, type: 'whole', min: 1, max: MONTHS_IN_YEAR, prompt: 'The last month with actuals, 1 to 12.', errorMessage: 'The reporting month is a whole number from 1 to 12.' },
    { range: `${S.onTrack}:${S.atRisk}`, type: 'decimal', min: 0, max: 2, prompt: 'A share of plan, e.g. 95%.', errorMessage: 'A threshold is a share of plan between 0% and 200%, e.g. 95%.' },
    listValidation(rows('type'), MEASURE_TYPES, 'measure type'),
    { range: rows('initiative'), type: 'list', source: columnRange(layout.alignment, 'name'), prompt: 'Pick an initiative from Alignment (blank: the whole portfolio).', errorMessage: 'Choose an initiative listed on the Alignment sheet (add it there first).' },
    { range: rows('objective'), type: 'list', source: columnRange(STRATEGY_TABLE, 'objective'), prompt: 'Pick the objective an outcome measure contributes to.', errorMessage: 'Choose an objective listed on the Strategy sheet (add it there first).' },
    listValidation(rows('direction'), MEASURE_DIRECTIONS, 'direction'),
    listValidation(rows('aggregation'), MEASURE_AGGREGATIONS, 'aggregation'),
    listValidation(rows('actualsFrom'), MEASURE_ACTUAL_SOURCES, 'source of actuals'),
    dateValidation(S.yearStart, 'The first day of your fiscal year, e.g. 2025-01-01.', 'The year start is a date, e.g. 2025-01-01.'),
  );
  const status = rows('status');
  b.conditionalFormats.push(
    { range: status, formula: `=$${col.status}${d1}="On track"`, style: GOOD },
    { range: status, formula: `=$${col.status}${d1}="At risk"`, style: WARN },
    { range: status, formula: `=$${col.status}${d1}="Off track"`, style: BAD },
  );
  return b.build({
    purpose: 'Measures by TDRp type: plan, monthly actuals, YTD, forecast and status to the reporting month.',
    tabColor: TAB.Measures,
    frozenRows: T.headerRow,
    frozenColumns: 1,
    columnWidths: widthsFrom(T.defs),
  });
}
