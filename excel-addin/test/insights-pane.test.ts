/**
 * The Audit, Summary, Plan and Snapshot panels in headless Chromium, on the built task pane with
 * Office.js stubbed over the recording fake workbook holding the GrowthCorp example's values:
 * choosing a finding selects its cell, cell text is shown as text, the budget is validated inline,
 * and axe-core finds no serious or critical violations on any panel. Saves
 * docs/images/excel-insights.png.
 */
import { join } from 'path';
import type { Page } from 'playwright-core';
import { axeSource, launchChromium, type LaunchedBrowser } from '../../test/support/browser';
import { specValues } from '../../core/insights';
import { buildWorkbookSpec, columnLetter } from '../../core/templates';
import { DIST, ROOT, ensureExcelBuild } from './ensure-built';
import { officeStubScript, type StubConfig } from './office-stub';
import type { FakeSheetInit } from './fake-excel';

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const HOSTILE = '<img src=x onerror=alert(1)>';

let launched: LaunchedBrowser;
let stub: string;

beforeAll(async () => {
  ensureExcelBuild();
  stub = officeStubScript();
  launched = await launchChromium();
});

afterAll(async () => {
  await launched?.close();
});

/** The GrowthCorp example as a workbook holds it before recalculation, with `edits` by `Sheet!A1` ('' clears). */
function growthcorpSheets(edits: Readonly<Record<string, unknown>> = {}, extra: readonly FakeSheetInit[] = []): FakeSheetInit[] {
  const values = specValues(buildWorkbookSpec('growthcorp'));
  const sheets = Object.entries(values).map(([name, grid]) => {
    const cells: Record<string, unknown> = {};
    grid.forEach((row, r) => row.forEach((value, c) => {
      if (value !== null && value !== '') cells[`${columnLetter(c + 1)}${r + 1}`] = value;
    }));
    for (const [at, value] of Object.entries(edits)) {
      const [sheet, address] = at.split('!');
      if (sheet !== name) continue;
      if (value === '') delete cells[address];
      else cells[address] = value;
    }
    return { name, cells };
  });
  return [...extra, ...sheets];
}

interface Opened {
  readonly page: Page;
  readonly dialogs: string[];
  readonly errors: string[];
}

async function openPane(config: StubConfig): Promise<Opened> {
  const page = await launched.browser.newPage({ viewport: { width: 320, height: 900 } });
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url === OFFICE_JS) return route.fulfill({ status: 200, contentType: 'application/javascript', body: stub });
    if (url.startsWith(`file://${DIST}/`)) return route.continue();
    return route.abort();
  });
  await page.addInitScript((c) => {
    (window as unknown as { __stubConfig: unknown }).__stubConfig = c;
  }, config);
  await page.goto(`file://${join(DIST, 'taskpane.html')}`);
  await page.waitForSelector('#setup-button');
  return { page, dialogs, errors };
}

type BookInPage = { syncs: number; writes: { sheet: string; op: string; address?: string }[]; cellsOf(n: string): Record<string, unknown>; sheets: { name: string }[] };
const book = (page: Page) => page.evaluate(() => {
  const b = (window as unknown as { __book: BookInPage }).__book;
  return { syncs: b.syncs, writes: b.writes, sheets: b.sheets.map((s) => s.name) };
});

async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource() });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run(document);
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  });
}

const PLANTED = { 'Alignment!A9': HOSTILE, 'ROI!G9': '' };

describe('insights panels in Chromium', () => {
  test('Audit lists the planted fault; choosing it (click or Enter) activates ROI and selects G9', async () => {
    const { page, errors } = await openPane({ workbook: { sheets: growthcorpSheets(PLANTED) } });
    await page.getByRole('tab', { name: 'Audit' }).click();
    await page.getByRole('button', { name: 'Check the workbook' }).click();
    await page.waitForSelector('#audit-result .finding');
    const finding = page.locator('#audit-result .finding-link', { hasText: 'ROI!G9' }).first();
    await expect(finding.textContent()).resolves.toContain('ROI!G9');
    const before = (await book(page)).writes.length;
    await finding.click();
    await expect(page.locator('#audit-status').textContent()).resolves.toBe('Selected ROI!G9.');
    let writes = (await book(page)).writes.slice(before);
    expect(writes).toEqual([{ sheet: 'ROI', op: 'activate' }, { sheet: 'ROI', op: 'select', address: 'G9' }]);
    // Keyboard: Enter on another finding selects its place too.
    const other = page.locator('#audit-result .finding-link').first();
    await other.focus();
    const mark = (await book(page)).writes.length;
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => (window as unknown as { __book: BookInPage }).__book.writes.length > n, mark);
    writes = (await book(page)).writes.slice(mark);
    expect(writes.map((w) => w.op)).toEqual(['activate', 'select']);
    // Nothing else was written: reading and selecting only.
    expect((await book(page)).writes.every((w) => w.op === 'activate' || w.op === 'select')).toBe(true);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(overflow).toBeLessThanOrEqual(320);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('cell text is shown as text in every panel: no element is made from it and no script runs', async () => {
    const { page, dialogs, errors } = await openPane({ workbook: { sheets: growthcorpSheets(PLANTED) } });
    await page.getByRole('tab', { name: 'Audit' }).click();
    await page.getByRole('button', { name: 'Check the workbook' }).click();
    await page.waitForSelector('#audit-result .finding');
    await page.getByRole('tab', { name: 'Plan' }).click();
    await page.getByLabel('Budget for the next period ($)').fill('1,000,000');
    await page.getByRole('button', { name: 'Plan the portfolio' }).click();
    await page.waitForSelector('#plan-result .report');
    const shown = await page.evaluate(() => ({
      audit: document.getElementById('audit-result')!.textContent ?? '',
      plan: document.getElementById('plan-result')!.textContent ?? '',
      images: document.querySelectorAll('img').length,
    }));
    expect(shown.audit).toContain(HOSTILE);
    expect(shown.plan).toContain(HOSTILE);
    expect(shown.images).toBe(0);
    await page.waitForTimeout(200);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('Summary shows the paragraphs, copies them, and inserts a new sheet beside an existing Summary', async () => {
    const { page } = await openPane({ workbook: { sheets: growthcorpSheets({}, [{ name: 'Summary', cells: { A1: 'mine' } }]) } });
    await page.evaluate(() => {
      const w = window as unknown as { __copied: string[] };
      w.__copied = [];
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: async (t: string) => { w.__copied.push(t); } }, configurable: true });
    });
    await page.getByRole('tab', { name: 'Summary' }).click();
    await page.getByRole('button', { name: 'Write the summary' }).click();
    await page.waitForSelector('#summary-result article p');
    const paragraphs = await page.locator('#summary-result article p').allTextContents();
    expect(paragraphs.length).toBeGreaterThan(1);
    await page.getByRole('button', { name: 'Copy' }).click();
    await expect(page.locator('#summary-status').textContent()).resolves.toBe('Copied the summary to the clipboard.');
    const copied = await page.evaluate(() => (window as unknown as { __copied: string[] }).__copied);
    expect(copied).toHaveLength(1);
    expect(copied[0]).toContain(paragraphs[0]);
    await page.getByRole('button', { name: 'Insert as sheet' }).click();
    await expect(page.locator('#summary-status').textContent()).resolves.toBe('Added the summary as a new sheet, “Summary (2)”.');
    const state = await page.evaluate(() => {
      const b = (window as unknown as { __book: BookInPage }).__book;
      return { mine: b.cellsOf('Summary'), added: b.cellsOf('Summary (2)') };
    });
    expect(state.mine).toEqual({ A1: 'mine' });
    expect(state.added['A3']).toBe(paragraphs[0]);
    await page.close();
  });

  test('Copy falls back to a textarea and execCommand when the Clipboard API is refused', async () => {
    const { page } = await openPane({ workbook: { sheets: growthcorpSheets() } });
    await page.evaluate(() => {
      const w = window as unknown as { __copied: string[] };
      w.__copied = [];
      Object.defineProperty(navigator, 'clipboard', { value: { writeText: async () => { throw new Error('NotAllowedError'); } }, configurable: true });
      document.execCommand = (command: string) => {
        const area = document.activeElement as HTMLTextAreaElement;
        w.__copied.push(`${command}:${area.value.slice(area.selectionStart, area.selectionEnd)}`);
        return true;
      };
    });
    await page.getByRole('tab', { name: 'Summary' }).click();
    await page.getByRole('button', { name: 'Write the summary' }).click();
    await page.waitForSelector('#summary-result article p');
    const first = await page.locator('#summary-result article p').first().textContent();
    await page.getByRole('button', { name: 'Copy' }).click();
    await expect(page.locator('#summary-status').textContent()).resolves.toBe('Copied the summary to the clipboard.');
    const copied = await page.evaluate(() => (window as unknown as { __copied: string[] }).__copied);
    expect(copied).toHaveLength(1);
    expect(copied[0].startsWith('copy:')).toBe(true);
    expect(copied[0]).toContain(first!);
    // The helper textarea is gone again.
    expect(await page.locator('textarea').count()).toBe(0);
    await page.close();
  });

  test('Plan validates the budget inline, then ranks and funds within it', async () => {
    const { page } = await openPane({ workbook: { sheets: growthcorpSheets() } });
    await page.getByRole('tab', { name: 'Plan' }).click();
    const input = page.getByLabel('Budget for the next period ($)');
    await input.fill('lots');
    await input.press('Enter');
    await expect(page.locator('#plan-budget-error').textContent()).resolves.toMatch(/“lots” is not an amount/);
    await expect(input.getAttribute('aria-invalid')).resolves.toBe('true');
    expect(await page.locator('#plan-result').textContent()).toBe('');
    await input.fill('$400,000');
    await input.press('Enter');
    await page.waitForSelector('#plan-result .report');
    await expect(page.locator('#plan-budget-error').textContent()).resolves.toBe('');
    const text = await page.locator('#plan-result').textContent();
    expect(text).toMatch(/Budget\$400,000/);
    expect(text).toMatch(/Funded \(\d+\)/);
    expect(text).toMatch(/Budget by objective/);
    expect(text).toMatch(/Conservative/);
    expect(text).toMatch(/Break-even/);
    await expect(page.locator('#plan-status').textContent()).resolves.toMatch(/^Planned: \d+ of \d+ initiatives funded/);
    // Planning writes nothing.
    expect((await book(page)).writes).toEqual([]);
    await page.close();
  });

  test('Snapshot appends to the first empty History row and says what it wrote', async () => {
    const { page } = await openPane({ workbook: { sheets: growthcorpSheets() } });
    await page.getByRole('tab', { name: 'Snapshot' }).click();
    await page.getByLabel('Note (optional)').fill(HOSTILE);
    await page.getByRole('button', { name: 'Add today’s snapshot' }).click();
    await page.waitForSelector('#snapshot-result .report');
    const status = await page.locator('#snapshot-status').textContent();
    const m = /^Added row (\d+) of “History log”: \d{4}-\d{2}-\d{2}\.$/.exec(status ?? '');
    expect(m).not.toBeNull();
    const state = await book(page);
    expect(state.syncs).toBe(3);
    expect(state.writes.length).toBeGreaterThan(0);
    expect(state.writes.every((w) => w.sheet === 'History log' && w.address?.endsWith(m![1]))).toBe(true);
    await expect(page.locator('#snapshot-result').textContent()).resolves.toMatch(/Investment \$/);
    await page.close();
  });

  test('a workbook with no framework gets a clear message on Audit', async () => {
    const { page } = await openPane({ workbook: { sheets: [{ name: 'Budget', cells: { A1: 'x' } }] } });
    await page.getByRole('tab', { name: 'Audit' }).click();
    await page.getByRole('button', { name: 'Check the workbook' }).click();
    await expect(page.locator('#audit-result .notice').textContent()).resolves.toMatch(/no L&D framework to read \(not a framework workbook: missing sheets Strategy, Alignment, Impact, ROI\)\. Use Set up/);
    await page.close();
  });

  test('axe-core finds no serious or critical violations on each panel, empty and filled', async () => {
    const { page } = await openPane({ workbook: { sheets: growthcorpSheets(PLANTED) } });
    const problems: Record<string, string[]> = {};
    const check = async (name: string) => { problems[name] = await axeViolations(page); };
    await page.getByRole('tab', { name: 'Audit' }).click();
    await check('audit, empty');
    await page.getByRole('button', { name: 'Check the workbook' }).click();
    await page.waitForSelector('#audit-result .finding');
    await check('audit, findings');
    await page.getByRole('tab', { name: 'Summary' }).click();
    await page.getByRole('button', { name: 'Write the summary' }).click();
    await page.waitForSelector('#summary-result article');
    await check('summary');
    await page.getByRole('tab', { name: 'Plan' }).click();
    await page.getByLabel('Budget for the next period ($)').fill('x');
    await page.getByRole('button', { name: 'Plan the portfolio' }).click();
    await check('plan, invalid budget');
    await page.getByLabel('Budget for the next period ($)').fill('500000');
    await page.getByRole('button', { name: 'Plan the portfolio' }).click();
    await page.waitForSelector('#plan-result .report');
    await check('plan');
    await page.getByRole('tab', { name: 'Snapshot' }).click();
    await page.getByRole('button', { name: 'Add today’s snapshot' }).click();
    await page.waitForSelector('#snapshot-result .report');
    await check('snapshot');
    expect(problems).toEqual({
      'audit, empty': [], 'audit, findings': [], summary: [], 'plan, invalid budget': [], plan: [], snapshot: [],
    });
    // The Audit panel with its findings, at the pane's 320 px, for docs/excel.md.
    await page.getByRole('tab', { name: 'Audit' }).click();
    await page.screenshot({ path: join(ROOT, 'docs', 'images', 'excel-insights.png'), fullPage: true });
    await page.close();
  });
});
