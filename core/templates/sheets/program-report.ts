/**
 * Program report (TDRp): one initiative's outcome, effectiveness and efficiency measures, chosen by a
 * dropdown, with last year, plan, YTD, forecast and status from Measures. Native formulas only.
 */
import { absolute } from '../a1';
import { SheetBuilder } from '../builder';
import { MEASURES_CELLS, MEASURES_TABLE as M, MEASURE_STATUSES, MONEY, PROGRAM_REPORT as P, columnRange, initiativeLayout, type InitiativeLayout } from '../layout';
import type { ExampleDataset } from '../growthcorp';
import type { SheetSpec } from '../types';
import { TAB } from './common';
import { groupTotal, letterAt, positionFormula, reportHeaders, reportRow, runningCounts, statusFormats, type ReportColumn } from './report';

/** The report's columns from A. */
export const PROGRAM_REPORT_COLUMNS: readonly ReportColumn[] = ['measure', 'type', 'unit', 'lastYear', 'plan', 'ytd', 'ytdPercent', 'forecast', 'forecastPercent', 'status'];
/** Outcome first, as TDRp's program report reads: what the business gets, then how well, then how much. */
export const PROGRAM_REPORT_GROUPS = ['Outcome', 'Effectiveness', 'Efficiency'] as const;

export function programReportSheet(data?: ExampleDataset, layout: InitiativeLayout = initiativeLayout()): SheetSpec {
  const A = layout.alignment;
  const b = new SheetBuilder('ProgramReport');
  const chosen = absolute(P.initiative);
  const row = `MATCH(${chosen},${columnRange(A, 'name')},0)`;
  const last = letterAt(PROGRAM_REPORT_COLUMNS.length - 1);

  b.text('A1', 'Program report', 'title');
  b.text('A2', "One initiative's measures from the Measures sheet: outcome, effectiveness, then efficiency. Pick the initiative below; the figures run to the reporting month.", 'subtitle');
  b.rowHeights[1] = 30;
  b.rowHeights[P.headerRow] = 40;
  b.merges.push(`A2:${last}2`);
  b.text('A4', 'Initiative', 'kpiLabel');
  b.set(P.initiative, { value: data?.initiatives[0]?.name ?? null, style: 'input', note: 'Pick an initiative from Alignment.' });
  b.merges.push(`${P.initiative}:D4`);
  b.text('A5', 'Owner', 'kpiLabel');
  b.formula('B5', `=IF(${chosen}="","",IFERROR(INDEX(${columnRange(A, 'owner')},${row})&"",""))`);
  b.text('A6', 'Budget (this period)', 'kpiLabel');
  b.formula('B6', `=IF(${chosen}="","",IFERROR(INDEX(${columnRange(A, 'budget')},${row}),""))`, MONEY);
  b.text('A7', 'Reporting month', 'kpiLabel');
  b.formula('B7', `=Measures!${absolute(MEASURES_CELLS.reportingMonth)}`, '0');
  const statusRange = `$${last}$${P.firstRow}:$${last}$${P.firstRow + P.capacity - 1}`;
  MEASURE_STATUSES.forEach((s, i) => {
    b.text(`F${4 + i}`, s, 'kpiLabel');
    b.formula(`G${4 + i}`, `=COUNTIF(${statusRange},"${s}")`, '0', 'total');
  });
  b.text('F7', 'Measures', 'kpiLabel');
  b.formula('G7', `=${P.counts.map(groupTotal).join('+')}`, '0', 'total');

  PROGRAM_REPORT_GROUPS.forEach((group, g) => {
    runningCounts(b, P.counts[g], `${group} of this initiative (helper)`, (r) =>
      `AND(Measures!$${M.columns.name}${r}<>"",Measures!$${M.columns.type}${r}="${group}",Measures!$${M.columns.initiative}${r}=${chosen},${chosen}<>"")`);
  });
  b.text(`${P.position}${P.headerRow}`, 'Measures row (helper)', 'header');
  reportHeaders(b, PROGRAM_REPORT_COLUMNS, P.headerRow);
  for (let k = 1; k <= P.capacity; k++) {
    const r = P.firstRow + k - 1;
    b.formula(`${P.position}${r}`, positionFormula(P.counts, k), '0');
    reportRow(b, PROGRAM_REPORT_COLUMNS, r, P.position);
  }
  b.hiddenColumns.push(P.position);
  b.formula(`A${P.firstRow + P.capacity}`, `=IF(G7>${P.capacity},"This initiative has "&G7&" measures; the report shows the first ${P.capacity}.","")`, undefined, 'help');
  b.validations.push({ range: P.initiative, type: 'list', source: columnRange(A, 'name'), prompt: 'Pick the initiative to report on.', errorMessage: 'Choose an initiative listed on the Alignment sheet.' });
  statusFormats(b, `${last}${P.firstRow}:${last}${P.firstRow + P.capacity - 1}`);
  return b.build({
    purpose: "One initiative's outcome, effectiveness and efficiency measures against plan (TDRp program report).",
    tabColor: TAB.ProgramReport,
    frozenRows: P.headerRow,
    frozenColumns: 0,
    columnWidths: [260, 105, 80, 90, 90, 90, 80, 90, 85, 90],
  });
}
