/**
 * Learning data: the records an import appends (LMS exports, xAPI statements), and to their right the
 * per-initiative figures the ROI and Impact sheets can use, by native formulas over whole columns so
 * every appended row counts and the workbook stays live without the add-in.
 *
 * The per-initiative figures (row `firstDataRow + i` is Alignment's initiative `i`):
 * - Participants = completing records (status `completed` or `passed`). Counting distinct people takes
 *   a formula per record or quadratic work; the import gives each learner one completing record per
 *   initiative in the usual case (an LMS export lists a course completion once), so this is the people
 *   who completed. A learner who completes twice counts twice.
 * - Records = records whose status is one of the eight statuses; Enrolments = the records that start
 *   or end a try (all but `experienced` and `attempted`, xAPI progress statements); Completion rate =
 *   Participants ÷ Enrolments.
 * - Learning hours = sum of Hours; Average score (Level 2) = mean of the scored records. Level 1
 *   (reaction) is not in the sources (LMS exports' score and xAPI `result.score` are assessment
 *   scores), so it stays typed on Impact.
 * - Participants' time cost = Learning hours × ROI's hourly cost when ROI says "Use learning data: Yes".
 * Criteria compare names without regard to case (as COUNTIFS does) and literally: `*`, `?` and `~` in
 * an initiative name are escaped (literalCriterion, once per row in the hidden "Name as matched"
 * column), not wildcards. core/insights/learning.ts computes
 * the same figures from the rows.
 */
import { absolute } from '../a1';
import { SheetBuilder } from '../builder';
import {
  ALIGNMENT_TABLE, LEARNING_FORMATTED_ROWS, LEARNING_SETTINGS, LEARNING_TABLE as T, initiativeLayout, type InitiativeLayout,
} from '../layout';
import { LEARNING_STATUSES } from '../../learning/types';
import type { SheetSpec } from '../types';
import { TAB, fractionValidation, listValidation, literalCriterion } from './common';

/** The statuses each per-initiative count adds up (COUNTIFS per status: no array criteria needed). */
export const COMPLETING = ['completed', 'passed'] as const;
export const TRY_ENDS = ['completed', 'passed', 'failed', 'in progress', 'not started', 'withdrawn'] as const;

export function learningSheet(layout: InitiativeLayout = initiativeLayout()): SheetSpec {
  const b = new SheetBuilder('Learning');
  const L = layout.learning;
  const col = T.columns;
  const lc = L.columns;
  const d1 = T.firstDataRow;
  const dn = T.firstDataRow + LEARNING_FORMATTED_ROWS - 1;
  b.text('A1', 'Learning data: imported learning records', 'title');
  b.text('A2', 'Import LMS exports and xAPI statement files with Import (task pane, sidebar) or ld-import. Each record is appended below the last one; importing a file again adds nothing. Do not type formulas in these rows.', 'subtitle');
  b.text('A3', `The figures at right (from column ${lc.name}) count the records per initiative with COUNTIFS, SUMIFS and AVERAGEIFS. Participants counts completing records (completed or passed). ROI and Impact use them where their "Use learning data" setting says Yes.`, 'help');
  b.merges.push(`A2:${col.cost}2`, `A3:${col.cost}3`);
  b.rowHeights[3] = 32;

  for (const d of T.defs) b.set(`${col[d.key]}${T.headerRow}`, { value: d.header, style: 'header', note: d.note });
  // Number formats ahead for the first rows; the import writes them on the rows it appends beyond.
  for (let r = d1; r <= dn; r++) {
    for (const d of T.defs) if (d.numberFormat) b.set(`${col[d.key]}${r}`, { numberFormat: d.numberFormat });
  }
  const rows = (key: keyof typeof col) => `${col[key]}${d1}:${col[key]}${dn}`;
  b.validations.push(
    listValidation(rows('status'), LEARNING_STATUSES, 'status'),
    { range: rows('hours'), type: 'decimal', min: 0, prompt: 'Learning time in hours.', errorMessage: 'Hours are a number of 0 or more.' },
    fractionValidation(rows('score'), 'Score'),
  );

  // Per-initiative figures: whole columns of the records, so appended rows count.
  const whole = (key: keyof typeof col) => `$${col[key]}:$${col[key]}`;
  const [initiative, status] = [whole('initiative'), whole('status')];
  const count = (name: string, statuses: readonly string[]) => statuses.map((s) => `COUNTIFS(${initiative},${name},${status},"${s}")`).join('+');
  b.text(`${lc.name}${L.headerRow - 1}`, 'By initiative (live from the records at left)', 'section');
  for (const d of L.defs) b.set(`${lc[d.key]}${L.headerRow}`, { value: d.header, style: 'header', note: d.note });
  const roiUse = `ROI!${absolute(LEARNING_SETTINGS.roiUse)}`;
  const roiRate = `ROI!${absolute(LEARNING_SETTINGS.roiHourlyCost)}`;
  for (let i = 0; i < L.capacity; i++) {
    const r = L.firstDataRow + i;
    const a = ALIGNMENT_TABLE.firstDataRow + i;
    const source = `Alignment!$${ALIGNMENT_TABLE.columns.name}${a}`;
    const name = `$${lc.name}${r}`;
    const criterion = `$${lc.criterion}${r}`;
    const at = (key: keyof typeof lc) => `$${lc[key]}${r}`;
    const cells: Record<keyof typeof lc, string> = {
      name: `=IF(${source}="","",${source})`,
      participants: `=IF(${name}="","",${count(criterion, COMPLETING)})`,
      records: `=IF(${name}="","",${at('tries')}+${count(criterion, ['attempted', 'experienced'])})`,
      tries: `=IF(${name}="","",${count(criterion, TRY_ENDS)})`,
      completionRate: `=IF(${name}="","",IF(${at('tries')}=0,"",${at('participants')}/${at('tries')}))`,
      hours: `=IF(${name}="","",SUMIFS(${whole('hours')},${initiative},${criterion}))`,
      averageScore: `=IF(${name}="","",IFERROR(AVERAGEIFS(${whole('score')},${initiative},${criterion}),""))`,
      timeCost: `=IF(OR(${name}="",${roiUse}<>"Yes",COUNT(${roiRate})=0),"",IF(${at('hours')}=0,"",${at('hours')}*${roiRate}))`,
      criterion: `=IF(${name}="","",${literalCriterion(name)})`,
    };
    for (const d of L.defs) b.formula(`${lc[d.key]}${r}`, cells[d.key], d.numberFormat);
  }

  b.hiddenColumns.push(lc.criterion);
  const widths = [...T.defs.map((d) => d.width), 24, ...L.defs.map((d) => d.width)];
  return b.build({
    purpose: 'Imported learning records (LMS exports, xAPI) and live per-initiative participants, hours, scores and completion rates.',
    tabColor: TAB.Learning,
    frozenRows: T.headerRow,
    frozenColumns: 0,
    columnWidths: widths,
  });
}
