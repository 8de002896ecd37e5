/**
 * The built task pane in headless Chromium (Debian's /usr/bin/chromium via playwright-core), with
 * Office.js replaced by a stub over a recording fake workbook: clicking Set up drives the builder,
 * the pane works by keyboard at 320 px, axe-core finds no serious violations, and cell text is
 * shown as text. Saves docs/images/excel-taskpane.png.
 */
import { mkdirSync } from 'fs';
import { join } from 'path';
import type { Page } from 'playwright-core';
import { axeSource, launchChromium, type LaunchedBrowser } from '../../test/support/browser';
import { DIST, ROOT, ensureExcelBuild } from './ensure-built';
import { officeStubScript, type StubConfig } from './office-stub';
import { evaluateSpec } from './spec-engine';
import { buildWorkbookSpec } from '../../core/templates';
import { renderPlan } from '../../core/render';
import { splitSheetReference } from '../../core/templates/a1';

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

interface Opened {
  readonly page: Page;
  readonly dialogs: string[];
  readonly errors: string[];
  readonly requests: string[];
}

async function openPane(config: StubConfig): Promise<Opened> {
  const page = await launched.browser.newPage({ viewport: { width: 320, height: 900 } });
  const dialogs: string[] = [];
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.route('**/*', (route) => {
    const url = route.request().url();
    requests.push(url);
    if (url === OFFICE_JS) return route.fulfill({ status: 200, contentType: 'application/javascript', body: stub });
    if (url.startsWith(`file://${DIST}/`)) return route.continue();
    return route.abort();
  });
  await page.addInitScript((c) => {
    (window as unknown as { __stubConfig: unknown }).__stubConfig = c;
  }, config);
  await page.goto(`file://${join(DIST, 'taskpane.html')}`);
  await page.waitForSelector('#setup-button');
  return { page, dialogs, errors, requests };
}

/** What Excel would show on the new Dashboard: the GrowthCorp spec recalculated by HyperFormula. */
function growthcorpDashboardTexts(): Record<string, string> {
  const spec = buildWorkbookSpec('growthcorp');
  const engine = evaluateSpec(spec);
  const texts: Record<string, string> = {};
  const cells = [...spec.names.map((n) => splitSheetReference(n.ref).address.replace(/\$/g, '')), renderPlan(spec).summary!.address];
  for (const cell of cells) texts[`Dashboard!${cell}`] = engine.text('Dashboard', cell);
  engine.destroy();
  return texts;
}

const EXISTING = { name: 'Strategy', cells: { A1: 'Our own strategy', B4: 42, C9: '=B4*2' } };

describe('Excel task pane in Chromium', () => {
  test('Set up builds the GrowthCorp framework through Excel.run in 3 syncs and reports what it created', async () => {
    const { page, errors, requests } = await openPane({
      workbook: { sheets: [EXISTING] },
      texts: growthcorpDashboardTexts(),
    });
    // Both scripts of the shared runtime ran: the custom functions are registered too.
    const associated = await page.evaluate(() => (window as unknown as { __calls: { associate: string[] } }).__calls.associate);
    expect(associated).toContain('ROI');
    expect(associated).toContain('ALIGNMENT_SCORE');
    // … and they compute in the page as they do in Excel's runtime.
    const roi = await page.evaluate(() => (window as unknown as { __functions: Record<string, (...a: unknown[]) => unknown> }).__functions.ROI([[350000], ['x']], [[100000], [100000]], { address: 'A1' }));
    expect(roi).toEqual([[2.5], [{ code: '#VALUE!', message: 'benefits (row 2) must be a number, but it is the text "x".' }]]);

    await page.getByLabel('GrowthCorp example').check();
    await page.getByRole('button', { name: 'Set up the framework' }).click();
    await page.waitForSelector('#setup-result .report');

    const state = await page.evaluate(() => {
      const w = window as unknown as { __book: { syncs: number; sheets: { name: string }[]; cellsOf(n: string): Record<string, unknown> }; __calls: { run: number; isSetSupported: string[] } };
      return { syncs: w.__book.syncs, sheets: w.__book.sheets.map((s) => s.name), strategy: w.__book.cellsOf('Strategy'), calls: w.__calls };
    });
    expect(state.calls.run).toBe(1);
    expect(state.syncs).toBe(3);
    expect(state.calls.isSetSupported).toContain('ExcelApi 1.8');
    expect(state.sheets[0]).toBe('Strategy');
    expect(state.sheets).toContain('Strategy (2)');
    expect(state.sheets).toContain('Dashboard');
    expect(state.strategy).toEqual(EXISTING.cells);

    const report = page.locator('#setup-result');
    await expect(report.textContent()).resolves.toMatch(/A sheet named “Strategy” already exists, so it was left unchanged and the new one is “Strategy \(2\)”/);
    await expect(report.textContent()).resolves.toMatch(/Created 9 sheets, \d+ tables/);
    // The figures Excel computed are shown: the case study's 3.5x return.
    await expect(report.textContent()).resolves.toMatch(/Portfolio BCR3\.50x/);
    await expect(page.getByRole('status').textContent()).resolves.toMatch(/The framework is ready/);
    expect(errors).toEqual([]);
    // Nothing but the (stubbed) Office.js was requested from the network.
    expect(requests.filter((u) => !u.startsWith('file://'))).toEqual([OFFICE_JS]);

    mkdirSync(join(ROOT, 'docs', 'images'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'docs', 'images', 'excel-taskpane.png'), fullPage: true });
    await page.close();
  });

  test('cell text is shown as text: no element is created from it and no script runs', async () => {
    // The dashboard's summary cell (and a figure) come back from Excel holding markup.
    const { page, dialogs, errors } = await openPane({
      workbook: {},
      texts: { [`Dashboard!${renderPlan('empty').summary!.address}`]: HOSTILE, 'Dashboard!C5': `${HOSTILE}<script>window.__pwned = 1</script>` },
    });
    await page.getByRole('button', { name: 'Set up the framework' }).click();
    await page.waitForSelector('#setup-result .report');
    const shown = await page.evaluate((hostile) => {
      const result = document.getElementById('setup-result')!;
      const holders = Array.from(result.querySelectorAll('dd, p')).filter((e) => e.textContent === hostile);
      return { holders: holders.length, images: document.querySelectorAll('img').length, text: result.textContent ?? '' };
    }, HOSTILE);
    expect(shown.text).toContain(HOSTILE);
    expect(shown.holders).toBeGreaterThan(0);
    expect(shown.images).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.waitForTimeout(200);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('axe-core finds no serious or critical violations, before and after a build', async () => {
    const { page } = await openPane({ workbook: {} });
    await page.addScriptTag({ content: axeSource() });
    const audit = () => page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const result = await axe.run(document);
      return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    });
    expect(await audit()).toEqual([]);
    await page.getByRole('button', { name: 'Set up the framework' }).click();
    await page.waitForSelector('#setup-result .report');
    expect(await audit()).toEqual([]);
    await page.getByRole('tab', { name: 'Functions' }).click();
    expect(await audit()).toEqual([]);
    await page.close();
  });

  test('works by keyboard: arrow keys move between tabs, Space picks a dataset, Enter sets up', async () => {
    const { page } = await openPane({ workbook: {} });
    await page.getByRole('tab', { name: 'Set up' }).focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { name: 'Audit' }).getAttribute('aria-selected')).resolves.toBe('true');
    await expect(page.locator('#panel-audit').isVisible()).resolves.toBe(true);
    await page.keyboard.press('End');
    await expect(page.getByRole('tab', { name: 'Functions' }).getAttribute('aria-selected')).resolves.toBe('true');
    await expect(page.locator('#panel-functions').isVisible()).resolves.toBe(true);
    await expect(page.locator('#panel-functions').textContent()).resolves.toContain('=LD.ROI(benefits, costs)');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('tab', { name: 'Set up' }).getAttribute('aria-selected')).resolves.toBe('true');
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByRole('tab', { name: 'Functions' }).getAttribute('aria-selected')).resolves.toBe('true');
    await page.keyboard.press('Home');
    await expect(page.getByRole('tab', { name: 'Set up' }).getAttribute('aria-selected')).resolves.toBe('true');
    await expect(page.locator('#panel-functions').isVisible()).resolves.toBe(false);
    await page.getByLabel('GrowthCorp example').focus();
    await page.keyboard.press('Space');
    await expect(page.getByLabel('GrowthCorp example').isChecked()).resolves.toBe(true);
    await page.locator('#setup-button').focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('#setup-result .report');
    // Nothing is wider than the 320 px pane.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(overflow).toBeLessThanOrEqual(320);
    await page.close();
  });

  test('on ExcelApi 1.7 the pane says what it left out (data validation) and still builds', async () => {
    const { page } = await openPane({ workbook: {}, maxExcelApi: '1.7' });
    await page.getByRole('button', { name: 'Set up the framework' }).click();
    await page.waitForSelector('#setup-result .report');
    await expect(page.locator('#setup-result').textContent()).resolves.toMatch(/Left out dropdowns and input checks \(data validation\): this Excel does not support ExcelApi 1\.8/);
    const validations = await page.evaluate(() => (window as unknown as { __book: { writes: { op: string }[] } }).__book.writes.filter((w) => w.op.startsWith('dataValidation')).length);
    expect(validations).toBe(0);
    await page.close();
  });

  test('an Excel failure is shown as an alert and the button works again', async () => {
    // A workbook whose sheet list cannot be read: the first sync fails.
    const { page } = await openPane({ workbook: {} });
    await page.evaluate(() => {
      const w = window as unknown as { __book: { fail(m: string): void } };
      w.__book.fail('GeneralException: the workbook is busy');
    });
    await page.getByRole('button', { name: 'Set up the framework' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/could not be built: GeneralException: the workbook is busy/);
    await expect(page.locator('#setup-button').isEnabled()).resolves.toBe(true);
    await page.close();
  });
});
