/**
 * Text stays text on every write path of both hosts (issue 9, deliverable 5). Every string of
 * INJECTION_SAMPLES (core/text.ts: the formulas and markup the issue lists) is planted in every text
 * input the insights read (objective, KPI, sponsor, initiative, owner, business metric, intangibles,
 * partner names; the snapshot note; Excel's organisation) and every write path runs: snapshot, summary
 * sheet, plan sheet. No written cell may be stored as a formula, and each planted text must arrive as
 * that text. The fakes say what the hosts store: Office.js and Sheets read an entry starting with
 * `=`, `+`, `-` or `@` as a formula, and a leading apostrophe as "this is text".
 */
import { INJECTION_SAMPLES } from '../../core/text';
import { ALIGNMENT_TABLE, GROWTHCORP, IMPACT_TABLE, PARTNERS_TABLE, ROI_TABLE, STRATEGY_TABLE } from '../../core/templates';
import type { SheetName, TableLayout } from '../../core/templates/types';
import { excelHost, sheetsHost, type HostUnderTest } from './hosts';

/** The text inputs: a table column, typed in data rows 1…n. */
const INPUTS: readonly [TableLayout, string][] = [
  [STRATEGY_TABLE, 'objective'], [STRATEGY_TABLE, 'kpi'], [STRATEGY_TABLE, 'sponsor'],
  [ALIGNMENT_TABLE, 'name'], [ALIGNMENT_TABLE, 'owner'],
  [IMPACT_TABLE, 'metric'], [ROI_TABLE, 'intangibles'], [PARTNERS_TABLE, 'name'],
];

async function planted(make: () => HostUnderTest): Promise<HostUnderTest> {
  const h = make();
  const built = await h.build('growthcorp');
  for (const [table, key] of INPUTS) {
    const sheet = built[table.sheet as SheetName]!;
    const letter = (table.columns as Record<string, string>)[key];
    // The example has 7 initiatives (one sample each) and 5 objectives and partners (the last samples
    // replace the first ones there): every sample lands on a row that is read.
    const rows = table === STRATEGY_TABLE || table === PARTNERS_TABLE ? 5 : GROWTHCORP.initiatives.length;
    INJECTION_SAMPLES.forEach((text, i) => h.typeText(sheet, `${letter}${table.firstDataRow + (i % rows)}`, text));
  }
  return h;
}

/** The written cells stored as formulas (none expected), and the written texts as stored. */
function check(h: HostUnderTest): { formulas: Record<string, unknown>; texts: string[] } {
  const written = h.written();
  const formulas = Object.fromEntries(Object.entries(written).filter(([, w]) => w.formula).map(([cell, w]) => [cell, w.entered]));
  // What a reader sees: the host keeps a leading apostrophe out of the cell's value.
  const texts = Object.values(written).map((w) => w.entered).filter((v): v is string => typeof v === 'string').map((v) => v.replace(/^'/, ''));
  return { formulas, texts };
}

const HOSTS: readonly [string, () => HostUnderTest][] = [['Excel', () => excelHost(INJECTION_SAMPLES[4])], ['Sheets', sheetsHost]];

describe.each(HOSTS)('%s: no text is written as a formula', (_name, make) => {
  test.each(INJECTION_SAMPLES.map((s) => [s]))('snapshot with the note %j', async (note) => {
    const h = await planted(make);
    h.record();
    const outcome = await h.snapshot(note);
    expect('sheet' in outcome).toBe(true);
    const { formulas, texts } = check(h);
    expect(formulas).toEqual({});
    expect(texts).toContain(note);
  });

  test('summary sheet, with every sample in the names it quotes', async () => {
    const h = await planted(make);
    h.record();
    const outcome = await h.summary();
    if (!('sheet' in outcome)) throw new Error(outcome.reason);
    const { formulas, texts } = check(h);
    expect(Object.keys(h.written()).length).toBeGreaterThan(3);
    expect(formulas).toEqual({});
    // The summary names the largest initiatives: some planted names are quoted, as the text typed.
    expect(INJECTION_SAMPLES.filter((s) => texts.some((t) => t.includes(s))).length).toBeGreaterThan(0);
  });

  test('plan sheet, with every initiative and objective name', async () => {
    const h = await planted(make);
    h.record();
    const outcome = await h.plan(750000);
    if ('reason' in outcome) throw new Error(outcome.reason);
    const { formulas, texts } = check(h);
    expect(formulas).toEqual({});
    // Initiative names start cells of the plan sheet (so do objective names): each sample arrives whole.
    for (const sample of INJECTION_SAMPLES) expect(texts).toContain(sample);
  });
});
