/**
 * One panel suite, run against both hosts (hosts.ts): the built Excel task pane over the Office stub
 * and the built Sheets sidebar over google.script.run and Code.js. The same clicks, keys and texts
 * must give the same results in both: the panels are written once (ui/), each host only bridges.
 * axe-core must find no serious or critical violation on any panel; text from the document such as
 * `<img src=x onerror=alert(1)>` must be shown as text. Nothing is written to the repository.
 */
import { readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';
import type { Page } from 'playwright-core';
import { buildWorkbookSpec } from '../../core/templates';
import { IMPACT_TABLE } from '../../core/templates';
import { auditWorkbook, type WorkbookSource } from '../../core/insights';
import { sensitivityRows, simulationText } from '../../core/insights/pane';
import { sensitivityView } from '../../core/insights/service';
import type { SensitivitySubject } from '../../core/insights/sensitivity';
import { setCell, exampleValues, sourceOf } from '../../core/insights/testing/workbook';
import { callServer } from '../../sheets-addon/sidebar/bridge';
import { axeSource, launchChromium, type LaunchedBrowser } from '../support/browser';
import { GROWTHCORP_CSV, GROWTHCORP_XAPI, growthcorpRecords, largeExport } from '../support/import';
import { EXCEL, HOSTILE, HOSTS, TODAY, growthcorpDashboardTexts, growthcorpSheets, type OpenedPane, type PaneHost, type Scenario } from './hosts';

let launched: LaunchedBrowser;
let texts: Record<string, string>;

beforeAll(async () => {
  for (const host of HOSTS) host.prepare();
  texts = growthcorpDashboardTexts();
  launched = await launchChromium();
});

afterAll(async () => {
  await launched?.close();
});

/** The GrowthCorp example with a participants' time cost cleared (an error) and an initiative named as markup. */
const PLANTED = { 'Alignment!A9': HOSTILE, 'ROI!G9': '' };
/** The core's reason, the same in both hosts (core/framework/resolve.ts). */
const NO_FRAMEWORK = /no L&D framework.*Set up/;
/** The GrowthCorp example export as the core parses it (examples/growthcorp-lms-export.csv). */
const RECORDS = growthcorpRecords();

async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource() });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document);
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  });
}

const text = async (page: Page, selector: string) => (await page.textContent(selector)) ?? '';

/** What core works out for the Sensitivity panel on the GrowthCorp example with PLANTED (and `edits`) in it. */
function expectedSensitivity(subject: SensitivitySubject, edits: Readonly<Record<string, unknown>> = {}) {
  const values = exampleValues();
  for (const [at, value] of Object.entries({ ...PLANTED, ...edits })) setCell(values, at, value === '' ? null : value);
  const source: WorkbookSource = sourceOf(values);
  const report = auditWorkbook(source, { today: TODAY });
  if (!report.ok) throw new Error(report.reason);
  return sensitivityView(report, TODAY, subject);
}

/** The Sensitivity panel shows `view`: bars in order of swing (longest first), the table's rows and the simulation as core writes them. */
async function expectShown(page: Page, view: ReturnType<typeof expectedSensitivity>): Promise<void> {
  const s = view.sensitivity;
  if (!s.ok) throw new Error(s.reason);
  const bars = await page.$$eval('#sensitivity-tornado g.tornado-bar', (gs) => gs.map((g) => ({
    input: g.getAttribute('data-input'),
    length: Array.from(g.querySelectorAll('rect')).reduce((sum, r) => sum + Number(r.getAttribute('width')), 0),
  })));
  expect(bars.map((b) => b.input)).toEqual(s.inputs.filter((i) => i.swing > 0).map((i) => i.input));
  // Drawn longest first (each side is at least 1 unit wide, hence the unit of slack).
  bars.slice(1).forEach((b, k) => expect(b.length).toBeLessThanOrEqual(bars[k].length + 1));
  const rows = await page.$$eval('#sensitivity-table tbody tr', (trs) => trs.map((tr) => Array.from(tr.children).map((c) => c.textContent)));
  // Each row: the input with its range under it, ROI at its low → high end, the swing.
  expect(rows).toEqual(sensitivityRows(s).map(([label, range, roi, swing]) => [`${label}${range}`, roi, swing]));
  await expect(page.textContent('#sensitivity-simulation')).resolves.toBe(simulationText(s.simulation!));
  await expect(page.getAttribute('#sensitivity-tornado', 'role')).resolves.toBe('img');
  await expect(page.textContent('#sensitivity-tornado-desc')).resolves.toMatch(/^ROI -?[\d,]+%\. Bars in order of swing: /);
  await expect(page.locator('#sensitivity-range .band').count()).resolves.toBe(1);
}

const focused = (page: Page) => page.evaluate(() => document.activeElement?.id);
const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true }).click();

describe.each(HOSTS.map((h) => [h.name, h] as const))('the pane in %s', (_name, host: PaneHost) => {
  const open = (scenario: Scenario = {}): Promise<OpenedPane> => host.open(launched.browser, scenario);

  test('Set up builds the GrowthCorp example beside the user’s Strategy sheet and reports what it made', async () => {
    const mine = { name: 'Strategy', cells: { A1: 'Our own strategy', B4: 42 } };
    const pane = await open({ sheets: [mine], texts });
    const { page } = pane;
    // Before building, the pane says which names are taken.
    await expect(text(page, '#setup-preview')).resolves.toContain('Strategy → Strategy (2)');
    await page.getByLabel('GrowthCorp example').check();
    await pane.slow(300);
    await page.getByRole('button', { name: 'Set up the framework' }).click();
    // While the host works: progress shown, the button disabled, the status says what is happening.
    await page.waitForSelector('#setup-progress:not([hidden])');
    await expect(page.isDisabled('#setup-button')).resolves.toBe(true);
    await expect(text(page, '#setup-status')).resolves.toMatch(/GrowthCorp example|Reading|Writing/);
    await page.waitForSelector('#setup-result-title');
    const sheets = buildWorkbookSpec('growthcorp').sheets.length;
    await expect(text(page, '#setup-result-title')).resolves.toBe(`Done: ${sheets} sheets added`);
    await expect(focused(page)).resolves.toBe('setup-result-title');
    // The render plan's sentence (core/render), the same in both hosts.
    await expect(text(page, '#setup-messages')).resolves.toMatch(/already has a sheet named "Strategy", so the new one is "Strategy \(2\)"; the existing sheet was not changed\./);
    await expect(text(page, '#setup-report .success')).resolves.toMatch(/^\d+ dropdowns and input checks, \d+ highlight rules, \d+ charts?, \d+ named figures\.$/);
    // The figures the host computed are shown: the case study's 3.5x return (HyperFormula's text).
    await expect(text(page, '#setup-figures')).resolves.toContain('Portfolio BCR');
    await expect(text(page, '#setup-figures')).resolves.toContain(Object.values(texts).find((t) => /^\d+\.\d+x$/.test(t))!);
    await expect(text(page, '#setup-summary')).resolves.toMatch(/\$/);
    await expect(text(page, '#setup-status')).resolves.toBe(`The framework is ready: ${sheets} sheets added.`);
    await expect(page.isHidden('#setup-progress')).resolves.toBe(true);
    const names = await pane.sheetNames();
    expect(names[0]).toBe('Strategy');
    expect(names).toEqual(expect.arrayContaining(['Strategy (2)', 'Dashboard', 'History log']));
    expect(await pane.cells('Strategy')).toEqual(mine.cells);
    // The dataset chosen is the one built: the case study's first objective is on the new Strategy sheet.
    expect(Object.values(await pane.cells('Strategy (2)'))).toContain('Revenue growth');
    await expect(page.isEnabled('#setup-button')).resolves.toBe(true);
    expect(pane.errors).toEqual([]);
    // Nothing but the pane's own files (and, in Excel, the stubbed Office.js) was requested.
    expect(pane.requests.filter((u) => !u.startsWith('file://')).every((u) => u === 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js')).toBe(true);
    await pane.close();
  });

  test('Set up builds with the room for initiatives chosen: 200 unless 2,000 is picked, then 2,000 rows (issue 10)', async () => {
    const pane = await open({ texts });
    const { page } = pane;
    await expect(page.inputValue('#setup-capacity')).resolves.toBe('200');
    await expect(text(page, '#setup-capacity-hint')).resolves.toMatch(/2,000 makes a file/);
    await page.getByLabel('Room for').selectOption('2000');
    await page.getByRole('button', { name: 'Set up the framework' }).click();
    await page.waitForSelector('#setup-result-title', { timeout: 150_000 });
    // The Alignment score (column S) is on the 2,000th initiative row (row 2,008) and not past it.
    const alignment = await pane.cells('Alignment');
    expect(alignment.S2008).toMatch(/^=IF\(OR\(\$A2008=""/);
    expect(alignment.S2009).toBeUndefined();
    expect(pane.errors).toEqual([]);
    await pane.close();
  }, 180_000);

  test('works by keyboard: arrow keys, Home and End move between tabs; arrows pick a dataset; Enter sets up', async () => {
    const pane = await open({});
    const { page } = pane;
    await page.getByRole('tab', { name: 'Set up' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { name: 'Audit' }).getAttribute('aria-selected')).resolves.toBe('true');
    await expect(page.isVisible('#panel-audit')).resolves.toBe(true);
    await expect(focused(page)).resolves.toBe('tab-audit');
    await page.keyboard.press('End');
    await expect(page.getByRole('tab', { name: 'Functions' }).getAttribute('aria-selected')).resolves.toBe('true');
    await expect(text(page, '#panel-functions')).resolves.toContain(`=${host.namespace}ROI(benefits, costs)`);
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { name: 'Set up' }).getAttribute('aria-selected')).resolves.toBe('true');
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByRole('tab', { name: 'Functions' }).getAttribute('aria-selected')).resolves.toBe('true');
    await page.keyboard.press('Home');
    await expect(page.getByRole('tab', { name: 'Set up' }).getAttribute('aria-selected')).resolves.toBe('true');
    await expect(page.isVisible('#panel-functions')).resolves.toBe(false);
    await page.focus('#dataset-empty');
    await page.keyboard.press('ArrowDown');
    await expect(page.isChecked('#dataset-growthcorp')).resolves.toBe(true);
    // The room for initiatives comes next; arrows choose 2,000 and Tab reaches the button.
    await page.keyboard.press('Tab');
    await expect(focused(page)).resolves.toBe('setup-capacity');
    await page.keyboard.press('ArrowDown');
    await expect(page.inputValue('#setup-capacity')).resolves.toBe('2000');
    await page.keyboard.press('Tab');
    await expect(focused(page)).resolves.toBe('setup-button');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#setup-result-title');
    expect(await pane.cells('Strategy')).not.toEqual({});
    // Nothing is wider than the pane.
    const width = page.viewportSize()!.width;
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await pane.close();
  });

  test('a host failure during Set up is shown as an alert, as text, and the button works again', async () => {
    const pane = await open({});
    const { page } = pane;
    await pane.failNext(`The ${host.document} is busy: ${HOSTILE}`);
    await page.getByRole('button', { name: 'Set up the framework' }).click();
    await page.waitForSelector('#setup-error:not(:empty)');
    await expect(text(page, '#setup-error')).resolves.toContain(`The framework could not be built: The ${host.document} is busy: ${HOSTILE}`);
    await expect(page.getAttribute('#setup-error', 'role')).resolves.toBe('alert');
    await expect(page.isEnabled('#setup-button')).resolves.toBe(true);
    await expect(page.locator('img').count()).resolves.toBe(0);
    await pane.close();
  });

  test('text the host computed is shown as text in the Set up report: no element is made from it, no script runs', async () => {
    const hostile = Object.fromEntries(Object.keys(texts).map((k, i) => [k, i === 0 ? `${HOSTILE}<script>window.__pwned = 1</script>` : HOSTILE]));
    const pane = await open({ sheets: [{ name: HOSTILE, cells: { A1: HOSTILE } }], texts: hostile });
    const { page } = pane;
    await page.getByRole('button', { name: 'Set up the framework' }).click();
    await page.waitForSelector('#setup-result-title');
    await expect(text(page, '#setup-summary')).resolves.toBe(HOSTILE);
    await expect(text(page, '#setup-figures')).resolves.toContain(HOSTILE);
    await expect(page.locator('img').count()).resolves.toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.waitForTimeout(100);
    expect(pane.dialogs).toEqual([]);
    expect(pane.errors).toEqual([]);
    await pane.close();
  });

  test('Audit groups the findings by severity; a click or Enter on one selects its cell; nothing is written', async () => {
    const pane = await open({ sheets: growthcorpSheets(PLANTED) });
    const { page } = pane;
    await tab(page, 'Audit');
    await page.getByRole('button', { name: 'Check the framework' }).click();
    await page.waitForSelector('#audit-result-title');
    await expect(text(page, '#audit-result-title')).resolves.toMatch(/^\d+ errors? to fix$/);
    await expect(focused(page)).resolves.toBe('audit-result-title');
    await expect(text(page, '#audit-counts')).resolves.toMatch(new RegExp(`^\\d+ errors?, \\d+ warnings?, \\d+ notes? \\(checked ${TODAY}\\)\\.$`));
    const groups = await page.$$eval('.finding-group h4', (hs) => hs.map((x) => x.textContent));
    expect(groups[0]).toMatch(/^Errors \(\d+\)$/);
    const planted = page.locator('.group-error button.finding-link', { hasText: 'ROI!G9' }).first();
    await expect(planted.textContent()).resolves.toContain('Go to ROI!G9');
    await planted.click();
    await page.waitForFunction(() => /^Selected/.test(document.getElementById('audit-status')?.textContent ?? ''));
    await expect(text(page, '#audit-status')).resolves.toBe('Selected ROI!G9.');
    expect(await pane.selection()).toBe('ROI!G9');
    // Keyboard: Enter on another finding selects its place.
    const other = page.locator('button.finding-link').filter({ hasNotText: 'ROI!G9' }).first();
    const where = ((await other.locator('.finding-place').textContent()) ?? '').replace(/^Go to /, '');
    await other.focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((w) => document.getElementById('audit-status')?.textContent === `Selected ${w.includes('!') ? w : `${w}!A1`}.`, where);
    expect(await pane.selection()).toBe(where.includes('!') ? where : `${where}!A1`);
    expect(await pane.writes()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()!.width);
    expect(pane.errors).toEqual([]);
    await pane.close();
  });

  test('a finding whose cell cannot be selected says why, as text', async () => {
    const pane = await open({ sheets: growthcorpSheets(PLANTED) });
    const { page } = pane;
    await tab(page, 'Audit');
    await page.getByRole('button', { name: 'Check the framework' }).click();
    await page.waitForSelector('#audit-result-title');
    await pane.failNext(`There is no sheet named "${HOSTILE}" any more.`);
    await page.locator('button.finding-link').first().click();
    await page.waitForSelector('#audit-error:not(:empty)');
    await expect(text(page, '#audit-error')).resolves.toMatch(new RegExp(`^Could not select .+: There is no sheet named "${HOSTILE.replace(/[()]/g, '\\$&')}" any more\\.$`));
    await expect(page.locator('img').count()).resolves.toBe(0);
    await pane.close();
  });

  test('Summary shows the paragraphs, copies them, and inserts a new sheet beside the user’s own Summary', async () => {
    const pane = await open({ sheets: growthcorpSheets({}, [{ name: 'Summary', cells: { A1: 'mine' } }]) });
    const { page } = pane;
    await page.evaluate(() => {
      const w = window as unknown as { __copied: string[] };
      w.__copied = [];
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (t: string) => { w.__copied.push(t); } }, configurable: true });
    });
    await tab(page, 'Summary');
    await expect(page.isDisabled('#summary-copy')).resolves.toBe(true);
    await expect(page.isDisabled('#summary-insert')).resolves.toBe(true);
    await page.getByRole('button', { name: 'Write the summary' }).click();
    await page.waitForSelector('#summary-title');
    await expect(focused(page)).resolves.toBe('summary-title');
    const title = await text(page, '#summary-title');
    const paragraphs = await page.$$eval('#summary-text p', (ps) => ps.map((p) => p.textContent ?? ''));
    expect(paragraphs.length).toBeGreaterThan(1);
    await page.getByRole('button', { name: 'Copy' }).click();
    await page.waitForFunction(() => /^Copied/.test(document.getElementById('summary-status')?.textContent ?? ''));
    await expect(text(page, '#summary-status')).resolves.toBe('Copied the summary: paste it into an email or a document.');
    await expect(page.evaluate(() => (window as unknown as { __copied: string[] }).__copied)).resolves.toEqual([[title, ...paragraphs].join('\n\n')]);
    await page.getByRole('button', { name: 'Insert as sheet' }).click();
    await page.waitForFunction(() => /^Added/.test(document.getElementById('summary-status')?.textContent ?? ''));
    await expect(text(page, '#summary-status')).resolves.toBe('Added the summary as a new sheet, “Summary (2)”. A sheet named Summary already exists and was not changed.');
    expect(await pane.cells('Summary')).toEqual({ A1: 'mine' });
    expect(Object.values(await pane.cells('Summary (2)'))).toEqual(expect.arrayContaining([paragraphs[0]]));
    await pane.close();
  });

  test.each([
    ['the copy command works', true, /^Copied the summary/],
    ['nothing may copy: the text is selected for Ctrl+C', false, /the summary is selected, press Ctrl\+C/],
  ])('Copy when the Clipboard API is refused and %s', async (_what, execCopy, message) => {
    const pane = await open({ sheets: growthcorpSheets() });
    const { page } = pane;
    await page.evaluate((allowed) => {
      const w = window as unknown as { __copied: string[] };
      w.__copied = [];
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: async () => { throw new Error('NotAllowedError'); } }, configurable: true });
      document.execCommand = (command: string) => {
        const area = document.activeElement as HTMLTextAreaElement;
        if (allowed) w.__copied.push(`${command}:${area.value.slice(area.selectionStart, area.selectionEnd)}`);
        return allowed;
      };
    }, execCopy);
    await tab(page, 'Summary');
    await page.getByRole('button', { name: 'Write the summary' }).click();
    await page.waitForSelector('#summary-title');
    const first = (await page.locator('#summary-text p').first().textContent())!;
    await page.getByRole('button', { name: 'Copy' }).click();
    await page.waitForFunction(() => /Cop|select/.test(document.getElementById('summary-status')?.textContent ?? ''));
    await expect(text(page, '#summary-status')).resolves.toMatch(message);
    const copied = await page.evaluate(() => (window as unknown as { __copied: string[] }).__copied);
    if (execCopy) {
      expect(copied).toHaveLength(1);
      expect(copied[0].startsWith('copy:')).toBe(true);
      expect(copied[0]).toContain(first);
    } else {
      expect(copied).toEqual([]);
      await expect(page.evaluate(() => String(document.getSelection()))).resolves.toContain(first.slice(0, 40));
    }
    // The helper text area is gone again.
    await expect(page.locator('textarea').count()).resolves.toBe(0);
    await pane.close();
  });

  test('Plan checks the budget inline, then ranks and funds within it, and writes nothing', async () => {
    const pane = await open({ sheets: growthcorpSheets(PLANTED) });
    const { page } = pane;
    await tab(page, 'Plan');
    const input = page.getByLabel('Budget for the next period');
    await page.getByRole('button', { name: 'Plan the portfolio' }).click();
    await expect(text(page, '#plan-budget-error')).resolves.toBe('Enter the budget for the next period, for example 250000.');
    await expect(input.getAttribute('aria-invalid')).resolves.toBe('true');
    await expect(focused(page)).resolves.toBe('plan-budget');
    await input.fill('a lot');
    await expect(text(page, '#plan-budget-error')).resolves.toBe('“a lot” is not an amount: use digits, for example 250000 or 250,000.');
    await input.fill('-5');
    await expect(text(page, '#plan-budget-error')).resolves.toBe('The budget cannot be negative.');
    await input.fill('€1,000,000');
    await expect(text(page, '#plan-budget-error')).resolves.toBe('');
    await expect(input.getAttribute('aria-invalid')).resolves.toBeNull();
    expect(await text(page, '#plan-result')).toBe('');
    await input.press('Enter');
    await page.waitForSelector('#plan-result-title');
    await expect(focused(page)).resolves.toBe('plan-result-title');
    await expect(text(page, '#plan-result-title')).resolves.toMatch(/^\d+ of \d+ initiatives funded$/);
    await expect(text(page, '#plan-totals')).resolves.toContain('Budget$1,000,000');
    const funded = await page.$$eval('#plan-funded .plan-name', (xs) => xs.map((x) => x.textContent ?? ''));
    expect(funded[0]).toMatch(/^1\. /);
    await expect(text(page, '#plan-funded')).resolves.toMatch(/alignment \d+\.\d · expected BCR/);
    await expect(text(page, '#plan-funded')).resolves.toContain('Break-even: ');
    await expect(page.$$eval('#plan-scenarios tbody th', (xs) => xs.map((x) => x.textContent))).resolves.toEqual(['Conservative', 'Expected', 'Optimistic']);
    await expect(text(page, '#plan-objectives caption')).resolves.toBe('Budget by objective');
    await expect(text(page, '#plan-caveat')).resolves.toMatch(/^The audit found \d+ errors?: this plan uses the figures as they stand\. See Audit\.$/);
    await expect(text(page, '#plan-status')).resolves.toMatch(/^Planned: \d+ of \d+ initiatives funded, \$[\d,]+ left\.$/);
    expect(await pane.writes()).toBe(0);
    await pane.close();
  });

  test('Plan inserts the plan shown as a new sheet beside the user’s own “Plan summary”', async () => {
    const pane = await open({ sheets: growthcorpSheets({}, [{ name: 'Plan summary', cells: { A1: 'mine' } }]) });
    const { page } = pane;
    await tab(page, 'Plan');
    await expect(page.isDisabled('#plan-insert')).resolves.toBe(true);
    await page.getByLabel('Budget for the next period').fill('1,000,000');
    await page.getByRole('button', { name: 'Plan the portfolio' }).click();
    await page.waitForSelector('#plan-result-title');
    const funded = await page.$$eval('#plan-funded .plan-name', (xs) => xs.map((x) => (x.textContent ?? '').replace(/^\d+\. /, '')));
    await page.getByRole('button', { name: 'Insert as sheet' }).click();
    await page.waitForFunction(() => /^Added/.test(document.getElementById('plan-status')?.textContent ?? ''));
    await expect(text(page, '#plan-status')).resolves.toBe('Added the plan as a new sheet, “Plan summary (2)”. A sheet named Plan summary already exists and was not changed.');
    expect(await pane.cells('Plan summary')).toEqual({ A1: 'mine' });
    const written = await pane.cells('Plan summary (2)');
    expect(written).toEqual(expect.objectContaining({ A1: 'Portfolio plan', A2: 'Budget', B2: 1000000 }));
    expect(Object.values(written)).toEqual(expect.arrayContaining(funded));
    await pane.close();
  });

  test('Snapshot appends to the History log and says what it wrote; the note is shown as text', async () => {
    const pane = await open({ sheets: growthcorpSheets() });
    const { page } = pane;
    const before = await pane.cells('History log');
    await tab(page, 'Snapshot');
    await page.getByLabel('Note (optional)').fill(`  ${HOSTILE} `);
    await page.getByRole('button', { name: 'Add today’s snapshot' }).click();
    await page.waitForSelector('#snapshot-result-title');
    const heading = await text(page, '#snapshot-result-title');
    const row = /^Added row (\d+) of “History log” \((\d{4}-\d{2}-\d{2})\)$/.exec(heading);
    expect(row).not.toBeNull();
    expect(row![2]).toBe(TODAY);
    await expect(focused(page)).resolves.toBe('snapshot-result-title');
    await expect(text(page, '#snapshot-report')).resolves.toContain('Investment $1,660,000');
    await expect(text(page, '#snapshot-report')).resolves.toContain(`Note: ${HOSTILE}`);
    await expect(page.inputValue('#snapshot-note')).resolves.toBe('');
    // Only the new row changed, and only on History.
    const after = await pane.cells('History log');
    const changed = Object.keys(after).filter((a) => after[a] !== before[a]);
    expect(changed.length).toBeGreaterThan(0);
    expect(changed.every((a) => a.endsWith(row![1]) && before[a] === undefined)).toBe(true);
    expect(Object.values(after)).toContain(HOSTILE);
    await expect(page.locator('img').count()).resolves.toBe(0);
    await pane.close();
  });

  test('a document with no framework gets a clear message in every panel', async () => {
    const pane = await open({ sheets: [{ name: 'Budget', cells: { A1: 'x' } }] });
    const { page } = pane;
    await tab(page, 'Audit');
    await page.click('#audit-button');
    await page.waitForSelector('#audit-none');
    await tab(page, 'Summary');
    await page.click('#summary-button');
    await page.waitForSelector('#summary-none');
    await tab(page, 'Plan');
    await page.fill('#plan-budget', '5000');
    await page.click('#plan-button');
    await page.waitForSelector('#plan-none');
    await tab(page, 'Snapshot');
    await page.click('#snapshot-button');
    await page.waitForSelector('#snapshot-none');
    for (const id of ['audit', 'summary', 'plan', 'snapshot']) {
      await expect(text(page, `#${id}-none`)).resolves.toMatch(NO_FRAMEWORK);
    }
    await expect(page.isDisabled('#summary-copy')).resolves.toBe(true);
    await expect(page.isDisabled('#summary-insert')).resolves.toBe(true);
    expect(await pane.writes()).toBe(0);
    expect(await pane.cells('Budget')).toEqual({ A1: 'x' });
    await pane.close();
  });

  test('text from the document is shown as text in every panel: no element is made from it, no script runs', async () => {
    const pane = await open({ sheets: growthcorpSheets(PLANTED, [{ name: 'Summary', cells: { A1: 'mine' } }]) });
    const { page } = pane;
    await tab(page, 'Audit');
    await page.click('#audit-button');
    await page.waitForSelector('#audit-result-title');
    await tab(page, 'Plan');
    await page.fill('#plan-budget', '1000000');
    await page.click('#plan-button');
    await page.waitForSelector('#plan-result-title');
    const shown = await page.evaluate(() => ({
      audit: document.getElementById('audit-result')!.textContent ?? '',
      plan: document.getElementById('plan-result')!.textContent ?? '',
    }));
    expect(shown.audit).toContain(HOSTILE);
    expect(shown.plan).toContain(HOSTILE);
    await expect(page.locator('img').count()).resolves.toBe(0);
    await page.waitForTimeout(100);
    expect(pane.dialogs).toEqual([]);
    expect(pane.errors).toEqual([]);
    await pane.close();
  });

  test('Sensitivity: the portfolio, then an initiative chosen by name; the tornado’s bars in order of swing and the figures as core works them out; nothing written', async () => {
    const pane = await open({ sheets: growthcorpSheets(PLANTED) });
    const { page } = pane;
    const problems: string[] = [];
    await tab(page, 'Sensitivity');
    await expect(page.$$eval('#sensitivity-subject option', (os) => os.map((o) => o.textContent))).resolves.toEqual(['Portfolio']);
    problems.push(...await axeViolations(page));
    await page.getByRole('button', { name: 'Show sensitivity' }).click();
    await page.waitForSelector('#sensitivity-result-title');
    await expect(focused(page)).resolves.toBe('sensitivity-result-title');
    const portfolio = expectedSensitivity('portfolio');
    await expect(text(page, '#sensitivity-result-title')).resolves.toMatch(/^Portfolio: ROI -?[\d,]+%$/);
    await expect(text(page, '#sensitivity-caveat')).resolves.toMatch(/^The audit found \d+ errors?: these figures use the (workbook|spreadsheet) as it stands\. See Audit\.$/);
    await expectShown(page, portfolio);
    // The choice now offers every initiative by name (the first is named as markup: shown as text).
    const labels = portfolio.choices.map((c) => c.label);
    expect(labels[1]).toBe(HOSTILE);
    await expect(page.$$eval('#sensitivity-subject option', (os) => os.map((o) => o.textContent))).resolves.toEqual(labels);
    problems.push(...await axeViolations(page));
    // Choose the third initiative by its name.
    await page.getByLabel('Show the sensitivity of').selectOption({ label: labels[3] });
    await page.getByRole('button', { name: 'Show sensitivity' }).click();
    await page.waitForFunction((name) => document.getElementById('sensitivity-result-title')?.textContent?.startsWith(`${name}:`), labels[3]);
    const chosen = expectedSensitivity(2);
    await expectShown(page, chosen);
    await expect(page.inputValue('#sensitivity-subject')).resolves.toBe('2');
    await page.click('#sensitivity-report details summary');
    problems.push(...await axeViolations(page));
    expect(problems).toEqual([]);
    await expect(page.locator('img').count()).resolves.toBe(0);
    expect(await pane.writes()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()!.width);
    expect(pane.errors).toEqual([]);
    await pane.close();
  });

  test('Sensitivity says why when an initiative has no ROI, and when there is no framework', async () => {
    // The second initiative's value per unit cleared: it has no measured benefit.
    const cleared = { [`Impact!${IMPACT_TABLE.columns.valuePerUnit}${IMPACT_TABLE.firstDataRow + 1}`]: '' };
    const pane = await open({ sheets: growthcorpSheets({ ...PLANTED, ...cleared }) });
    const { page } = pane;
    await tab(page, 'Sensitivity');
    await page.click('#sensitivity-button');
    await page.waitForSelector('#sensitivity-result-title');
    await page.getByLabel('Show the sensitivity of').selectOption({ index: 2 });
    await page.click('#sensitivity-button');
    await page.waitForSelector('#sensitivity-reason');
    const second = expectedSensitivity(1, cleared).sensitivity;
    expect(second.ok).toBe(false);
    await expect(text(page, '#sensitivity-reason')).resolves.toBe(!second.ok ? second.reason : '');
    await expect(page.locator('#sensitivity-tornado').count()).resolves.toBe(0);
    await pane.close();
    const none = await open({ sheets: [{ name: 'Budget', cells: { A1: 'x' } }] });
    await tab(none.page, 'Sensitivity');
    await none.page.click('#sensitivity-button');
    await none.page.waitForSelector('#sensitivity-none');
    await expect(text(none.page, '#sensitivity-none')).resolves.toMatch(NO_FRAMEWORK);
    expect(await none.writes()).toBe(0);
    await none.close();
  });

  test('Import: the GrowthCorp export previewed with its columns, mapped, imported with the counts; importing it again adds nothing', async () => {
    const pane = await open({ sheets: growthcorpSheets() });
    const { page } = pane;
    const before = await pane.cells('Learning data');
    await tab(page, 'Import');
    await expect(page.isDisabled('#import-button')).resolves.toBe(true);
    await page.setInputFiles('#import-files', GROWTHCORP_CSV);
    await page.waitForSelector('#import-proposals');
    await expect(text(page, '#import-file-list')).resolves.toBe(`growthcorp-lms-export.csv: ${RECORDS.length} rows, ${RECORDS.length} records.`);
    // Which header was taken for which field, and the first rows as read.
    const columns = await page.$$eval('#import-columns-0 tbody tr', (rows) => rows.map((r) => [r.querySelector('th')?.textContent, r.querySelector('td')?.textContent]));
    expect(columns).toEqual(expect.arrayContaining([['Activity', 'Learning Item'], ['Person', 'User'], ['Date', 'Completion Date'], ['Hours', 'Time Spent (mins)']]));
    await expect(page.$$eval('#import-sample-0 tbody tr', (rows) => rows.length)).resolves.toBe(5);
    await expect(text(page, '#import-sample-0 tbody tr')).resolves.toContain('Consultative Selling Academy');
    await expect(text(page, '#import-dates-0')).resolves.toMatch(/day\/month\/year \(dd\/mm\/yyyy\)/);
    // Each activity with its proposal's kind, and a select holding the proposal.
    const support = page.getByLabel('Support Efficiency & Knowledge Base', { exact: true });
    await expect(support.inputValue()).resolves.toBe('Support Efficiency and Knowledge Base');
    await expect(text(page, '#import-proposals')).resolves.toContain('same name apart from case and punctuation');
    await expect(page.locator('#import-unmatched').count()).resolves.toBe(0);
    await expect(text(page, '#import-status')).resolves.toBe(`Read ${RECORDS.length} records. Check the initiatives, then Import.`);
    expect(await pane.writes()).toBe(0);

    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.waitForSelector('#import-result-title');
    await expect(text(page, '#import-result-title')).resolves.toBe(`Added ${RECORDS.length} rows to “Learning data”`);
    await expect(focused(page)).resolves.toBe('import-result-title');
    const counts = await page.$$eval('#import-counts li', (xs) => xs.map((x) => x.textContent));
    expect(counts).toEqual([
      `Added: ${RECORDS.length} rows.`, 'Already there: 0 (imported before; not added again).', 'Rejected: 0.',
      'Unmatched: 0 records of 0 activities with no initiative (not added; map them and import again).',
    ]);
    await expect(text(page, '#import-remembered')).resolves.toBe('Remembered 6 mappings on “Mappings”.');
    const after = await pane.cells('Learning data');
    expect(after.C6).toBe(RECORDS[0].key);
    expect(after[`E${5 + RECORDS.length}`]).toBe(RECORDS[RECORDS.length - 1].activity);
    for (const [at, value] of Object.entries(before)) expect([at, after[at]]).toEqual([at, value]);
    const written = await pane.writes();

    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.waitForFunction(() => /^Nothing new/.test(document.getElementById('import-result-title')?.textContent ?? ''));
    await expect(text(page, '#import-counts')).resolves.toContain(`Already there: ${RECORDS.length} (imported before; not added again).`);
    expect(await pane.writes()).toBe(written);
    expect(await pane.cells('Learning data')).toEqual(after);
    expect(pane.errors).toEqual([]);
    expect(pane.requests.filter((u) => !u.startsWith('file://')).every((u) => u === 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js')).toBe(true);
    await pane.close();
  });

  test('Import asks the date order when the file does not decide it, lists unmatched activities and rejected rows, and shows names as text', async () => {
    const pane = await open({ sheets: growthcorpSheets() });
    const { page } = pane;
    await tab(page, 'Import');
    const csv = [
      'Course,Email,Completion Date,Status,Hours',
      `"${HOSTILE}",ana@x.example,03/04/2025,Completed,2`,
      'Cloud Certification Path,ben@x.example,05/06/2025,Completed,1',
      'Cloud Certification Path,cy@x.example,not a date,Completed,1',
    ].join('\n');
    await page.setInputFiles('#import-files', { name: 'march.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.waitForSelector('#import-dates-0 legend');
    await expect(text(page, '#import-dates-0')).resolves.toMatch(/2 dates read either way .*none in the file decides/);
    await expect(page.isDisabled('#import-button')).resolves.toBe(true);
    await page.getByLabel('Month first: month/day/year (mm/dd/yyyy)').check();
    await page.waitForFunction(() => /dates read as month\/day/.test(document.getElementById('import-status')?.textContent ?? ''));
    await expect(page.isEnabled('#import-button')).resolves.toBe(true);
    await expect(text(page, '#import-unmatched')).resolves.toContain(HOSTILE);
    await expect(page.getByLabel(HOSTILE, { exact: true }).inputValue()).resolves.toBe('');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.waitForSelector('#import-result-title');
    await expect(text(page, '#import-result-title')).resolves.toBe('Added 1 row to “Learning data”');
    await expect(text(page, '#import-counts')).resolves.toContain('Unmatched: 1 record of 1 activity');
    await page.click('#import-rejected summary');
    await expect(text(page, '#import-rejected')).resolves.toContain('march.csv row 4: Completion Date "not a date" is not a date');
    await page.click('#import-unmatched-result summary');
    await expect(text(page, '#import-unmatched-result')).resolves.toContain(`${HOSTILE}: 1 record, first at march.csv row 2`);
    // 05/06/2025 read month first: 6 May 2025 is serial 45783 (=DATE(2025,5,6) in Excel).
    expect((await pane.cells('Learning data')).G6).toBe(45783);
    await expect(page.locator('img').count()).resolves.toBe(0);
    expect(pane.dialogs).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await pane.close();
  });

  test('Import of a large export shows progress while reading and while writing, chunk by chunk', async () => {
    const pane = await open({ sheets: growthcorpSheets() });
    const { page } = pane;
    await tab(page, 'Import');
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __statuses: string[] }).__statuses = seen;
      const status = document.getElementById('import-status')!;
      new MutationObserver(() => seen.push(status.textContent ?? '')).observe(status, { childList: true, characterData: true, subtree: true });
    });
    const csv = largeExport(15_000, ['Cloud Certification Path', 'New Manager Essentials']);
    expect(csv.length).toBeGreaterThan(1 << 20);
    await page.setInputFiles('#import-files', { name: 'year.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.waitForSelector('#import-proposals');
    await pane.slow(200);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.waitForSelector('#import-result-title', { timeout: 60_000 });
    await expect(text(page, '#import-result-title')).resolves.toBe('Added 15,000 rows to “Learning data”');
    const statuses = await page.evaluate(() => (window as unknown as { __statuses: string[] }).__statuses);
    expect(statuses).toEqual(expect.arrayContaining(['Reading year.csv: 0%…', 'Writing: 5,000 of 15,000 rows.', 'Writing: 10,000 of 15,000 rows.', 'Writing: 15,000 of 15,000 rows.']));
    expect(statuses.indexOf('Writing: 5,000 of 15,000 rows.')).toBeLessThan(statuses.indexOf('Writing: 10,000 of 15,000 rows.'));
    // The import id, entered as text (Excel's fake keeps the apostrophe that marks it; Sheets' stores the text).
    expect((await pane.cells('Learning data'))[`A${5 + 15_000}`]).toMatch(/^'?\d{4}-\d{2}-\d{2}-[0-9a-f]{8}$/);
    await pane.close();
  }, 180_000);

  test('Import reads an LMS export and xAPI statements together: both files listed, voided statements left out by design and listed', async () => {
    const pane = await open({ sheets: growthcorpSheets() });
    const { page } = pane;
    await tab(page, 'Import');
    await page.setInputFiles('#import-files', [GROWTHCORP_CSV, GROWTHCORP_XAPI]);
    await page.waitForSelector('#import-proposals');
    const files = await page.$$eval('#import-file-list li', (xs) => xs.map((x) => x.textContent));
    // examples/growthcorp-xapi.json: 273 statements, one voided and the one voiding it (core/learning/samples.test.ts).
    expect(files).toEqual([`growthcorp-lms-export.csv: ${RECORDS.length} rows, ${RECORDS.length} records.`, 'growthcorp-xapi.json: 273 statements, 271 records, 2 rejected.']);
    await expect(page.getByLabel('Product Discovery and Design Thinking', { exact: true }).inputValue()).resolves.toBe('Product Discovery and Design Thinking');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.waitForSelector('#import-result-title');
    await expect(text(page, '#import-result-title')).resolves.toBe(`Added ${(RECORDS.length + 271).toLocaleString('en-US')} rows to “Learning data”`);
    const counts = await page.$$eval('#import-counts li', (xs) => xs.map((x) => x.textContent));
    expect(counts).toContain('Rejected: 0.');
    expect(counts).toContain('Left out by design: 2 (voided statements, the statements voiding them, a statement id twice; listed below).');
    await page.click('#import-rejected summary');
    await expect(text(page, '#import-rejected')).resolves.toMatch(/growthcorp-xapi\.json statement [0-9a-f-]+: Voided by statement/);
    await pane.close();
  });

  test('Import in a framework built before imports existed says so and offers Set up; nothing is written', async () => {
    const sheets = growthcorpSheets().filter((s) => s.name !== 'Learning data' && s.name !== 'Mappings');
    const pane = await open({ sheets });
    const { page } = pane;
    await tab(page, 'Import');
    await page.setInputFiles('#import-files', GROWTHCORP_CSV);
    await page.waitForSelector('#import-none');
    await expect(text(page, '#import-none')).resolves.toMatch(new RegExp(`This ${host.document}'s L&D framework has no Learning data sheet.*Set up`));
    await expect(page.isDisabled('#import-button')).resolves.toBe(true);
    await page.getByRole('button', { name: 'Go to Set up' }).click();
    await expect(page.getByRole('tab', { name: 'Set up' }).getAttribute('aria-selected')).resolves.toBe('true');
    expect(await pane.writes()).toBe(0);
    expect(await pane.sheetNames()).toEqual(sheets.map((s) => s.name));
    await pane.close();
  });

  test('Import: axe-core finds no serious or critical violation, empty, previewed and imported', async () => {
    const pane = await open({ sheets: growthcorpSheets() });
    const { page } = pane;
    await tab(page, 'Import');
    const problems: Record<string, string[]> = { empty: await axeViolations(page) };
    await page.setInputFiles('#import-files', GROWTHCORP_CSV);
    await page.waitForSelector('#import-proposals');
    problems.previewed = await axeViolations(page);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.waitForSelector('#import-result-title');
    problems.imported = await axeViolations(page);
    expect(problems).toEqual({ empty: [], previewed: [], imported: [] });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()!.width);
    await pane.close();
  });

  test('axe-core finds no serious or critical violation on any panel, empty or filled', async () => {
    const pane = await open({ sheets: growthcorpSheets(PLANTED), texts });
    const { page } = pane;
    const problems: Record<string, string[]> = {};
    const check = async (name: string) => { problems[name] = await axeViolations(page); };
    // Sensitivity and Import also have their own axe tests, filled (above).
    for (const name of ['Set up', 'Audit', 'Summary', 'Plan', 'Sensitivity', 'Import', 'Snapshot', 'Functions']) {
      await tab(page, name);
      await check(`${name}, empty`);
    }
    await tab(page, 'Set up');
    await page.click('#setup-button');
    await page.waitForSelector('#setup-result-title');
    await page.click('#setup-report details summary');
    await check('Set up, built');
    await tab(page, 'Audit');
    await page.click('#audit-button');
    await page.waitForSelector('#audit-result-title');
    await check('Audit, findings');
    await tab(page, 'Summary');
    await page.click('#summary-button');
    await page.waitForSelector('#summary-title');
    await check('Summary, written');
    await tab(page, 'Plan');
    await page.click('#plan-button');
    await check('Plan, invalid budget');
    await page.fill('#plan-budget', '500000');
    await page.click('#plan-button');
    await page.waitForSelector('#plan-result-title');
    await page.click('#plan-report details summary');
    await check('Plan, planned');
    await tab(page, 'Snapshot');
    await page.click('#snapshot-button');
    await page.waitForSelector('#snapshot-result-title');
    await check('Snapshot, added');
    expect(Object.entries(problems).filter(([, v]) => v.length > 0)).toEqual([]);
    expect(Object.keys(problems)).toHaveLength(14);
    await pane.close();
  });
});

describe('the Excel page', () => {
  type Calls = { run: number; isSetSupported: string[]; associate: string[] };
  const state = (pane: OpenedPane) => pane.page.evaluate(() => {
    const w = window as unknown as { __book: { syncs: number; writes: { op: string }[] }; __calls: Calls };
    return { syncs: w.__book.syncs, calls: w.__calls, validations: w.__book.writes.filter((x) => x.op.startsWith('dataValidation')).length };
  });

  test('the shared runtime registers the custom functions in the pane’s page, and they compute', async () => {
    const pane = await EXCEL.open(launched.browser, {});
    const { calls } = await state(pane);
    expect(calls.associate).toEqual(expect.arrayContaining(['ROI', 'ALIGNMENT_SCORE']));
    const roi = await pane.page.evaluate(() => (window as unknown as { __functions: Record<string, (...a: unknown[]) => unknown> }).__functions.ROI([[350000], ['x']], [[100000], [100000]], { address: 'A1' }));
    expect(roi).toEqual([[2.5], [{ code: '#VALUE!', message: 'benefits (row 2) must be a number, but it is the text "x".' }]]);
    await pane.close();
  });

  test('Set up builds in one Excel.run of 3 syncs; a snapshot takes 4 (read the framework: 3, write the row: 1)', async () => {
    const pane = await EXCEL.open(launched.browser, { sheets: growthcorpSheets() });
    const opening = await state(pane);
    await pane.page.click('#setup-button');
    await pane.page.waitForSelector('#setup-result-title');
    const built = await state(pane);
    expect(built.calls.run - opening.calls.run).toBe(1);
    expect(built.syncs - opening.syncs).toBe(3);
    expect(built.calls.isSetSupported).toContain('ExcelApi 1.8');
    await tab(pane.page, 'Snapshot');
    await pane.page.click('#snapshot-button');
    await pane.page.waitForSelector('#snapshot-result-title');
    expect((await state(pane)).syncs - built.syncs).toBe(4);
    await pane.close();
  });

  test('on ExcelApi 1.7 Set up says what it left out (data validation) and still builds', async () => {
    const pane = await EXCEL.open(launched.browser, { maxExcelApi: '1.7' });
    await pane.page.click('#setup-button');
    await pane.page.waitForSelector('#setup-result-title');
    await expect(text(pane.page, '#setup-messages')).resolves.toMatch(/Left out dropdowns and input checks \(data validation\): this Excel does not support ExcelApi 1\.8/);
    expect((await state(pane)).validations).toBe(0);
    await pane.close();
  });
});

describe('the Sheets bridge', () => {
  /** A google.script.run that records calls and answers each with its name. */
  const runner = (calls: unknown[][]) => () => {
    let success: (v: unknown) => void = () => undefined;
    const run = {
      withSuccessHandler(fn: (v: unknown) => void) { success = fn; return run; },
      withFailureHandler() { return run; },
      planPortfolio(...args: unknown[]) { calls.push(['planPortfolio', ...args]); success({ called: 'planPortfolio' }); },
    };
    return run;
  };

  test('calls the server function by its declared name; a misspelt name does not compile and is refused', async () => {
    const calls: unknown[][] = [];
    await expect(callServer(runner(calls), 'planPortfolio', 250000)).resolves.toEqual({ called: 'planPortfolio' });
    expect(calls).toEqual([['planPortfolio', 250000]]);
    // @ts-expect-error: not a server function (tsc fails if this line ever compiles)
    await expect(callServer(runner(calls), 'planPortfolios', 250000)).rejects.toThrow('The add-on has no server function planPortfolios.');
    await expect(callServer(() => undefined, 'auditFramework')).rejects.toThrow(/needs Google Sheets/);
  });
});

describe('the pane’s sources', () => {
  test('never build HTML from strings (no innerHTML and friends in ui/ or the hosts’ pane code)', () => {
    const root = join(__dirname, '..', '..');
    const files = (dir: string): string[] => readdirSync(dir).flatMap((f) => {
      const path = join(dir, f);
      return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
    });
    const sources = ['ui', 'excel-addin/taskpane', 'sheets-addon/sidebar'].flatMap((d) => files(join(root, d)));
    expect(sources.length).toBeGreaterThanOrEqual(12);
    for (const file of sources) {
      const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
      expect([file, /innerHTML|outerHTML|insertAdjacentHTML|document\.write|DOMParser/.test(code)]).toEqual([file, false]);
    }
  });
});
