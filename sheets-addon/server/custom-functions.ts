/**
 * The custom functions Code.js exposes, one per catalogue entry: the core and the Sheets conversion,
 * nothing of the menu, sidebar, templates or insights. The generated entry requires this module on the
 * first custom-function call (scripts/sheets-entry.ts), so a recalculation never loads the server code.
 * Defining them touches no service.
 */
import { CATALOGUE } from '../../core/catalogue';
import { serialFromLocalText } from '../../core/coercion';
import { makeSheetsFunctions, type DateToSerial } from './functions';

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
