/**
 * Operations report (TDRp): the efficiency and effectiveness measures of every program, for the
 * people who run L&D month by month. Efficiency first, then effectiveness; native formulas only.
 */
import { absolute } from '../a1';
import { SheetBuilder } from '../builder';
import { MEASURES_CELLS, MEASURES_TABLE as M, MEASURE_STATUSES, OPERATIONS_REPORT as O } from '../layout';
import type { SheetSpec } from '../types';
import { TAB } from './common';
import { letterAt, positionFormula, reportHeaders, reportRow, runningCounts, statusFormats, type ReportColumn } from './report';

/** The report's columns from A. */
export const OPERATIONS_REPORT_COLUMNS: readonly ReportColumn[] = ['program', 'measure', 'type', 'unit', 'lastYear', 'plan', 'ytd', 'ytdPercent', 'forecast', 'forecastPercent', 'status'];
export const OPERATIONS_REPORT_GROUPS = ['Efficiency', 'Effectiveness'] as const;

export function operationsReportSheet(): SheetSpec {
  const b = new SheetBuilder('OperationsReport');
  const last = letterAt(OPERATIONS_REPORT_COLUMNS.length - 1);
  const lastRow = O.firstRow + O.capacity - 1;
  const statusRange = `$${last}$${O.firstRow}:$${last}$${lastRow}`;
  const typeRange = `$C$${O.firstRow}:$C$${lastRow}`;

  b.text('A1', 'Operations report', 'title');
  b.text('A2', 'Efficiency and effectiveness measures across programs, from the Measures sheet: plan, year to date and forecast to the reporting month. A blank program is the whole portfolio.', 'subtitle');
  b.rowHeights[1] = 30;
  b.rowHeights[O.headerRow] = 40;
  b.merges.push(`A2:${last}2`);
  b.text('A4', 'Reporting month', 'kpiLabel');
  b.formula('B4', `=Measures!${absolute(MEASURES_CELLS.reportingMonth)}`, '0', 'total');
  OPERATIONS_REPORT_GROUPS.forEach((group, g) => {
    b.text(`A${5 + g}`, `${group} measures`, 'kpiLabel');
    b.formula(`B${5 + g}`, `=COUNTIF(${typeRange},"${group}")`, '0', 'total');
  });
  MEASURE_STATUSES.forEach((s, i) => {
    b.text(`D${4 + i}`, s, 'kpiLabel');
    b.formula(`E${4 + i}`, `=COUNTIF(${statusRange},"${s}")`, '0', 'total');
  });

  OPERATIONS_REPORT_GROUPS.forEach((group, g) => {
    runningCounts(b, O.counts[g], `${group} (helper)`, (r) => `AND(Measures!$${M.columns.name}${r}<>"",Measures!$${M.columns.type}${r}="${group}")`);
  });
  b.text(`${O.position}${O.headerRow}`, 'Measures row (helper)', 'header');
  reportHeaders(b, OPERATIONS_REPORT_COLUMNS, O.headerRow);
  for (let k = 1; k <= O.capacity; k++) {
    const r = O.firstRow + k - 1;
    b.formula(`${O.position}${r}`, positionFormula(O.counts, k), '0');
    reportRow(b, OPERATIONS_REPORT_COLUMNS, r, O.position);
  }
  b.hiddenColumns.push(O.position);
  statusFormats(b, `${last}${O.firstRow}:${last}${lastRow}`);
  return b.build({
    purpose: 'Efficiency and effectiveness measures across programs against plan (TDRp operations report).',
    tabColor: TAB.OperationsReport,
    frozenRows: O.headerRow,
    frozenColumns: 0,
    columnWidths: [200, 230, 105, 80, 90, 90, 90, 80, 90, 85, 90],
  });
}
