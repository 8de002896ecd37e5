/**
 * What the host can do, asked at run time (`Office.context.requirements.isSetSupported`), so the
 * builder leaves out what an older Excel lacks and says so instead of failing.
 */
import type { PlannedSheet, RenderPlan } from '../../core/render';

/** The optional parts of a framework build, each with the ExcelApi version it needs. */
export const FEATURES = {
  columnWidths: { version: '1.2', label: 'column widths, row heights, hidden helper columns and merged cells' },
  definedNames: { version: '1.4', label: 'defined names (TotalInvestment, PortfolioROI, …)' },
  conditionalFormats: { version: '1.6', label: 'conditional formats' },
  freezePanes: { version: '1.7', label: 'frozen header rows' },
  tabColors: { version: '1.7', label: 'sheet tab colours' },
  charts: { version: '1.7', label: 'Dashboard charts' },
  dataValidation: { version: '1.8', label: 'dropdowns and input checks (data validation)' },
  pageLayout: { version: '1.9', label: 'print setup (orientation, fit to one page wide, print titles and area, footer, page breaks)' },
  notes: { version: '1.18', label: 'cell notes' },
} as const;

export type Feature = keyof typeof FEATURES;
export type Capabilities = Readonly<Record<Feature, boolean>>;

/** The minimum the builder needs at all: tables, ranges, formats (ExcelApi 1.1 is every Excel 2016+). */
export const MINIMUM_EXCEL_API = '1.1';

export type IsSetSupported = (name: string, version: string) => boolean;

export function detectCapabilities(isSetSupported: IsSetSupported): Capabilities {
  const result = {} as Record<Feature, boolean>;
  for (const feature of Object.keys(FEATURES) as Feature[]) {
    result[feature] = safe(() => isSetSupported('ExcelApi', FEATURES[feature].version));
  }
  return result;
}

/** ExcelApi 1.2 takes a formula in R1C1 (`Range.formulasR1C1`): runs of one formula are written as one fill. */
export function canFillFormulas(isSetSupported: IsSetSupported): boolean {
  return safe(() => isSetSupported('ExcelApi', '1.2'));
}

function safe(ask: () => boolean): boolean {
  try {
    return ask() === true;
  } catch {
    return false;
  }
}

/** Every capability present: what tests and the `.xlsx`-like full build assume. */
export const ALL_CAPABILITIES: Capabilities = Object.fromEntries(Object.keys(FEATURES).map((f) => [f, true])) as Capabilities;

/** A sentence per missing feature, for the pane. */
export function missingFeatureNotes(capabilities: Capabilities): string[] {
  return (Object.keys(FEATURES) as Feature[])
    .filter((feature) => !capabilities[feature])
    .map((feature) => `Left out ${FEATURES[feature].label}: this Excel does not support ExcelApi ${FEATURES[feature].version}.`);
}

/** The plan without what this Excel lacks (the only change a host makes to a render plan). */
export function forCapabilities(plan: RenderPlan, capabilities: Capabilities): RenderPlan {
  const sheet = (s: PlannedSheet): PlannedSheet => ({
    ...s,
    tabColor: capabilities.tabColors ? s.tabColor : '',
    columnWidths: capabilities.columnWidths ? s.columnWidths : [],
    rowHeights: capabilities.columnWidths ? s.rowHeights : [],
    hiddenColumns: capabilities.columnWidths ? s.hiddenColumns : [],
    hiddenRows: capabilities.columnWidths ? s.hiddenRows : [],
    merges: capabilities.columnWidths ? s.merges : [],
    frozenRows: capabilities.freezePanes ? s.frozenRows : 0,
    frozenColumns: capabilities.freezePanes ? s.frozenColumns : 0,
    validations: capabilities.dataValidation ? s.validations : [],
    conditionalFormats: capabilities.conditionalFormats ? s.conditionalFormats : [],
    charts: capabilities.charts ? s.charts : [],
    notes: capabilities.notes ? s.notes : [],
    print: capabilities.pageLayout ? s.print : undefined,
  });
  return { ...plan, sheets: plan.sheets.map(sheet), names: capabilities.definedNames ? plan.names : [] };
}
