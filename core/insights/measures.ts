/**
 * Regular reporting (TDRp) from the Measures sheet, as plain data: each measure with its YTD, YTD %
 * of plan, forecast, forecast % of plan and status computed by the catalogue's own YTD,
 * RUN_RATE_FORECAST and PLAN_ATTAINMENT (not by re-reading the sheet's formulas), an audit of the
 * sheet, and one sentence on what is off track.
 *
 * ```ts
 * const report = measuresFromSource(source);          // undefined: the workbook has no Measures sheet
 * if (report) {
 *   report.measures[0].forecastPercent;                // 1.4 (140% of plan)
 *   auditMeasures(report);                             // [{ rule: 'measure-no-plan', … }]
 *   offTrackSentence(report);                          // '1 of 23 measures is off track at month 9: …'
 * }
 * ```
 */
import { evaluate } from '../index';
import { findFramework, headerMatch, HEADER_MATCH_MIN, type FrameworkFound } from '../framework/resolve';
import { cellAddress, parseCell } from '../templates/a1';
import {
  MEASURE_ACTUAL_SOURCES, MEASURE_AGGREGATIONS, MEASURE_DIRECTIONS, MEASURE_THRESHOLDS, MEASURE_TYPES, MEASURES_CELLS, MEASURES_TABLE as T, MONTHS_IN_YEAR,
  type MeasureActualSource, type MeasureKey, type MeasureType,
} from '../templates/layout';
import { invalidText, isBlankCell, isoFromDate, readNumber, readText, serialFromIso } from './cells';
import { COMPLETING_STATUSES, readLearningRows, type LearningRowValues } from './learning';
import type { Finding, Severity } from './findings';
import { list, percent } from './format';
import { splitCell, type ReadProblem } from './model';
import type { WorkbookSource } from './read';
import { cellRef, locateTable, normaliseHeader, rawAt, valueAt, type FoundTable } from './table';

export type MeasureStatus = 'On track' | 'At risk' | 'Off track';

export interface Measure {
  /** The measure's sheet row (1-based) and its name cell, `Measures!A8`. */
  readonly row: number;
  readonly cell: string;
  readonly name: string;
  /** Efficiency, Effectiveness or Outcome; null when the type cell is blank or not one of them. */
  readonly type: MeasureType | null;
  /** The Alignment initiative, or '' for the whole portfolio. */
  readonly initiative: string;
  readonly objective: string;
  readonly unit: string;
  readonly lessIsBetter: boolean;
  readonly aggregation: 'sum' | 'average';
  readonly lastYear: number | null;
  readonly plan: number | null;
  /**
   * Months 1…12 as YTD reads them (the sheet's hidden "Month k used" helpers): the typed month, else the
   * Learning data figure when "Actuals from" picks one; null is not reported.
   */
  readonly months: readonly (number | null)[];
  /** "Actuals from": Typed (also for a blank or unknown choice), Learning: participants or Learning: hours. */
  readonly actualsFrom: MeasureActualSource;
  readonly manualForecast: number | null;
  /** YTD actual through the reporting month (YTD); null for an average with no month reported. */
  readonly ytd: number | null;
  /** YTD against plan prorated to the reporting month (sums) or against plan (averages), by PLAN_ATTAINMENT. */
  readonly ytdPercent: number | null;
  /** The manual forecast, else RUN_RATE_FORECAST. */
  readonly forecast: number | null;
  readonly forecastPercent: number | null;
  readonly status: MeasureStatus | null;
}

export interface MeasuresReport {
  /** The Measures sheet's name in the workbook. */
  readonly sheet: string;
  readonly reportingMonth: number;
  readonly thresholds: { readonly onTrack: number; readonly atRisk: number };
  readonly measures: readonly Measure[];
  /** Cells that could not be read (a month holding text, a reporting month outside 1–12). */
  readonly problems: readonly ReadProblem[];
  /** Cell addresses of each measure's inputs, for findings: key → `Measures!I8`. */
  readonly cells: ReadonlyMap<number, Readonly<Partial<Record<MeasureKey, string>>>>;
}

type Grid = readonly (readonly unknown[])[];

/** A number from the core, or null for blank or an error value. */
function numberOf(result: unknown): number | null {
  return typeof result === 'number' && Number.isFinite(result) ? result : null;
}

/** Attainment by the core's PLAN_ATTAINMENT: actual ÷ plan, plan ÷ actual when less is better; null when undefined. */
function attainment(actual: number | null, plan: number | null, lessIsBetter: boolean): number | null {
  if (actual === null || plan === null) return null;
  return numberOf(evaluate('PLAN_ATTAINMENT', [actual, plan, lessIsBetter]));
}

/** The status a share of plan earns with the sheet's thresholds. */
export function statusFor(share: number | null, thresholds: MeasuresReport['thresholds']): MeasureStatus | null {
  if (share === null) return null;
  if (share >= thresholds.onTrack) return 'On track';
  if (share >= thresholds.atRisk) return 'At risk';
  return 'Off track';
}

export interface MeasureInputs {
  readonly lessIsBetter: boolean;
  readonly aggregation: 'sum' | 'average';
  readonly plan: number | null;
  readonly months: readonly (number | null)[];
  readonly manualForecast: number | null;
}

/**
 * YTD, % of plan, forecast and status of one measure through `month`, by the core's functions:
 * YTD(months, month, aggregation); the plan prorated as plan × month ÷ 12 for a sum (the sheet's rule);
 * PLAN_ATTAINMENT for both shares; the manual forecast or RUN_RATE_FORECAST.
 */
export function computeMeasure(
  inputs: MeasureInputs,
  month: number,
  thresholds: MeasuresReport['thresholds'] = MEASURE_THRESHOLDS,
): Pick<Measure, 'ytd' | 'ytdPercent' | 'forecast' | 'forecastPercent' | 'status'> {
  const row = [Array.from({ length: MONTHS_IN_YEAR }, (_, m) => inputs.months[m] ?? null)];
  const ytd = numberOf(evaluate('YTD', [row, month, inputs.aggregation]));
  const prorated = inputs.plan === null ? null : inputs.aggregation === 'sum' ? (inputs.plan * month) / MONTHS_IN_YEAR : inputs.plan;
  const forecast = inputs.manualForecast ?? numberOf(evaluate('RUN_RATE_FORECAST', [row, month, inputs.aggregation]));
  const forecastPercent = attainment(forecast, inputs.plan, inputs.lessIsBetter);
  return {
    ytd,
    ytdPercent: attainment(ytd, prorated, inputs.lessIsBetter),
    forecast,
    forecastPercent,
    status: statusFor(forecastPercent, thresholds),
  };
}

/** The value right of a label above the table (`Reporting month (1–12)` → B3), else the template's cell. */
function setting(grid: Grid, headerRow: number, label: string, fallback: string): { raw: unknown; cell: string } {
  const wanted = normaliseHeader(label);
  for (let r = 1; r < headerRow; r++) {
    const row = grid[r - 1] ?? [];
    for (let c = 1; c < row.length; c++) {
      if (normaliseHeader(row[c - 1]).startsWith(wanted)) return { raw: rawAt(grid, r, c + 1), cell: cellAddress(r, c + 1) };
    }
  }
  const at = parseCell(fallback)!;
  return { raw: rawAt(grid, at.row, at.column), cell: fallback };
}

/** A date cell as a serial (numbers as they are, `Date`s by their calendar day); null for anything else, as COUNTIFS skips it. */
function serialOf(raw: unknown): number | null {
  if (typeof raw === 'number' && Number.isFinite(raw)) return raw;
  if (raw instanceof Date && !Number.isNaN(raw.getTime())) return serialFromIso(isoFromDate(raw));
  return null;
}

/**
 * Whether a serial can start a reporting year: from 1900-01-01 to before 9999-01-01 (2958101), since a
 * year that starts later would end after 9999-12-31, the last date a spreadsheet holds.
 */
const isYearStart = (serial: number): boolean => serial >= 1 && serial < 2958101;

/** Per initiative (lower case): completing records and hours in each month of the year. */
export interface LearningMonths {
  readonly participants: ReadonlyMap<string, readonly number[]>;
  readonly hours: ReadonlyMap<string, readonly number[]>;
}

/**
 * The Learning data records bucketed by initiative and month of the year that starts in the month of
 * `yearStart` (a serial): month k runs from the first day of that month + k − 1 to the day before the
 * next, as the sheet's COUNTIFS/SUMIFS criteria do. Participants count records whose status is
 * completed or passed (any case); hours add the numbers in Hours. Initiatives compare without regard
 * to case. One pass over the records.
 *
 * @example learningMonths([{ initiative: 'A', status: 'Passed', hours: 2, score: null, date: 45505 }], 45474).participants.get('a') // [0, 1, 0, …] (2024-08-01 in a year from 2024-07-01)
 */
export function learningMonths(rows: Iterable<LearningRowValues>, yearStart: number): LearningMonths {
  const participants = new Map<string, number[]>();
  const hours = new Map<string, number[]>();
  if (!isYearStart(yearStart)) return { participants, hours };
  const first = new Date(Date.UTC(1899, 11, 30) + Math.floor(yearStart) * 86_400_000);
  const bounds = Array.from({ length: MONTHS_IN_YEAR + 1 }, (_, k) =>
    serialFromIso(new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + k, 1)).toISOString().slice(0, 10)));
  const slot = (map: Map<string, number[]>, key: string) => {
    let months = map.get(key);
    if (!months) map.set(key, (months = new Array<number>(MONTHS_IN_YEAR).fill(0)));
    return months;
  };
  for (const row of rows) {
    const date = serialOf(row.date);
    const initiative = typeof row.initiative === 'string' ? row.initiative.toLowerCase() : typeof row.initiative === 'number' ? String(row.initiative) : null;
    if (date === null || initiative === null || initiative === '' || date < bounds[0] || date >= bounds[MONTHS_IN_YEAR]) continue;
    let k = 0;
    while (date >= bounds[k + 1]) k++;
    const status = typeof row.status === 'string' ? row.status.toLowerCase() : '';
    if ((COMPLETING_STATUSES as readonly string[]).includes(status)) slot(participants, initiative)[k]++;
    if (typeof row.hours === 'number' && Number.isFinite(row.hours)) slot(hours, initiative)[k] += row.hours;
  }
  return { participants, hours };
}

/**
 * The Measures sheet's grid (values from A1, as any host reads them) into measures with their figures
 * computed by the core. Rows without a name are skipped; unreadable cells are listed in `problems`.
 * `learning` gives the Learning data record rows (called only when a measure needs them): a measure
 * whose "Actuals from" picks Learning data takes each blank month from them, as the sheet's hidden
 * "Month k used" columns do.
 */
export function readMeasures(sheet: string, grid: Grid, learning: () => Iterable<LearningRowValues> = () => []): MeasuresReport {
  const problems: ReadProblem[] = [];
  const table: FoundTable<MeasureKey> = locateTable(sheet, grid, T, problems, ['name']);
  const ref = (key: MeasureKey, row: number) => cellRef(table, T, key, row);
  const address = (key: MeasureKey, row: number) => ref(key, row).slice(sheet.length + 1);

  const monthSetting = setting(grid, table.headerRow, 'Reporting month', MEASURES_CELLS.reportingMonth);
  const monthField = readNumber(monthSetting.raw, monthSetting.cell);
  let reportingMonth = monthField.value ?? 0;
  if (!Number.isInteger(reportingMonth) || reportingMonth < 1 || reportingMonth > MONTHS_IN_YEAR) {
    problems.push({ severity: 'error', sheet, cell: monthSetting.cell, action: `Type the month reported through, 1 to ${MONTHS_IN_YEAR}, in ${monthSetting.cell}.`, message: `The reporting month must be a whole number from 1 to ${MONTHS_IN_YEAR}; it is ${isBlankCell(monthSetting.raw) ? 'blank' : String(monthSetting.raw)}. Month 1 is used.` });
    reportingMonth = 1;
  }
  const threshold = (label: string, cell: string, fallback: number) => readNumber(setting(grid, table.headerRow, label, cell).raw, cell).value ?? fallback;
  const thresholds = {
    onTrack: threshold('On track', MEASURES_CELLS.onTrack, MEASURE_THRESHOLDS.onTrack),
    atRisk: threshold('At risk', MEASURES_CELLS.atRisk, MEASURE_THRESHOLDS.atRisk),
  };

  // The sheet takes Learning data months only with a year start that is a number (a date): COUNT(B6) > 0.
  // A number no calendar holds (before 1900 or after 9999) gives the sheet's DATE() #NUM!: no months.
  const yearSetting = setting(grid, table.headerRow, 'Year starts', MEASURES_CELLS.yearStart);
  let yearStart = serialOf(yearSetting.raw);
  if (yearStart !== null && !isYearStart(yearStart)) {
    problems.push({ severity: 'error', sheet, cell: yearSetting.cell, action: `Type the first day of the reporting year as a date in ${yearSetting.cell}, e.g. 2025-01-01.`, message: `Year starts must be a date from 1900-01-01 to 9998-12-31; it is ${yearStart}, so no month is taken from Learning data.` });
    yearStart = null;
  }
  let fromLearning: LearningMonths | undefined;
  const learningMonth = (source: MeasureActualSource, initiative: string, m: number): number | null => {
    if (yearStart === null || initiative === '' || source === MEASURE_ACTUAL_SOURCES[0]) return null;
    fromLearning ??= learningMonths(learning(), yearStart);
    const map = source === MEASURE_ACTUAL_SOURCES[1] ? fromLearning.participants : fromLearning.hours;
    return map.get(initiative.toLowerCase())?.[m] ?? 0;
  };

  const measures: Measure[] = [];
  const cells = new Map<number, Partial<Record<MeasureKey, string>>>();
  const number = (key: MeasureKey, row: number): number | null => {
    const field = readNumber(valueAt(table, key, row), ref(key, row));
    if (field.invalid !== undefined) problems.push({ severity: 'error', sheet, cell: address(key, row), action: `Type the figure as a plain number in ${address(key, row)}, or clear the cell.`, message: `${T.headers[key]} (${address(key, row)}) should be a number, but it holds ${invalidText(field.invalid)}, so it is left out.` });
    return field.value;
  };
  const text = (key: MeasureKey, row: number) => readText(valueAt(table, key, row), ref(key, row)).value ?? '';

  for (let row = table.firstDataRow; row <= table.lastDataRow; row++) {
    const name = text('name', row);
    if (name === '') continue;
    const typeText = text('type', row).toLowerCase();
    const type = MEASURE_TYPES.find((t) => t.toLowerCase() === typeText) ?? null;
    const lessIsBetter = text('direction', row).toLowerCase() === MEASURE_DIRECTIONS[1].toLowerCase();
    const aggregation = text('aggregation', row).toLowerCase() === MEASURE_AGGREGATIONS[1].toLowerCase() ? 'average' : 'sum';
    const choice = text('actualsFrom', row).toLowerCase();
    const actualsFrom = MEASURE_ACTUAL_SOURCES.find((s) => s.toLowerCase() === choice) ?? MEASURE_ACTUAL_SOURCES[0];
    const initiative = text('initiative', row);
    const months = Array.from({ length: MONTHS_IN_YEAR }, (_, m) => number(`m${m + 1}` as MeasureKey, row) ?? learningMonth(actualsFrom, initiative, m));
    const inputs = { lessIsBetter, aggregation, plan: number('plan', row), months, manualForecast: number('manualForecast', row) } as const;
    measures.push({
      row,
      cell: ref('name', row),
      name,
      type,
      initiative,
      actualsFrom,
      objective: text('objective', row),
      unit: text('unit', row),
      lastYear: number('lastYear', row),
      ...inputs,
      ...computeMeasure(inputs, reportingMonth, thresholds),
    });
    const at: Partial<Record<MeasureKey, string>> = {};
    for (const key of Object.keys(T.columns) as MeasureKey[]) at[key] = ref(key, row);
    cells.set(row, at);
  }
  return { sheet, reportingMonth, thresholds, measures, problems, cells };
}

/**
 * The Measures sheet of the framework in `source` (found by its marker, else by its header row), read
 * by {@link readMeasures}; undefined when the workbook has none.
 */
export function measuresFromSource(source: WorkbookSource, options: { readonly framework?: FrameworkFound } = {}): MeasuresReport | undefined {
  const found = options.framework ?? findFramework(source);
  let sheet = found.ok ? found.sheets.Measures : undefined;
  if (sheet === undefined) {
    sheet = source.sheetNames().find((name) => headerMatch(source.values(name), T) >= HEADER_MATCH_MIN);
  }
  if (sheet === undefined) return undefined;
  // The Learning data rows feed measures whose "Actuals from" picks them (their read problems are readFramework's to report).
  const learningSheet = found.ok ? found.sheets.Learning : undefined;
  return readMeasures(sheet, source.values(sheet), () => (learningSheet === undefined ? [] : readLearningRows(learningSheet, source.values(learningSheet), [])));
}

export type MeasureRuleId = 'measure-no-plan' | 'months-out-of-order' | 'effectiveness-without-efficiency' | 'efficiency-without-effectiveness';

/** The audit's rules for Measures: severity, what each checks, and where it comes from. */
export const MEASURE_RULES: Readonly<Record<MeasureRuleId, { readonly severity: Severity; readonly summary: string; readonly source: string }>> = {
  'measure-no-plan': {
    severity: 'warning',
    summary: 'A measure with no plan for the year: no % of plan, no status.',
    source: 'TDRp management reports: every measure has a plan, YTD and a forecast against plan (Center for Talent Reporting).',
  },
  'months-out-of-order': {
    severity: 'warning',
    summary: 'A later month reported while an earlier one is blank: a sum counts the blank as 0, an average leaves it out.',
    source: 'The sheet\'s YTD rule (YTD in the function catalogue): months are reported in order.',
  },
  'effectiveness-without-efficiency': {
    severity: 'info',
    summary: 'An initiative (or the portfolio) with effectiveness measures but no efficiency measure: how well, but not how much or at what cost.',
    source: 'TDRp: programs are managed with efficiency and effectiveness measures together.',
  },
  'efficiency-without-effectiveness': {
    severity: 'info',
    summary: 'An initiative (or the portfolio) with efficiency measures but no effectiveness measure: volume and cost, but no evidence it works.',
    source: 'TDRp: programs are managed with efficiency and effectiveness measures together.',
  },
};

/** A finding in the shape of the audit's {@link Finding} (its `rule` one of {@link MeasureRuleId}). */
export type MeasureFinding = Omit<Finding, 'rule'> & { readonly rule: MeasureRuleId };

function measureFinding(rule: MeasureRuleId, ref: string, title: string, explanation: string, action: string, subject?: string): MeasureFinding {
  const bang = ref.lastIndexOf('!');
  return {
    id: `${rule}@${ref}${subject ? `#${subject}` : ''}`,
    rule,
    severity: MEASURE_RULES[rule].severity,
    title,
    explanation,
    action,
    sheet: ref.slice(0, bang),
    cell: ref.slice(bang + 1),
  };
}

/**
 * The audit of the Measures sheet: measures with no plan, months reported out of order, and
 * initiatives with effectiveness but no efficiency measures or the other way round. Linear in measures.
 */
export function auditMeasures(report: MeasuresReport): MeasureFinding[] {
  const findings: MeasureFinding[] = [];
  const byInitiative = new Map<string, { efficiency?: Measure; effectiveness?: Measure }>();
  for (const m of report.measures) {
    const at = report.cells.get(m.row) ?? {};
    if (m.plan === null) {
      findings.push(measureFinding('measure-no-plan', at.plan ?? m.cell, `${m.name} has no plan`,
        `Without this year's plan the measure has no YTD % of plan, no forecast % of plan and no status, so the reports cannot say whether it is on track.`,
        `Type the plan for the year in ${splitCell(at.plan ?? m.cell).address} (${T.headers.plan}).`));
    }
    const lastReported = m.months.reduce<number>((last, v, i) => (v !== null ? i : last), -1);
    const gap = m.months.findIndex((v, i) => v === null && i < lastReported);
    if (gap >= 0) {
      findings.push(measureFinding('months-out-of-order', at[`m${gap + 1}` as MeasureKey] ?? m.cell, `${m.name}: month ${gap + 1} is blank but month ${lastReported + 1} is reported`,
        `${m.aggregation === 'sum' ? 'A sum counts the blank month as 0, so YTD and the run-rate forecast are too low' : 'An average leaves the blank month out, so YTD is the average of fewer months'} until month ${gap + 1} is filled.`,
        `Fill month ${gap + 1} (type 0 if there was nothing to report).`));
    }
    if (m.type === 'Efficiency' || m.type === 'Effectiveness') {
      const key = m.initiative.toLowerCase();
      const entry = byInitiative.get(key) ?? {};
      if (m.type === 'Efficiency') entry.efficiency ??= m;
      else entry.effectiveness ??= m;
      byInitiative.set(key, entry);
    }
  }
  for (const { efficiency, effectiveness } of byInitiative.values()) {
    const only = efficiency ?? effectiveness!;
    if (efficiency && effectiveness) continue;
    const who = only.initiative === '' ? 'The portfolio' : only.initiative;
    if (effectiveness) {
      findings.push(measureFinding('effectiveness-without-efficiency', effectiveness.cell, `${who} has effectiveness measures but no efficiency measure`,
        'Effectiveness says how well it works; without an efficiency measure (participants, hours, cost per learner) the reports cannot say how much was delivered or at what cost.',
        'Add an efficiency measure for it on Measures.', only.initiative || 'portfolio'));
    } else {
      findings.push(measureFinding('efficiency-without-effectiveness', only.cell, `${who} has efficiency measures but no effectiveness measure`,
        'Efficiency says how much was delivered and at what cost; without an effectiveness measure (reaction, learning, application, impact) nothing shows it works.',
        'Add an effectiveness measure for it on Measures.', only.initiative || 'portfolio'));
    }
  }
  return findings;
}

/** `Discovery workshop hours (forecast 61% of plan)`. */
function describe(m: Measure): string {
  return `${m.name} (forecast ${percent(m.forecastPercent ?? 0)} of plan)`;
}

/**
 * One sentence for the executive summary on what is off track (and how many are at risk), e.g.
 * "1 of 23 measures is off track at month 9: Discovery workshop hours (forecast 61% of plan); 4 more are at risk."
 * Empty when no measure has a status.
 */
export function offTrackSentence(report: MeasuresReport): string {
  const rated = report.measures.filter((m) => m.status !== null);
  if (rated.length === 0) return '';
  const off = rated.filter((m) => m.status === 'Off track');
  const risk = rated.filter((m) => m.status === 'At risk').length;
  const month = `at month ${report.reportingMonth}`;
  const atRisk = risk === 0 ? '' : `${risk} ${off.length > 0 ? 'more ' : ''}${risk === 1 ? 'is' : 'are'} at risk`;
  const measures = rated.length === 1 ? 'measure' : 'measures';
  if (off.length === 0) {
    const none = rated.length === 1 ? 'The 1 measure with a plan is not' : `None of the ${rated.length} measures with a plan is`;
    return `${none} off track ${month}${atRisk ? `; ${atRisk}` : ''}.`;
  }
  const verb = off.length === 1 ? 'is' : 'are';
  return `${off.length} of ${rated.length} ${measures} ${verb} off track ${month}: ${list(off.map(describe))}${atRisk ? `; ${atRisk}` : ''}.`;
}

/** One measure as plain JSON-ready data (for `ld-report --json` and the pane): its figures without the month-by-month inputs. */
export type MeasureSummary = Omit<Measure, 'row' | 'months' | 'manualForecast' | 'actualsFrom'>;

/** The Measures sheet as JSON-ready data (what {@link measuresSummary} returns). */
export interface MeasuresData {
  readonly reportingMonth: number;
  readonly thresholds: MeasuresReport['thresholds'];
  readonly measures: readonly MeasureSummary[];
}

/** The report as JSON-ready data: the reporting month, the thresholds and each measure's figures. */
export function measuresSummary(report: MeasuresReport): MeasuresData {
  return {
    reportingMonth: report.reportingMonth,
    thresholds: report.thresholds,
    measures: report.measures.map((m) => ({
      name: m.name, type: m.type, initiative: m.initiative, objective: m.objective, unit: m.unit, lessIsBetter: m.lessIsBetter, aggregation: m.aggregation,
      lastYear: m.lastYear, plan: m.plan, ytd: m.ytd, ytdPercent: m.ytdPercent, forecast: m.forecast, forecastPercent: m.forecastPercent, status: m.status, cell: m.cell,
    })),
  };
}

/**
 * The reporting month's key measures in one line, for a History snapshot's note: the status counts,
 * what is off track, and each outcome measure's forecast against plan, e.g.
 * "Month 9: 18 on track, 4 at risk, 1 off track (Discovery workshop hours). Outcomes: Net new ARR 140% of plan, …".
 * Empty when no measure has a status. Takes the report or its JSON form ({@link measuresSummary}).
 */
export function snapshotNote(report: Pick<MeasuresData, 'reportingMonth'> & { readonly measures: readonly Pick<MeasureSummary, 'name' | 'type' | 'forecastPercent' | 'status'>[] }): string {
  const rated = report.measures.filter((m) => m.status !== null);
  if (rated.length === 0) return '';
  const count = (s: MeasureStatus) => rated.filter((m) => m.status === s).length;
  const off = rated.filter((m) => m.status === 'Off track').map((m) => m.name);
  const outcomes = rated.filter((m) => m.type === 'Outcome').map((m) => `${m.name} ${percent(m.forecastPercent ?? 0)} of plan`);
  return `Month ${report.reportingMonth}: ${count('On track')} on track, ${count('At risk')} at risk, ${count('Off track')} off track${off.length > 0 ? ` (${list(off)})` : ''}.` +
    (outcomes.length > 0 ? ` Outcomes: ${outcomes.join(', ')}.` : '');
}
