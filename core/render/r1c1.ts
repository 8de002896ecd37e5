/**
 * A formula in R1C1 notation, as seen from the cell that holds it. Two cells of a column whose
 * formulas read the same in R1C1 hold "the same formula filled down": `=IF(K9="","",L9-K9)` in M9 and
 * `=IF(K10="","",L10-K10)` in M10 are both `=IF(RC[-2]="","",RC[-1]-RC[-2])`. That lets a renderer
 * write a whole run of rows with one formula (./fills.ts) instead of one per cell.
 *
 * The scanner converts what the templates write: cells and cell ranges (`$A$1`, `B$2:C9`) and
 * whole columns (`$F:$F`, `F:H`), each with an optional sheet (`'Learning data'!$F:$F`). Anything
 * it does not understand (a structured or external reference `[...]`, a whole-row range `3:5`, a
 * range operator after a function `A1:INDEX(...)`) gives `undefined`: such a cell is written as it is.
 */
import { columnNumber, splitLiterals } from '../templates/a1';

/**
 * One token of formula code, tried in this order: a quoted sheet prefix (kept whole, so nothing in
 * `'A1 plan'!` reads as a cell), a cell or cell range, a column range, a word (function, defined
 * name or sheet prefix: `LOG10`, `Objectives_2`, `Alignment!`), a number (`1E5` is not cell E5), a
 * lone colon (a range this scanner cannot read), an opening bracket, or any other character.
 * A reference followed by a letter, digit, `_`, `.`, `(` or `!` is part of a longer word.
 */
const TOKEN =
  /('(?:[^']|'')+'!)|(\$?)([A-Z]{1,3})(\$?)(\d+)(?::(\$?)([A-Z]{1,3})(\$?)(\d+))?(?![A-Za-z0-9_.(!])|(\$?)([A-Z]{1,3}):(\$?)([A-Z]{1,3})(?![A-Za-z0-9_.(!])|([A-Za-z_\\][A-Za-z0-9_.]*!?)|(\d+(?:\.\d*)?(?:[Ee][+-]?\d+)?)|(:)|(\[)|([\s\S])/g;

/**
 * A word shaped like a cell that the cell pattern did not take: a cell in lower case (`a1`), which
 * Excel reads as a cell, so it cannot pass unchanged. Before `(` it is a function (`LOG10`).
 */
const CELL_LIKE = /^[A-Za-z]{1,3}\d+$/;

function rowPart(absolute: string, row: number, from: number): string {
  if (absolute) return `R${row}`;
  return row === from ? 'R' : `R[${row - from}]`;
}

function columnPart(absolute: string, column: number, from: number): string {
  if (absolute) return `C${column}`;
  return column === from ? 'C' : `C[${column - from}]`;
}

/**
 * `formula` (A1 notation, with its `=`) as it reads in R1C1 from the cell at 1-based `row`, `column`;
 * `undefined` when it holds a reference the scanner does not convert (see the file comment).
 */
export function toR1C1(formula: string, row: number, column: number): string | undefined {
  let out = '';
  for (const segment of splitLiterals(formula)) {
    if (segment.literal) {
      out += segment.text;
      continue;
    }
    TOKEN.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = TOKEN.exec(segment.text)) !== null) {
      if (m[5] !== undefined) {
        const start = rowPart(m[4], Number(m[5]), row).concat(columnPart(m[2], columnNumber(m[3]), column));
        out += m[9] === undefined ? start : `${start}:${rowPart(m[8], Number(m[9]), row)}${columnPart(m[6], columnNumber(m[7]), column)}`;
      } else if (m[11] !== undefined) {
        const first = columnPart(m[10], columnNumber(m[11]), column);
        const last = columnPart(m[12], columnNumber(m[13]), column);
        out += first === last ? first : `${first}:${last}`;
      } else if (m[16] !== undefined || m[17] !== undefined || (m[14] !== undefined && CELL_LIKE.test(m[14]) && segment.text[TOKEN.lastIndex] !== '(')) {
        return undefined;
      } else {
        out += m[0];
      }
    }
  }
  return out;
}
