/**
 * The Learning data and Mappings sheets, read by the core: the per-initiative figures the sheet's
 * native formulas show (core/templates/sheets/learning.ts), computed here from the record rows the
 * same way, so `ld-report` and the pane show what the workbook shows without trusting a formula cell.
 *
 * The rules match the formulas cell for cell (docs/templates.md, "Learning data"):
 * - a record counts for an initiative when its Initiative cell equals the name without regard to case
 *   (as COUNTIFS compares; the sheet's criteria escape `*` `?` `~`, so both compare literally);
 * - Participants = records whose Status is `completed` or `passed` (any case); Enrolments = records
 *   whose status is one of completed, passed, failed, in progress, not started, withdrawn; Records =
 *   Enrolments + attempted + experienced; Completion rate = Participants ÷ Enrolments;
 * - Learning hours = the sum of the numbers in Hours (text and blanks ignored, as SUMIFS does);
 *   Average score = the mean of the numbers in Score (none: not available, as IFERROR(AVERAGEIFS) shows);
 * - Participants' time cost = hours × ROI's hourly cost when ROI's "Use learning data" is Yes (any
 *   case), the hourly cost is a number and hours ≠ 0.
 * One pass over the rows (a map by lower-case initiative name): linear in records and initiatives.
 */
import { columnLetter, parseCell } from '../templates/a1';
import { IMPACT_TABLE, LEARNING_SETTINGS, LEARNING_TABLE, MAPPINGS_TABLE, ROI_TABLE } from '../templates/layout';
import { isBlankCell, readNumber, readText } from './cells';
import type { NumberField, ReadProblem } from './model';
import { locateTable, rawAt, valueAt } from './table';

type Grid = readonly (readonly unknown[])[];

/** The statuses Participants counts (completing), and those Enrolments counts (a try started or ended). */
export const COMPLETING_STATUSES = ['completed', 'passed'] as const;
export const ENROLMENT_STATUSES = ['completed', 'passed', 'failed', 'in progress', 'not started', 'withdrawn'] as const;
export const PROGRESS_STATUSES = ['attempted', 'experienced'] as const;

/** One initiative's figures from the Learning data rows, as the sheet's formulas compute them. */
export interface LearningFigures {
  readonly participants: number;
  readonly records: number;
  readonly enrolments: number;
  /** Participants ÷ enrolments; null when there are no enrolments. */
  readonly completionRate: number | null;
  readonly hours: number;
  /** Mean score, a fraction 0–1; null when no record has a score. */
  readonly averageScore: number | null;
  /** Learning hours × ROI's hourly cost when ROI says to use learning data; otherwise null. */
  readonly timeCost: number | null;
}

/** ROI's and Impact's learning data settings. */
export interface LearningSettings {
  /** ROI's "Use learning data" is Yes. */
  readonly use: boolean;
  readonly useCell: string;
  readonly hourlyCost: NumberField;
  /** Impact's "Use learning data for Level 2" is Yes: an average score counts as Level 2 evidence where Learning gain is blank. */
  readonly impactUse?: boolean;
  readonly impactUseCell?: string;
}

/** One remembered mapping (a Mappings row). */
export interface MappingRow {
  readonly row: number;
  readonly activity: string;
  readonly initiative: string;
}

/** What the model holds of the learning data: counts and settings (the rows stay in the workbook). */
export interface LearningData {
  /** The Learning data sheet's name, or null when the workbook has none. */
  readonly sheet: string | null;
  /** Record rows read (rows with a record key or an initiative). */
  readonly records: number;
  /** Records whose initiative is no Alignment initiative (or blank): counted by no formula. */
  readonly unassigned: number;
  readonly settings: LearningSettings;
  /** The Mappings rows in sheet order (a later row for the same activity wins: {@link confirmedMappings}). */
  readonly mappings: readonly MappingRow[];
}

interface Tally {
  participants: number;
  enrolments: number;
  progress: number;
  hours: number;
  scoreSum: number;
  scored: number;
}

const lower = (raw: unknown): string | null => (typeof raw === 'string' ? raw.toLowerCase() : typeof raw === 'number' ? String(raw) : null);
const numeric = (raw: unknown): number | null => (typeof raw === 'number' && Number.isFinite(raw) ? raw : null);

/** One Learning data row's cells, by column key (raw values as the host gives them). */
export interface LearningRowValues {
  readonly initiative: unknown;
  readonly status: unknown;
  readonly hours: unknown;
  readonly score: unknown;
  /** The Date cell (a serial, or a `Date` from Sheets and the .xlsx reader); read by the Measures months from Learning data. */
  readonly date?: unknown;
}

/**
 * Per-initiative figures for `names` (Alignment's initiative names, in order) from record rows.
 * Each name gets the figures of the records whose initiative equals it without regard to case.
 *
 * @example learningFigures([{ initiative: 'A', status: 'Passed', hours: 2, score: 0.8 }], ['a'], { use: false, useCell: '', hourlyCost: { value: null, cell: '' } })[0].participants // 1
 */
export function learningFigures(rows: Iterable<LearningRowValues>, names: readonly string[], settings: LearningSettings): { figures: LearningFigures[]; records: number; unassigned: number } {
  const wanted = new Map<string, Tally>();
  for (const name of names) {
    const key = name.toLowerCase();
    if (key !== '' && !wanted.has(key)) wanted.set(key, { participants: 0, enrolments: 0, progress: 0, hours: 0, scoreSum: 0, scored: 0 });
  }
  let records = 0;
  let unassigned = 0;
  for (const row of rows) {
    records++;
    const key = lower(row.initiative);
    const t = key === null ? undefined : wanted.get(key);
    if (!t) {
      unassigned++;
      continue;
    }
    const status = lower(row.status) ?? '';
    if ((COMPLETING_STATUSES as readonly string[]).includes(status)) t.participants++;
    if ((ENROLMENT_STATUSES as readonly string[]).includes(status)) t.enrolments++;
    else if ((PROGRESS_STATUSES as readonly string[]).includes(status)) t.progress++;
    const hours = numeric(row.hours);
    if (hours !== null) t.hours += hours;
    const score = numeric(row.score);
    if (score !== null) {
      t.scoreSum += score;
      t.scored++;
    }
  }
  const rate = settings.use ? settings.hourlyCost.value : null;
  const figures = names.map((name) => {
    const t = wanted.get(name.toLowerCase()) ?? { participants: 0, enrolments: 0, progress: 0, hours: 0, scoreSum: 0, scored: 0 };
    return {
      participants: t.participants,
      records: t.enrolments + t.progress,
      enrolments: t.enrolments,
      completionRate: t.enrolments === 0 ? null : t.participants / t.enrolments,
      hours: t.hours,
      averageScore: t.scored === 0 ? null : t.scoreSum / t.scored,
      timeCost: rate === null || t.hours === 0 ? null : t.hours * rate,
    };
  });
  return { figures, records, unassigned };
}

interface SheetAt {
  readonly sheet: string;
  readonly grid: Grid;
  readonly headerRow: number;
}

/** A settings cell of a sheet, found relative to its table's header row (rows inserted above move both). */
function settingAt(on: SheetAt, templateHeaderRow: number, address: string): { raw: unknown; ref: string } {
  const cell = parseCell(address)!;
  const row = cell.row + on.headerRow - templateHeaderRow;
  return { raw: rawAt(on.grid, row, cell.column), ref: `${on.sheet}!${columnLetter(cell.column)}${row}` };
}

const isYes = (raw: unknown): boolean => typeof raw === 'string' && raw.toLowerCase() === 'yes';

/** ROI's "Use learning data" and hourly cost, and Impact's "Use learning data for Level 2" (when given). */
export function readLearningSettings(roi: SheetAt, impact?: SheetAt): LearningSettings {
  const use = settingAt(roi, ROI_TABLE.headerRow, LEARNING_SETTINGS.roiUse);
  const rate = settingAt(roi, ROI_TABLE.headerRow, LEARNING_SETTINGS.roiHourlyCost);
  const level2 = impact ? settingAt(impact, IMPACT_TABLE.headerRow, LEARNING_SETTINGS.impactUse) : undefined;
  return {
    use: isYes(use.raw),
    useCell: use.ref,
    hourlyCost: readNumber(rate.raw, rate.ref),
    ...(level2 ? { impactUse: isYes(level2.raw), impactUseCell: level2.ref } : {}),
  };
}

/**
 * Whether an initiative has Level 2 (learning) evidence from the Learning data: Impact says to use it
 * and the records give an average score. Impact's "Evidence reached" formula counts it the same way.
 */
export function learningEvidence(settings: LearningSettings | undefined, figures: LearningFigures | undefined): boolean {
  return settings?.impactUse === true && figures?.averageScore !== null && figures?.averageScore !== undefined;
}

/** The record rows of a Learning data sheet (rows with a record key or an initiative), in sheet order. */
export function readLearningRows(sheet: string, grid: Grid, problems: ReadProblem[]): LearningRowValues[] {
  const t = locateTable(sheet, grid, LEARNING_TABLE, problems, ['initiative', 'status']);
  const out: LearningRowValues[] = [];
  for (let row = t.firstDataRow; row <= t.lastDataRow; row++) {
    const initiative = valueAt(t, 'initiative', row);
    if (isBlankCell(valueAt(t, 'key', row)) && isBlankCell(initiative)) continue;
    out.push({ initiative, status: valueAt(t, 'status', row), hours: valueAt(t, 'hours', row), score: valueAt(t, 'score', row), date: valueAt(t, 'date', row) });
  }
  return out;
}

/** The Mappings rows with both an activity and an initiative, in sheet order. */
export function readMappings(sheet: string, grid: Grid, problems: ReadProblem[]): MappingRow[] {
  const t = locateTable(sheet, grid, MAPPINGS_TABLE, problems, ['activity', 'initiative']);
  const out: MappingRow[] = [];
  for (let row = t.firstDataRow; row <= t.lastDataRow; row++) {
    // The activity exactly as written (the import matches file names exactly); the initiative trimmed.
    const activity = valueAt(t, 'activity', row);
    const initiative = readText(valueAt(t, 'initiative', row), `${sheet}!${columnLetter(t.columns.get('initiative') ?? 2)}${row}`).value;
    if (typeof activity !== 'string' && typeof activity !== 'number') continue;
    if (String(activity) === '' || initiative === null) continue;
    out.push({ row, activity: String(activity), initiative });
  }
  return out;
}

/**
 * Activity → initiative as core/learning `matchActivities` takes it (`confirmed`): a later row for
 * the same activity overrides an earlier one.
 *
 * @example confirmedMappings([{ row: 6, activity: 'A', initiative: 'X' }, { row: 7, activity: 'A', initiative: 'Y' }]).get('A') // 'Y'
 */
export function confirmedMappings(rows: readonly MappingRow[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const r of rows) map.set(r.activity, r.initiative);
  return map;
}

/**
 * The learning data of a framework whose Learning data sheet is `learningSheet` (undefined: none, and
 * nothing changes): each initiative gets its {@link LearningFigures}, the model its {@link LearningData}.
 * Reads each sheet once; linear in records, mappings and initiatives.
 */
export function readLearning<I extends { readonly name: { readonly value: string | null } }>(
  sheets: { readonly Learning?: string; readonly Mappings?: string },
  values: (sheet: string) => Grid,
  roi: SheetAt,
  initiatives: readonly I[],
  problems: ReadProblem[],
  impact?: SheetAt,
): { initiatives: (I & { learning?: LearningFigures })[]; data?: LearningData } {
  if (sheets.Learning === undefined) return { initiatives: [...initiatives] };
  const settings = readLearningSettings(roi, impact);
  const rows = readLearningRows(sheets.Learning, values(sheets.Learning), problems);
  const { figures, records, unassigned } = learningFigures(rows, initiatives.map((i) => i.name.value ?? ''), settings);
  const mappings = sheets.Mappings === undefined ? [] : readMappings(sheets.Mappings, values(sheets.Mappings), problems);
  return {
    initiatives: initiatives.map((i, n) => ({ ...i, learning: figures[n] })),
    data: { sheet: sheets.Learning, records, unassigned, settings, mappings },
  };
}

/** The learning figures of a model for a report: the totals and each initiative with records. */
export interface LearningSummary {
  readonly records: number;
  readonly unassigned: number;
  readonly useForParticipantTime: boolean;
  readonly hourlyCost: number | null;
  readonly mappings: number;
  readonly initiatives: readonly ({ readonly initiative: string } & LearningFigures)[];
}

/** What `ld-report` shows of the learning data; undefined when the workbook has no Learning data sheet. */
export function learningSummary(model: { readonly learning?: LearningData; readonly initiatives: readonly { readonly name: { readonly value: string | null }; readonly learning?: LearningFigures }[] }): LearningSummary | undefined {
  const data = model.learning;
  if (!data) return undefined;
  return {
    records: data.records,
    unassigned: data.unassigned,
    useForParticipantTime: data.settings.use,
    hourlyCost: data.settings.hourlyCost.value,
    mappings: confirmedMappings(data.mappings).size,
    initiatives: model.initiatives
      .filter((i) => i.learning !== undefined && i.learning.records > 0)
      .map((i) => ({ initiative: i.name.value ?? '', ...i.learning! })),
  };
}
