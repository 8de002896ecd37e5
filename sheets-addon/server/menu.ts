/**
 * The add-on's menu, sidebar and the server functions they call. Nothing here runs at load time:
 * Apps Script runs the bundle's global code in the same restricted mode as `onOpen` (AuthMode.NONE),
 * where touching a service breaks the menu, so every service is reached inside a function.
 */
import { CATALOGUE } from '../../core';
import { auditDialogText, buildDialogText, functionList, summaryInsertedText, type BuildSummary, type PaneContext } from '../../core/insights/pane';
import { buildWorkbookSpec, initiativeCapacity, INITIATIVE_CAPACITY, SHEET_NAMES, SHEET_TITLES } from '../../core/templates';
import { MAX_INITIATIVE_CAPACITY } from '../../core/templates/layout';
import type { MenuFunctionName } from '../../ui/server-functions';
import type { Dataset } from '../../core/templates/types';
import { buildFramework, type BuildReport, type Templates } from './builder/build';
import type { SpreadsheetAppLike } from './builder/host';
import { auditFramework, insertSummarySheet } from './insights/server';

export const ADDON_TITLE = 'L&D Framework';
export const SIDEBAR_FILE = 'Sidebar';
const OPEN_SIDEBAR = 'Open the sidebar (Extensions › L&D Framework › Open sidebar)';
/** The menu's items; each names a server function declared in ui/server-functions.ts. */
export const MENU_ITEMS: readonly { readonly caption: string; readonly functionName: MenuFunctionName }[] = [
  { caption: 'Set up framework…', functionName: 'setUpFrameworkFromMenu' },
  { caption: 'Open sidebar', functionName: 'showSidebar' },
  { caption: 'Audit the framework', functionName: 'auditFrameworkFromMenu' },
  { caption: 'Insert summary sheet', functionName: 'insertSummaryFromMenu' },
];

const TEMPLATES: Templates = { buildWorkbookSpec };

function isDataset(value: unknown): value is Dataset {
  return value === 'empty' || value === 'growthcorp';
}

/** The real SpreadsheetApp, checked against the part of it the builder uses. */
function spreadsheetApp(): SpreadsheetAppLike {
  const app: SpreadsheetAppLike = SpreadsheetApp;
  return app;
}

/** Adds the add-on menu. Works in every AuthMode, NONE included: it only builds the menu. */
export function onOpen(_e?: unknown): void {
  let menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of MENU_ITEMS) menu = menu.addItem(item.caption, item.functionName);
  menu.addToUi();
}

/** Installing from the Marketplace opens no document event: add the menu at once. */
export function onInstall(e?: unknown): void {
  onOpen(e);
}

export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile(SIDEBAR_FILE).setTitle(ADDON_TITLE);
  SpreadsheetApp.getUi().showSidebar(html);
}

/** Menu: Set up framework… asks which data to start from, builds (200 initiatives; the sidebar offers 2,000 too), and says what it did. */
export function setUpFrameworkFromMenu(): void {
  const ui = SpreadsheetApp.getUi();
  const answer = ui.alert(
    'Set up the L&D framework',
    `Add the framework sheets (${SHEET_NAMES.map((n) => SHEET_TITLES[n]).join(', ')}) to this spreadsheet. Existing sheets are never changed. They have room for ${INITIATIVE_CAPACITY.toLocaleString('en-US')} initiatives; for up to ${MAX_INITIATIVE_CAPACITY.toLocaleString('en-US')}, use Set up in the sidebar.\n\nFill them with the GrowthCorp example?\n  Yes: the example data\n  No: an empty template`,
    ui.ButtonSet.YES_NO_CANCEL,
  );
  if (answer !== ui.Button.YES && answer !== ui.Button.NO) return;
  const report = buildFramework(spreadsheetApp(), { dataset: answer === ui.Button.YES ? 'growthcorp' : 'empty', templates: TEMPLATES });
  ui.alert(ADDON_TITLE, buildDialogText(buildSummary(report), OPEN_SIDEBAR), ui.ButtonSet.OK);
}

/** Menu: Audit the framework: the counts and the first errors in a dialog. */
export function auditFrameworkFromMenu(): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert('Audit of the L&D framework', auditDialogText(auditFramework(), OPEN_SIDEBAR), ui.ButtonSet.OK);
}

/** Menu: Insert summary sheet: the executive summary on a new sheet, never over an existing one. */
export function insertSummaryFromMenu(): void {
  const ui = SpreadsheetApp.getUi();
  const result = insertSummarySheet();
  ui.alert(ADDON_TITLE, result.ok ? summaryInsertedText(result.sheet) : result.reason, ui.ButtonSet.OK);
}

/** The host's report in the pane's terms (plain JSON, no Date). */
export function buildSummary(report: BuildReport): BuildSummary {
  return {
    dataset: report.dataset,
    sheets: report.sheets.map((s) => ({ name: s.name, purpose: s.purpose })),
    renamed: report.renamedSheets.map((r) => ({ ...r })),
    notes: [...report.messages],
    counts: {
      sheets: report.counts.sheets, validations: report.counts.validations, conditionalFormats: report.counts.conditionalFormats,
      charts: report.counts.charts, names: report.counts.namedRanges,
    },
    figures: report.figures.map((f) => ({ ...f })),
    summary: report.summary,
  };
}

/** Sidebar: build the framework with room for `capacity` initiatives (200 when an older sidebar sends none). */
export function sidebarBuildFramework(dataset: unknown, capacity: unknown = INITIATIVE_CAPACITY): BuildSummary {
  if (!isDataset(dataset)) throw new Error(`Choose the empty template or the GrowthCorp example (got ${JSON.stringify(dataset)}).`);
  return buildSummary(buildFramework(spreadsheetApp(), { dataset, capacity: initiativeCapacity(capacity), templates: TEMPLATES }));
}

/** Sidebar: what it shows on opening. Plain JSON. */
export function sidebarContext(): PaneContext {
  const sheetNames = SpreadsheetApp.getActiveSpreadsheet().getSheets().map((s) => s.getName());
  return { sheetNames, functions: functionList(CATALOGUE) };
}
