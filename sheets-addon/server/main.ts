/**
 * What the generated entry file exposes as Apps Script's global functions: the custom functions
 * (one per catalogue entry) and the server functions of the menu and sidebar. Defining them touches
 * no service. The names are declared once, in ui/server-functions.ts.
 */
import { CATALOGUE } from '../../core';
import type { ServerImplementation } from '../../ui/server-functions';
import { serialFromLocalText } from '../../core/coercion';
import { makeSheetsFunctions, type DateToSerial } from './functions';
import { appendSnapshot, auditFramework, insertPlanSheet, insertSummarySheet, planPortfolio, selectCell, sensitivity } from './insights/server';
import { appendLearningRows, appendMappingRows, learningTargets } from './learning/server';
import {
  auditFrameworkFromMenu, insertSummaryFromMenu, onInstall, onOpen, setUpFrameworkFromMenu, showSidebar, sidebarBuildFramework, sidebarContext,
} from './menu';

/**
 * Dates in the spreadsheet's time zone: read it (custom functions may read the spreadsheet) the first
 * time a call meets a date; if it cannot be read, the core reads the date in the script's zone.
 */
function spreadsheetDates(): DateToSerial {
  let zone: string | null | undefined;
  return (date) => {
    try {
      if (zone === undefined) zone = SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone() || null;
      if (zone === null) return undefined;
      return serialFromLocalText(Utilities.formatDate(date, zone, "yyyy-MM-dd'T'HH:mm:ss.SSS"));
    } catch {
      zone = null;
      return undefined;
    }
  };
}

export const customFunctions = makeSheetsFunctions(CATALOGUE, spreadsheetDates);

/** Exactly the server functions declared in ui/server-functions.ts, with the JSON types the sidebar expects. */
export const server: ServerImplementation = {
  onOpen, onInstall, showSidebar, setUpFrameworkFromMenu, auditFrameworkFromMenu, insertSummaryFromMenu, sidebarBuildFramework, sidebarContext,
  auditFramework, selectCell, insertSummarySheet, planPortfolio, insertPlanSheet, appendSnapshot, sensitivity,
  learningTargets, appendLearningRows, appendMappingRows,
};
