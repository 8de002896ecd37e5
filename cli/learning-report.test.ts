/**
 * ld-report's Learning data section (Markdown and JSON): the figures the core computes from the
 * Learning data rows, for a GrowthCorp workbook holding the sample records (examples/). The
 * participants are the example's own (core/templates/growthcorp.ts).
 */
import { auditWorkbook, gridSource, learningSummary, plain, specValues } from '../core/insights';
import { GROWTHCORP, LEARNING_TABLE, SHEET_TITLES, buildWorkbookSpec } from '../core/templates';
import { sampleRows } from '../test/templates/learning-rows';
import { jsonReport, markdownReport } from './markdown';

const grids = specValues(buildWorkbookSpec('growthcorp'));
const learning = grids[SHEET_TITLES.Learning];
sampleRows().forEach((row, i) => {
  learning[LEARNING_TABLE.firstDataRow - 1 + i] = [...row];
});
const report = auditWorkbook(gridSource(grids), { today: '2025-06-30' });
if (!report.ok) throw new Error(report.reason);

test("the Markdown report lists each initiative's participants, enrolments, completion rate, hours and score", () => {
  const text = markdownReport('growthcorp.xlsx', report, '2025-06-30');
  expect(text).toContain('## Learning data');
  expect(text).toContain(`${sampleRows().length} records imported; 0 remembered mappings.`);
  for (const x of GROWTHCORP.initiatives) expect(text).toMatch(new RegExp(`\\| ${x.name} \\| ${x.participants} \\| \\d+ \\| \\d+% \\|`));
  // Hours as the sheet shows them: thousands grouped, one decimal (the sample's 2,009.9 for the first initiative).
  const hours = learningSummary(report.model)!.initiatives.map((i) => i.hours);
  expect(Math.max(...hours)).toBeGreaterThan(1000);
  for (const h of hours) expect(text).toContain(`| ${plain(h, 1)} |`);
  expect(text).toMatch(/\| \d{1,3},\d{3}(\.\d)? \|/);
});

test('the JSON report carries the same figures', () => {
  const json = JSON.parse(jsonReport('growthcorp.xlsx', report, '2025-06-30')) as { learning: { initiatives: { initiative: string; participants: number }[] } };
  expect(json.learning.initiatives.map((i) => [i.initiative, i.participants])).toEqual(GROWTHCORP.initiatives.map((x) => [x.name, x.participants]));
});

test('a workbook whose Learning data is empty has no such section (nothing imported yet)', () => {
  const empty = auditWorkbook(gridSource(specValues(buildWorkbookSpec('growthcorp'))), { today: '2025-06-30' });
  if (!empty.ok) throw new Error(empty.reason);
  const text = markdownReport('growthcorp.xlsx', empty, '2025-06-30');
  expect(text).not.toContain('## Learning data');
  expect(JSON.parse(jsonReport('growthcorp.xlsx', empty, '2025-06-30')).learning).toMatchObject({ records: 0, initiatives: [] });
});
