/**
 * The sidebar's Audit, Summary, Plan and Snapshot panels in headless Chromium (the built
 * Sidebar.html), with google.script.run stubbed to answer what the server functions return for the
 * GrowthCorp example (computed here by the same service code over the fake spreadsheet): findings are
 * grouped by severity and choosing one (click or Enter) calls selectCell; the summary copies and
 * inserts; the budget is checked inline; the snapshot says what it wrote; text from the spreadsheet
 * is shown as text; a spreadsheet with no framework gets a clear message; axe-core finds no serious or
 * critical violation in any panel. Saves docs/images/sheets-insights.png.
 */
import { mkdirSync } from 'fs';
import { join } from 'path';
import type { Page } from 'playwright-core';
import { axeSource, launchChromium, type LaunchedBrowser } from '../../test/support/browser';
import { buildWorkbookSpec, IMPACT_TABLE, renameSheets } from '../../core/templates';
import { buildFramework } from '../server/builder/build';
import { functionList, type SidebarContext } from '../server/menu';
import {
  appendSnapshotRow, auditSpreadsheet, insertSummary, planBudget,
  type AuditResult, type NoFramework, type PlanResult, type SnapshotResult, type SummarySheetResult,
} from '../server/insights/service';
import { DIST, ROOT, ensureSheetsBuild } from './ensure-built';
import { FakeSpreadsheetApp } from './fake-spreadsheet';

const HOSTILE = '<img src=x onerror=alert(1)>';
/** Late enough that no partner was contacted in the last 90 days: warnings as well as the planted error. */
const TODAY = '2025-12-31';

interface Answer {
  readonly value?: unknown;
  readonly failure?: string;
  readonly delay?: number;
}

interface StubConfig {
  readonly answers: Readonly<Record<string, Answer>>;
  /** Replace navigator.clipboard.writeText: record, or reject (the frame may not use the clipboard). */
  readonly clipboard: 'record' | 'reject';
  /** What document.execCommand('copy') returns. */
  readonly execCopy: boolean;
}

interface Responses {
  readonly audit: AuditResult;
  readonly plan: PlanResult;
  readonly snapshot: SnapshotResult;
  readonly summarySheet: SummarySheetResult;
}

let launched: LaunchedBrowser;
let responses: Responses;

/** The server's answers for GrowthCorp with a confidence typed as 80, beside a sheet named Summary. */
function serverResponses(): Responses {
  const app = new FakeSpreadsheetApp();
  app.spreadsheet.addSheet('Summary');
  buildFramework(app, { dataset: 'growthcorp', templates: { buildWorkbookSpec, renameSheets } });
  app.spreadsheet.sheet('Impact').range(`${IMPACT_TABLE.columns.confidence}${IMPACT_TABLE.firstDataRow}`).setValues([[80]]);
  const audit = auditSpreadsheet(app.spreadsheet, TODAY) as AuditResult;
  const plan = planBudget(app.spreadsheet, TODAY, 1_000_000) as PlanResult;
  const snapshot = appendSnapshotRow(app.spreadsheet, TODAY, 'Year-end review') as SnapshotResult;
  const summarySheet = insertSummary(app.spreadsheet, TODAY) as SummarySheetResult;
  for (const r of [audit, plan, snapshot, summarySheet]) if (!r.ok) throw new Error('the example is not a framework?');
  return { audit, plan, snapshot, summarySheet };
}

const context: SidebarContext = { sheetNames: ['Summary', 'Guide', 'Strategy'], functions: functionList() };

function answersFor(r: Responses, overrides: Record<string, Answer> = {}): Record<string, Answer> {
  return {
    sidebarContext: { value: context },
    auditFramework: { value: r.audit },
    selectCell: { value: { sheet: 'Impact', cell: 'J9' } },
    insertSummarySheet: { value: r.summarySheet },
    planPortfolio: { value: r.plan },
    appendSnapshot: { value: r.snapshot },
    ...overrides,
  };
}

/** google.script.run as Apps Script provides it: chainable handlers, then any server function by name. */
function installStub(config: StubConfig): void {
  const w = window as unknown as { google: unknown; __calls: unknown[][]; __copied: string[] };
  w.__calls = [];
  w.__copied = [];
  const makeRunner = (success?: (v: unknown) => void, failure?: (e: unknown) => void): unknown => new Proxy({}, {
    get(_target, name: string) {
      if (name === 'withSuccessHandler') return (fn: (v: unknown) => void) => makeRunner(fn, failure);
      if (name === 'withFailureHandler') return (fn: (e: unknown) => void) => makeRunner(success, fn);
      return (...args: unknown[]) => {
        w.__calls.push([name, ...args]);
        const answer = config.answers[name];
        setTimeout(() => {
          if (!answer) failure?.(new Error(`no stub for ${name}`));
          else if (answer.failure) failure?.(new Error(answer.failure));
          // What google.script.run delivers: the value after JSON.
          else success?.(JSON.parse(JSON.stringify(answer.value ?? null)));
        }, answer?.delay ?? 10);
      };
    },
  });
  w.google = { script: { run: makeRunner() } };
  const clipboard = {
    writeText: (text: string) => (config.clipboard === 'record' ? (w.__copied.push(text), Promise.resolve()) : Promise.reject(new Error('Write permission denied.'))),
  };
  Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => clipboard, configurable: true });
  document.execCommand = ((command: string) => {
    if (command === 'copy') {
      if (config.execCopy) w.__copied.push(String(document.getSelection() ?? ''));
      return config.execCopy;
    }
    return false;
  }) as typeof document.execCommand;
}

interface Opened {
  readonly page: Page;
  readonly dialogs: string[];
  readonly errors: string[];
}

async function openSidebar(answers: Record<string, Answer>, options: Partial<Omit<StubConfig, 'answers'>> = {}): Promise<Opened> {
  const page = await launched.browser.newPage({ viewport: { width: 300, height: 900 } });
  const dialogs: string[] = [];
  const errors: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.route('**/*', (route) => (route.request().url().startsWith(`file://${DIST}/`) ? route.continue() : route.abort()));
  await page.addInitScript(installStub, { answers, clipboard: options.clipboard ?? 'record', execCopy: options.execCopy ?? true });
  await page.goto(`file://${join(DIST, 'Sidebar.html')}`);
  await page.waitForSelector('#audit-button');
  return { page, dialogs, errors };
}

const calls = (page: Page) => page.evaluate(() => (window as unknown as { __calls: unknown[][] }).__calls);
const focused = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

async function seriousViolations(page: Page, selector: string): Promise<{ id: string; impact: string; nodes: number }[]> {
  const results = await page.evaluate(async (include) => {
    const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
    return (await axe.run({ include: [include] }, { resultTypes: ['violations'] })).violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
  }, selector);
  return results.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

async function runAudit(page: Page): Promise<void> {
  await page.click('#audit-button');
  await page.waitForSelector('#audit-result-title, #audit-none, #audit-error:not(:empty)');
}

beforeAll(async () => {
  ensureSheetsBuild();
  responses = serverResponses();
  launched = await launchChromium();
});

afterAll(async () => {
  await launched?.close();
});

describe('the insights panels in Chromium', () => {
  test('the panels render in order, each a labelled section with its controls', async () => {
    const { page, errors } = await openSidebar(answersFor(responses));
    const sections = await page.$$eval('section.panel', (list) => list.map((s) => [s.id, s.querySelector('h2')?.textContent]));
    expect(sections).toEqual([
      ['panel-setup', 'Set up the framework'], ['panel-audit', 'Audit'], ['panel-summary', 'Summary'],
      ['panel-plan', 'Plan'], ['panel-snapshot', 'Snapshot'], ['panel-functions', 'Functions'],
    ]);
    for (const id of ['#audit-button', '#summary-button', '#plan-budget', '#plan-button', '#snapshot-note', '#snapshot-button']) {
      await expect(page.isVisible(id)).resolves.toBe(true);
    }
    await expect(page.isDisabled('#summary-copy')).resolves.toBe(true);
    await expect(page.isDisabled('#summary-insert')).resolves.toBe(true);
    // The section buttons move to a panel's heading.
    await page.click('#jump-plan');
    await expect(focused(page)).resolves.toBe('panel-plan-title');
    expect(await calls(page)).toEqual([['sidebarContext']]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('Audit groups the findings by severity; clicking one, or Enter on it, selects its cell (and the screenshot)', async () => {
    const { page, errors } = await openSidebar(answersFor(responses));
    await runAudit(page);
    const { audit } = responses;
    expect(audit.counts.error).toBe(1);
    expect(audit.counts.warning).toBeGreaterThan(0);
    await expect(page.textContent('#audit-result-title')).resolves.toBe('1 error to fix');
    await expect(focused(page)).resolves.toBe('audit-result-title');
    const groups = await page.$$eval('.finding-group h4', (hs) => hs.map((x) => x.textContent));
    expect(groups).toEqual(['Errors (1)', `Warnings (${audit.counts.warning})`]);
    const error = audit.findings.find((f) => f.severity === 'error')!;
    const first = page.locator('.group-error .finding').first();
    await expect(first.locator('.finding-title').textContent()).resolves.toBe(error.title);
    await expect(first.locator('.finding-explanation').textContent()).resolves.toBe(error.explanation);
    await expect(first.locator('.finding-action').textContent()).resolves.toBe(`What to do: ${error.action}`);

    await first.locator('button.finding-link').click();
    await page.waitForFunction(() => /Selected/.test(document.getElementById('audit-status')?.textContent ?? ''));
    expect((await calls(page)).slice(-1)).toEqual([['selectCell', error.sheet, error.cell]]);
    await expect(page.textContent('#audit-status')).resolves.toBe('Selected Impact!J9.');

    const warning = audit.findings.find((f) => f.severity === 'warning')!;
    await page.locator('.group-warning button.finding-link').first().focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => (window as unknown as { __calls: unknown[] }).__calls.length === n, 4);
    expect((await calls(page)).slice(-1)).toEqual([['selectCell', warning.sheet, warning.cell]]);
    expect(errors).toEqual([]);
    mkdirSync(join(ROOT, 'docs', 'images'), { recursive: true });
    await page.locator('#panel-audit').screenshot({ path: join(ROOT, 'docs', 'images', 'sheets-insights.png') });
    await page.close();
  });

  test('a finding whose cell cannot be selected says why, as text', async () => {
    const { page } = await openSidebar(answersFor(responses, { selectCell: { failure: `This spreadsheet has no sheet named "${HOSTILE}" any more.` } }));
    await runAudit(page);
    await page.locator('button.finding-link').first().click();
    await page.waitForSelector('#audit-error:not(:empty)');
    await expect(page.textContent('#audit-error')).resolves.toContain(`no sheet named "${HOSTILE}"`);
    await expect(page.getAttribute('#audit-error', 'role')).resolves.toBe('alert');
    await expect(page.locator('img').count()).resolves.toBe(0);
    await page.close();
  });

  test('Summary shows the paragraphs, copies them, and inserts them as a new sheet', async () => {
    const { page } = await openSidebar(answersFor(responses));
    await page.click('#summary-button');
    await page.waitForSelector('#summary-title');
    const { summary } = responses.audit;
    await expect(page.textContent('#summary-title')).resolves.toBe(summary.title);
    await expect(page.$$eval('#summary-text p', (ps) => ps.map((p) => p.textContent))).resolves.toEqual(summary.paragraphs);
    await page.click('#summary-copy');
    await page.waitForFunction(() => /Copied/.test(document.getElementById('summary-status')?.textContent ?? ''));
    const copied = await page.evaluate(() => (window as unknown as { __copied: string[] }).__copied);
    expect(copied).toEqual([[summary.title, ...summary.paragraphs].join('\n\n')]);
    await page.click('#summary-insert');
    await page.waitForFunction(() => /Added the summary/.test(document.getElementById('summary-status')?.textContent ?? ''));
    await expect(page.textContent('#summary-status')).resolves.toBe('Added the summary as a new sheet, “Summary (2)”. A sheet named Summary already exists and was not changed.');
    expect((await calls(page)).map((c) => c[0])).toEqual(['sidebarContext', 'auditFramework', 'insertSummarySheet']);
    await page.close();
  });

  test.each([
    ['the copy command works', true, /^Copied the summary/],
    ['nothing may copy: the text is selected for Ctrl+C', false, /the summary is selected, press Ctrl\+C/],
  ])('Copy when the Clipboard API is refused and %s', async (_what, execCopy, message) => {
    const { page } = await openSidebar(answersFor(responses), { clipboard: 'reject', execCopy });
    await page.click('#summary-button');
    await page.waitForSelector('#summary-title');
    await page.click('#summary-copy');
    await page.waitForFunction(() => /Cop|select/.test(document.getElementById('summary-status')?.textContent ?? ''));
    await expect(page.textContent('#summary-status')).resolves.toMatch(message);
    if (!execCopy) {
      await expect(page.evaluate(() => String(document.getSelection()))).resolves.toContain(responses.audit.summary.paragraphs[0].slice(0, 40));
      await expect(page.evaluate(() => (window as unknown as { __copied: string[] }).__copied)).resolves.toEqual([]);
    }
    await page.close();
  });

  test('Plan checks the budget inline, then shows the ranked plan, the budget by objective, scenarios and break-even', async () => {
    const { page } = await openSidebar(answersFor(responses));
    await page.click('#plan-button');
    await expect(page.textContent('#plan-budget-error')).resolves.toBe('Enter the budget for the next period, for example 250000.');
    await expect(page.getAttribute('#plan-budget', 'aria-invalid')).resolves.toBe('true');
    await expect(focused(page)).resolves.toBe('plan-budget');
    await page.fill('#plan-budget', 'a lot');
    await expect(page.textContent('#plan-budget-error')).resolves.toMatch(/is not an amount/);
    await page.fill('#plan-budget', '-5');
    await expect(page.textContent('#plan-budget-error')).resolves.toBe('The budget cannot be negative.');
    await page.fill('#plan-budget', '$1,000,000');
    await expect(page.textContent('#plan-budget-error')).resolves.toBe('');
    await expect(page.getAttribute('#plan-budget', 'aria-invalid')).resolves.toBeNull();
    expect((await calls(page)).map((c) => c[0])).toEqual(['sidebarContext']);
    await page.keyboard.press('Enter');
    await page.waitForSelector('#plan-result-title');
    expect((await calls(page)).slice(-1)).toEqual([['planPortfolio', 1000000]]);
    const { plan } = responses.plan;
    await expect(page.textContent('#plan-result-title')).resolves.toBe(`${plan.fundedLines.length} of ${plan.lines.length} initiatives funded`);
    await expect(page.$$eval('#plan-funded .plan-name', (xs) => xs.map((x) => x.textContent))).resolves.toEqual(plan.fundedLines.map((l) => `${l.rank}. ${l.name}`));
    await expect(page.$$eval('#plan-unfunded .reason', (xs) => xs.map((x) => x.textContent))).resolves.toEqual(plan.unfundedLines.map((l) => `Not funded: ${l.reason}.`));
    await expect(page.$$eval('#plan-objectives tbody th', (xs) => xs.map((x) => x.textContent))).resolves.toEqual(plan.byObjective.map((o) => o.objective));
    await expect(page.$$eval('#plan-scenarios tbody th', (xs) => xs.map((x) => x.textContent))).resolves.toEqual(['Conservative', 'Expected', 'Optimistic']);
    await expect(page.textContent('#plan-funded')).resolves.toContain('Break-even: $');
    await expect(page.textContent('#plan-caveat')).resolves.toBe('The audit found 1 error: this plan uses the figures as they stand. See Audit.');
    await page.close();
  });

  test('Snapshot appends through the server and says what it wrote', async () => {
    const { page } = await openSidebar(answersFor(responses));
    await page.fill('#snapshot-note', '  Year-end review ');
    await page.click('#snapshot-button');
    await page.waitForSelector('#snapshot-result-title');
    expect((await calls(page)).slice(-1)).toEqual([['appendSnapshot', 'Year-end review']]);
    const { snapshot } = responses;
    await expect(page.textContent('#snapshot-result-title')).resolves.toBe(`Added row ${snapshot.row} of “History log” (${TODAY})`);
    await expect(page.textContent('#snapshot-report')).resolves.toContain('Investment $1,660,000');
    await expect(page.textContent('#snapshot-report')).resolves.toContain('Note: Year-end review');
    await expect(page.inputValue('#snapshot-note')).resolves.toBe('');
    await expect(focused(page)).resolves.toBe('snapshot-result-title');
    await page.close();
  });

  test('text from the spreadsheet is shown as text in every panel, never as HTML', async () => {
    const audit: AuditResult = {
      ...responses.audit,
      sheetNames: [...responses.audit.sheetNames, HOSTILE],
      findings: responses.audit.findings.map((f, i) => (i === 0 ? { ...f, title: HOSTILE, explanation: HOSTILE, action: HOSTILE, sheet: HOSTILE } : f)),
      summary: { ...responses.audit.summary, title: HOSTILE, paragraphs: [HOSTILE, ...responses.audit.summary.paragraphs.slice(1)] },
    };
    const planLines = responses.plan.plan.lines.map((l, i) => (i === 0 ? { ...l, name: HOSTILE } : l));
    const plan: PlanResult = {
      ...responses.plan,
      plan: {
        ...responses.plan.plan, lines: planLines, fundedLines: planLines.filter((l) => l.funded), unfundedLines: planLines.filter((l) => !l.funded),
        byObjective: responses.plan.plan.byObjective.map((o, i) => (i === 0 ? { ...o, objective: HOSTILE } : o)),
      },
    };
    const snapshot: SnapshotResult = { ...responses.snapshot, sheet: HOSTILE, values: { ...responses.snapshot.values, note: HOSTILE } };
    const summarySheet: SummarySheetResult = { ...responses.summarySheet, sheet: HOSTILE };
    const { page, dialogs, errors } = await openSidebar(answersFor(responses, {
      auditFramework: { value: audit }, planPortfolio: { value: plan }, appendSnapshot: { value: snapshot }, insertSummarySheet: { value: summarySheet },
    }));
    await runAudit(page);
    await expect(page.locator('.finding-title').first().textContent()).resolves.toBe(HOSTILE);
    await page.locator('button.finding-link').first().click();
    await page.waitForFunction((n) => (window as unknown as { __calls: unknown[] }).__calls.length === n, 3);
    expect((await calls(page)).slice(-1)).toEqual([['selectCell', HOSTILE, audit.findings[0].cell]]);
    await page.click('#summary-button');
    await page.waitForSelector('#summary-title');
    await expect(page.textContent('#summary-title')).resolves.toBe(HOSTILE);
    await page.click('#summary-insert');
    await page.waitForFunction(() => /Added/.test(document.getElementById('summary-status')?.textContent ?? ''));
    await expect(page.textContent('#summary-status')).resolves.toContain(HOSTILE);
    await page.fill('#plan-budget', '1000000');
    await page.click('#plan-button');
    await page.waitForSelector('#plan-result-title');
    await expect(page.textContent('#plan-report')).resolves.toContain(HOSTILE);
    await page.click('#snapshot-button');
    await page.waitForSelector('#snapshot-result-title');
    await expect(page.textContent('#snapshot-report')).resolves.toContain(`Note: ${HOSTILE}`);
    await expect(page.textContent('#snapshot-result-title')).resolves.toContain(HOSTILE);
    await expect(page.locator('img').count()).resolves.toBe(0);
    await page.waitForTimeout(100);
    expect(dialogs).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('a spreadsheet with no framework gets a clear message in every panel', async () => {
    const none: NoFramework = { ok: false, reason: 'not a framework workbook: missing sheets Strategy, Alignment, Impact, ROI' };
    const { page } = await openSidebar(answersFor(responses, {
      auditFramework: { value: none }, planPortfolio: { value: none }, appendSnapshot: { value: none },
    }));
    await runAudit(page);
    await page.click('#summary-button');
    await page.waitForSelector('#summary-none');
    await page.fill('#plan-budget', '5000');
    await page.click('#plan-button');
    await page.waitForSelector('#plan-none');
    await page.click('#snapshot-button');
    await page.waitForSelector('#snapshot-none');
    for (const id of ['audit', 'summary', 'plan', 'snapshot']) {
      await expect(page.textContent(`#${id}-none`)).resolves.toBe(
        'This spreadsheet has no L&D framework to read (not a framework workbook: missing sheets Strategy, Alignment, Impact, ROI). Use “Set up the framework” above to add one, or open a spreadsheet that has one.',
      );
    }
    await expect(page.isDisabled('#summary-copy')).resolves.toBe(true);
    await expect(page.isDisabled('#summary-insert')).resolves.toBe(true);
    await page.close();
  });

  test('axe-core finds no serious or critical violation in any panel, empty or filled', async () => {
    const { page } = await openSidebar(answersFor(responses));
    await page.addScriptTag({ content: axeSource() });
    const panels = ['#panel-audit', '#panel-summary', '#panel-plan', '#panel-snapshot'];
    for (const panel of panels) expect({ panel, violations: await seriousViolations(page, panel) }).toEqual({ panel, violations: [] });
    await runAudit(page);
    await page.click('#summary-button');
    await page.waitForSelector('#summary-title');
    await page.click('#plan-button'); // the inline error shown
    await page.fill('#plan-budget', '1000000');
    await page.click('#plan-button');
    await page.waitForSelector('#plan-result-title');
    await page.click('#plan-report details summary');
    await page.click('#snapshot-button');
    await page.waitForSelector('#snapshot-result-title');
    for (const panel of panels) expect({ panel, violations: await seriousViolations(page, panel) }).toEqual({ panel, violations: [] });
    expect({ page: 'whole', violations: await seriousViolations(page, 'body') }).toEqual({ page: 'whole', violations: [] });
    await page.close();
  });
});
