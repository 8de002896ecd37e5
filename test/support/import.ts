/**
 * What the host import tests share: a large LMS export made up for the call counts, and the pane's
 * steps between reading the targets and writing (match, accept every proposal, plan, escape).
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { acceptProposals, matchActivities, parseLmsCsv, planAppend, type AppendPlan, type LearningRecord } from '../../core/learning';
import { importWrite, type ImportTargets, type ImportWrite } from '../../core/learning/import';

export const GROWTHCORP_CSV = join(__dirname, '..', '..', 'examples', 'growthcorp-lms-export.csv');
export const GROWTHCORP_XAPI = join(__dirname, '..', '..', 'examples', 'growthcorp-xapi.json');

/** The GrowthCorp example export's records (examples/growthcorp-lms-export.csv). */
export function growthcorpRecords(): LearningRecord[] {
  return parseLmsCsv(readFileSync(GROWTHCORP_CSV, 'utf8'), { file: 'growthcorp-lms-export.csv' }).records;
}

/**
 * An export of `rows` distinct completions (each person once per activity), over `activities`
 * names: ISO dates, so no date order is asked.
 */
export function largeExport(rows: number, activities: readonly string[]): string {
  const lines = ['Course,Email,Completion Date,Status,Hours,Score,Cost'];
  for (let i = 0; i < rows; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    lines.push(`${activities[i % activities.length]},learner${i}@example.com,2025-03-${day},Completed,1.5,${60 + (i % 40)}%,120`);
  }
  return lines.join('\n');
}

/** The pane's plan with every proposal accepted, as the host receives it. */
export function planFor(records: readonly LearningRecord[], targets: ImportTargets, today = '2025-09-30'): { plan: AppendPlan; write: ImportWrite } {
  const matched = matchActivities(records.map((r) => r.activity), targets.initiatives, { confirmed: targets.confirmed });
  const { mapping } = acceptProposals(matched, ['confirmed', 'exact', 'normalised', 'contains', 'close']);
  const matchedBy = new Map(matched.proposals.map((p) => [p.activity, p.kind] as const));
  const plan = planAppend({
    records, mapping, matchedBy, existingKeys: targets.existingKeys, existingMappings: new Map(Object.entries(targets.confirmed)), today,
  });
  return { plan, write: importWrite(plan, targets.nextRow) };
}
