/**
 * The part of SpreadsheetApp the insights server functions use, as structural types: the real
 * services satisfy them (server/insights/server.ts assigns `SpreadsheetApp` to {@link InsightsAppLike}), and
 * the tests' in-memory fake implements them and counts every call.
 */
import type { RangeListLike } from '../builder/host';

export interface InsightsRangeLike {
  getValues(): unknown[][];
  setValues(values: unknown[][]): unknown;
  activate(): unknown;
}

export interface InsightsSheetLike {
  getName(): string;
  getDataRange(): InsightsRangeLike;
  getRange(a1Notation: string): InsightsRangeLike;
  getRangeList(a1Notations: string[]): RangeListLike;
  setColumnWidth(columnPosition: number, width: number): unknown;
  activate(): unknown;
}

/** A named range (`Spreadsheet.getNamedRanges()`): the framework's markers are named ranges. */
export interface InsightsNamedRangeLike {
  getName(): string;
  getRange(): { getSheet(): { getName(): string }; getA1Notation(): string };
}

export interface InsightsSpreadsheetLike {
  getSheets(): InsightsSheetLike[];
  getNamedRanges(): InsightsNamedRangeLike[];
  getSheetByName(name: string): InsightsSheetLike | null;
  insertSheet(sheetName: string, sheetIndex: number): InsightsSheetLike;
  getSpreadsheetTimeZone(): string;
}

export interface InsightsAppLike {
  getActiveSpreadsheet(): InsightsSpreadsheetLike;
}
