/**
 * `npm run screenshots`: the pictures of the pane in README.md and docs/, taken from the built Excel
 * task pane and Sheets sidebar in headless Chromium over the same host fakes as the panel tests
 * (test/pane/hosts.ts), with the clock fixed (30 September 2025, a quarter's end) and the GrowthCorp case study's names, so
 * taking them again gives the same pictures. The tests never write them.
 *   docs/images/excel-taskpane.png   Set up done, beside the user's own Strategy sheet (320 px)
 *   docs/images/excel-insights.png   Audit: the example with a confidence typed as 80 (320 px)
 *   docs/images/sheets-sidebar.png   the same Set up in the Sheets sidebar (300 px)
 *   docs/images/sheets-insights.png  the same Audit in the Sheets sidebar (300 px)
 */
import { mkdirSync } from 'fs';
import { join } from 'path';
import type { Browser } from 'playwright-core';
import { IMPACT_TABLE } from '../core/templates';
import { launchChromium } from '../test/support/browser';
import { EXCEL, SHEETS, growthcorpDashboardTexts, growthcorpSheets, type PaneHost } from '../test/pane/hosts';

const OUT = join(__dirname, '..', 'docs', 'images');

/** A workbook the user already has: their own Strategy sheet, which Set up leaves alone. */
const OWN_STRATEGY = { name: 'Strategy', cells: { A1: 'GrowthCorp FY2026 strategy (Finance)', A3: 'Revenue growth', B3: 0.12 } };

/** A typing slip an L&D analyst makes: confidence entered as 80 (meaning 80%) instead of 0.8. */
const CONFIDENCE_AS_PERCENT = { [`Impact!${IMPACT_TABLE.columns.confidence}${IMPACT_TABLE.firstDataRow}`]: 80 };

async function setUpShot(browser: Browser, host: PaneHost, file: string): Promise<void> {
  const pane = await host.open(browser, { sheets: [OWN_STRATEGY], texts: growthcorpDashboardTexts(), height: 700 });
  await pane.page.getByLabel('GrowthCorp example').check();
  await pane.page.click('#setup-button');
  await pane.page.waitForSelector('#setup-result-title');
  await pane.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await pane.page.screenshot({ path: join(OUT, file), fullPage: true });
  await pane.close();
}

async function auditShot(browser: Browser, host: PaneHost, file: string): Promise<void> {
  const pane = await host.open(browser, { sheets: growthcorpSheets(CONFIDENCE_AS_PERCENT), height: 700 });
  await pane.page.getByRole('tab', { name: 'Audit', exact: true }).click();
  await pane.page.click('#audit-button');
  await pane.page.waitForSelector('#audit-result-title');
  await pane.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await pane.page.screenshot({ path: join(OUT, file), fullPage: true });
  await pane.close();
}

async function main(): Promise<void> {
  EXCEL.prepare();
  SHEETS.prepare();
  mkdirSync(OUT, { recursive: true });
  const launched = await launchChromium();
  try {
    await setUpShot(launched.browser, EXCEL, 'excel-taskpane.png');
    await auditShot(launched.browser, EXCEL, 'excel-insights.png');
    await setUpShot(launched.browser, SHEETS, 'sheets-sidebar.png');
    await auditShot(launched.browser, SHEETS, 'sheets-insights.png');
  } finally {
    await launched.close();
  }
  console.log(`Wrote excel-taskpane.png, excel-insights.png, sheets-sidebar.png and sheets-insights.png to ${OUT}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
