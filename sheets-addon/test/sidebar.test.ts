/**
 * The built sidebar (dist/sheets/Sidebar.html, one file) in headless Chromium, with google.script.run
 * stubbed as Apps Script provides it: clicking Set up calls the server function with the chosen data,
 * progress and the result are shown, it works by keyboard, axe-core finds no serious or critical
 * violation, and text from the spreadsheet is shown as text. Saves docs/images/sheets-sidebar.png.
 */
import { mkdirSync } from 'fs';
import { join } from 'path';
import type { Page } from 'playwright-core';
import { axeSource, launchChromium, type LaunchedBrowser } from '../../test/support/browser';
import { buildFramework, type BuildReport } from '../server/builder/build';
import { functionList, type SidebarContext } from '../server/menu';
import { GROWTHCORP, buildWorkbookSpec, renameSheets } from '../../core/templates';
import { DIST, ROOT, ensureSheetsBuild } from './ensure-built';
import { FakeSpreadsheetApp } from './fake-spreadsheet';

const HOSTILE = '<img src=x onerror=alert(1)>';

let launched: LaunchedBrowser;
let report: BuildReport;

/** A report as the server sends it for GrowthCorp in a spreadsheet that already had a Strategy sheet. */
function growthcorpReport(): BuildReport {
  const app = new FakeSpreadsheetApp();
  app.spreadsheet.addSheet('Strategy');
  const built = buildFramework(app, { dataset: 'growthcorp', templates: { buildWorkbookSpec, renameSheets }, now: () => new Date(Date.UTC(2026, 0, 2)) });
  // The fake has no formula engine: give the figures the texts Sheets shows for the example, from the
  // example's own latest snapshot (the case study's 3.5x).
  const last = GROWTHCORP.history[GROWTHCORP.history.length - 1];
  const money = (n: number) => `$${Math.round(n).toLocaleString('en-US')}`;
  const pct = (n: number) => `${Math.round(n * 100)}%`;
  const texts: Record<string, string> = {
    TotalInvestment: money(last.investment), TotalAdjustedBenefits: money(last.benefits), PortfolioROI: pct((last.benefits - last.investment) / last.investment),
    PortfolioBCR: `${(last.benefits / last.investment).toFixed(2)}x`, AlignedShare: pct(last.alignedShare), ObjectiveCoverage: pct(last.coverage), PortfolioAlignment: last.alignment.toFixed(1),
  };
  const programs = GROWTHCORP.initiatives.length;
  return {
    ...built,
    figures: built.figures.map((f) => ({ ...f, text: texts[f.name] ?? '' })),
    summary: `This period L&D invested ${texts.TotalInvestment} in ${programs} programs and delivered ${texts.TotalAdjustedBenefits} of business benefits: $${(last.benefits / last.investment).toFixed(2)} back for every $1 spent.`,
  };
}

interface StubConfig {
  readonly context: SidebarContext;
  readonly report?: BuildReport;
  readonly failure?: string;
  /** Milliseconds before the server answers, so progress can be seen. */
  readonly delay: number;
}

/** google.script.run as Apps Script provides it: chainable handlers, then the server function by name. */
function installStub(config: StubConfig): void {
  const w = window as unknown as { google: unknown; __calls: unknown[][] };
  w.__calls = [];
  const makeRunner = (success?: (v: unknown) => void, failure?: (e: unknown) => void): unknown => ({
    withSuccessHandler: (fn: (v: unknown) => void) => makeRunner(fn, failure),
    withFailureHandler: (fn: (e: unknown) => void) => makeRunner(success, fn),
    sidebarContext: () => {
      w.__calls.push(['sidebarContext']);
      setTimeout(() => success?.(JSON.parse(JSON.stringify(config.context))), 10);
    },
    sidebarBuildFramework: (dataset: unknown) => {
      w.__calls.push(['sidebarBuildFramework', dataset]);
      setTimeout(() => {
        if (config.failure) failure?.(new Error(config.failure));
        else success?.(JSON.parse(JSON.stringify(config.report)));
      }, config.delay);
    },
  });
  w.google = { script: { run: makeRunner() } };
}

interface Opened {
  readonly page: Page;
  readonly dialogs: string[];
  readonly errors: string[];
  readonly requests: string[];
}

async function openSidebar(config: StubConfig): Promise<Opened> {
  const page = await launched.browser.newPage({ viewport: { width: 300, height: 760 } });
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
    if (url.startsWith(`file://${DIST}/`)) return route.continue();
    return route.abort();
  });
  await page.addInitScript(installStub, config);
  await page.goto(`file://${join(DIST, 'Sidebar.html')}`);
  await page.waitForSelector('#setup-button');
  return { page, dialogs, errors, requests };
}

const context = (sheetNames: string[]): SidebarContext => ({ sheetNames, functions: functionList() });

beforeAll(async () => {
  ensureSheetsBuild();
  report = growthcorpReport();
  launched = await launchChromium();
});

afterAll(async () => {
  await launched?.close();
});

describe('the sidebar in Chromium', () => {
  test('Set up calls the server with the chosen data, shows progress, then the result (and the screenshot)', async () => {
    const { page, errors, requests } = await openSidebar({ context: context(['Strategy', 'Budget 2026']), report, delay: 400 });
    await expect(page.textContent('#setup-preview')).resolves.toContain('Strategy → Strategy (2)');
    await page.check('#dataset-growthcorp');
    await page.click('#setup-button');
    await page.waitForSelector('#setup-progress:not([hidden])');
    await expect(page.isDisabled('#setup-button')).resolves.toBe(true);
    await expect(page.textContent('#setup-status')).resolves.toMatch(/Building nine sheets with the GrowthCorp example/);
    await page.waitForSelector('#setup-result-title');
    const calls = await page.evaluate(() => (window as unknown as { __calls: unknown[][] }).__calls);
    expect(calls).toEqual([['sidebarContext'], ['sidebarBuildFramework', 'growthcorp']]);
    await expect(page.textContent('#setup-result-title')).resolves.toBe('Done: 9 sheets added');
    await expect(page.textContent('#setup-messages')).resolves.toContain('"Strategy (2)"');
    await expect(page.textContent('#setup-figures')).resolves.toContain('3.50x');
    await expect(page.isHidden('#setup-progress')).resolves.toBe(true);
    await expect(page.isEnabled('#setup-button')).resolves.toBe(true);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('setup-result-title');
    expect(errors).toEqual([]);
    expect(requests.every((u) => u.startsWith('file://'))).toBe(true);
    mkdirSync(join(ROOT, 'docs', 'images'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'docs', 'images', 'sheets-sidebar.png'), fullPage: true });
    await page.close();
  });

  test('works by keyboard alone: pick the example with the arrow keys, Set up with Enter', async () => {
    const { page } = await openSidebar({ context: context([]), report, delay: 10 });
    await page.focus('#dataset-empty');
    await page.keyboard.press('ArrowDown');
    await expect(page.isChecked('#dataset-growthcorp')).resolves.toBe(true);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('setup-button');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#setup-result-title');
    const calls = await page.evaluate(() => (window as unknown as { __calls: unknown[][] }).__calls);
    expect(calls[1]).toEqual(['sidebarBuildFramework', 'growthcorp']);
    await page.close();
  });

  test('axe-core finds no serious or critical violation, before and after setting up', async () => {
    const { page } = await openSidebar({ context: context(['Strategy']), report, delay: 10 });
    await page.addScriptTag({ content: axeSource() });
    const audit = async () => {
      const results = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (el: Document, o: unknown) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
        return (await axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
      });
      return results.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    };
    expect(await audit()).toEqual([]);
    await page.click('#setup-button');
    await page.waitForSelector('#setup-result-title');
    await page.click('#setup-result-body details summary');
    expect(await audit()).toEqual([]);
    await page.close();
  });

  test('text from the spreadsheet is shown as text, never as HTML', async () => {
    const hostileReport: BuildReport = {
      ...report,
      messages: [`This spreadsheet already has a sheet named "${HOSTILE}".`],
      figures: report.figures.map((f, i) => (i === 0 ? { ...f, text: HOSTILE } : f)),
      summary: `${HOSTILE} is up 28% to date.`,
      sheets: report.sheets.map((s, i) => (i === 0 ? { ...s, purpose: HOSTILE } : s)),
    };
    const { page, dialogs, errors } = await openSidebar({ context: context([HOSTILE, 'Strategy']), report: hostileReport, delay: 10 });
    await page.click('#setup-button');
    await page.waitForSelector('#setup-result-title');
    await expect(page.textContent('#setup-summary')).resolves.toBe(`${HOSTILE} is up 28% to date.`);
    await expect(page.textContent('#setup-messages')).resolves.toContain(HOSTILE);
    await expect(page.textContent('#setup-figures')).resolves.toContain(HOSTILE);
    await expect(page.locator('img').count()).resolves.toBe(0);
    await page.waitForTimeout(100);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a failure on the server is reported in the sidebar as text', async () => {
    const { page } = await openSidebar({ context: context([]), failure: `Setting up stopped: ${HOSTILE}`, delay: 10 });
    await page.click('#setup-button');
    await page.waitForSelector('#setup-error');
    await expect(page.textContent('#setup-error')).resolves.toBe(`Setting up stopped: ${HOSTILE}`);
    await expect(page.getAttribute('#setup-error', 'role')).resolves.toBe('alert');
    await expect(page.locator('img').count()).resolves.toBe(0);
    await expect(page.isEnabled('#setup-button')).resolves.toBe(true);
    await page.close();
  });
});
