/**
 * The Measures sheet wired into the audit and the executive summary (`auditWorkbook`): the GrowthCorp
 * example's measures raise nothing, a planted fault is found at its cell, and the summary carries the
 * off-track sentence. The measures' own arithmetic is tested in measures.test.ts; the sentence below is
 * its reference (Discovery workshop hours: 1,100 through month 9 → 1,466.7 for the year, 61% of 2,400).
 */
import { MEASURES_TABLE as T, SHEET_TITLES } from '../templates';
import { auditWorkbook, measuresFromSource, measuresSummary, RULES, sortFindings, type Finding } from './index';
import { exampleValues, setCell, sourceOf, type Values } from './testing/workbook';
import { findFramework } from '../framework/resolve';
import { HISTORY_TABLE } from '../templates/layout';
import { auditRead, snapshotWrite } from './service';
import { snapshotNote } from './measures';

const TODAY = '2025-06-30';
const SHEET = SHEET_TITLES.Measures;
const MEASURE_RULES = ['measure-no-plan', 'months-out-of-order', 'effectiveness-without-efficiency', 'efficiency-without-effectiveness'];
const OFF_TRACK = '1 of 23 measures is off track at month 9: Discovery workshop hours (forecast 61% of plan); 4 more are at risk.';

/** `Measures!I8`: a column of the n-th (0-based) example measure. */
const at = (key: string, index: number) => `${(T.columns as Record<string, string>)[key]}${T.firstDataRow + index}`;

function audit(values: Values) {
  const report = auditWorkbook(sourceOf(values), { today: TODAY, organisation: 'GrowthCorp' });
  if (!report.ok) throw new Error(report.reason);
  return report;
}

const measureFindings = (findings: readonly Finding[]) => findings.filter((f) => MEASURE_RULES.includes(f.rule));

describe('auditWorkbook with the Measures sheet', () => {
  test('the GrowthCorp example: no measure findings, and no problem on Measures', () => {
    const report = audit(exampleValues());
    expect(measureFindings(report.findings)).toEqual([]);
    expect(report.findings.filter((f) => f.sheet === SHEET)).toEqual([]);
  });

  test('a measure with no plan and a month blank before a reported one are found at their cells', () => {
    const values = exampleValues();
    setCell(values, `${SHEET}!${at('plan', 0)}`, null);
    setCell(values, `${SHEET}!${at('m3', 1)}`, null);
    const found = measureFindings(audit(values).findings).map((f) => [f.rule, f.severity, f.sheet, f.cell]);
    expect(found).toEqual([
      ['measure-no-plan', 'warning', SHEET, at('plan', 0)],
      ['months-out-of-order', 'warning', SHEET, at('m3', 1)],
    ]);
  });

  test('text in a month is reported at its cell (an error), and the month counts as not reported', () => {
    const values = exampleValues();
    setCell(values, `${SHEET}!${at('m2', 2)}`, 'n/a');
    const onMeasures = audit(values).findings.filter((f) => f.sheet === SHEET);
    expect(onMeasures.map((f) => [f.rule, f.severity, f.cell])).toEqual([['unreadable', 'error', at('m2', 2)], ['months-out-of-order', 'warning', at('m2', 2)]]);
  });

  test('the four rules are in RULES (group reporting), and Measures sorts after History', () => {
    for (const rule of MEASURE_RULES) expect(RULES[rule as Finding['rule']]).toMatchObject({ group: 'reporting' });
    const f = (sheet: string): Finding => ({ id: sheet, rule: 'measure-no-plan', severity: 'warning', title: '', explanation: '', action: '', sheet, cell: 'A1' });
    expect(sortFindings([f('Measures'), f('History'), f('Strategy')]).map((x) => x.sheet)).toEqual(['Strategy', 'History', 'Measures']);
  });

  test('the executive summary says what is off track', () => {
    const report = audit(exampleValues());
    expect(report.summary.paragraphs).toContain(OFF_TRACK);
    expect(report.summary.text).toContain(OFF_TRACK);
  });

  test('the report carries the measures as plain data, equal to measuresSummary', () => {
    const values = exampleValues();
    const report = audit(values);
    expect(report.measures).toEqual(measuresSummary(measuresFromSource(sourceOf(values))!));
    expect(report.measures!.measures).toHaveLength(23);
  });

  test('a workbook without a Measures sheet: no measures, no sentence', () => {
    const values = exampleValues();
    delete values[SHEET];
    const report = audit(values);
    expect(report.measures).toBeUndefined();
    expect(report.summary.paragraphs.some((p) => p.includes('off track'))).toBe(false);
  });
});

describe('a snapshot records the reporting month\'s key measures', () => {
  function write(values: Values, note: string) {
    const source = sourceOf(values);
    const framework = findFramework(source);
    const audited = auditRead({ source, framework, sheetNames: framework.ok ? framework.sheets : {} }, TODAY);
    if (!audited.ok) throw new Error(audited.reason);
    const out = snapshotWrite(audited, TODAY, note);
    if (!out.ok) throw new Error(out.reason);
    return out.cells.find((c) => c.address.startsWith(HISTORY_TABLE.columns.note))!.value;
  }

  test('a note left empty gets snapshotNote: the status counts, what is off track, the outcomes', () => {
    const values = exampleValues();
    const note = write(values, '');
    expect(note).toBe(snapshotNote(measuresFromSource(sourceOf(values))!));
    expect(note).toMatch(/^Month 9: 18 on track, 4 at risk, 1 off track \(Discovery workshop hours\)\. Outcomes: Net new ARR 140% of plan/);
  });

  test('a note the user typed is kept as it is; no Measures sheet, no note', () => {
    expect(write(exampleValues(), 'after the offsite')).toBe('after the offsite');
    const values = exampleValues();
    delete values[SHEET];
    expect(write(values, '')).toBe('');
  });
});
