/**
 * A1 → R1C1 (./r1c1.ts). Expected values are worked out by hand from Excel's R1C1 notation: `R5C3`
 * is row 5, column 3; `R[-1]C` is one row up in the same column; `C6` alone is column F whole.
 * The builder's tests read every fill back through the Excel fake's own R1C1 → A1 conversion
 * (excel-addin/test/fake-excel.ts), written apart from this scanner.
 */
import { toR1C1 } from './r1c1';

describe('toR1C1', () => {
  test.each([
    ['relative cells in the same row', '=IF(OR(K9="",L9=""),"",L9-K9)', 9, 13, '=IF(OR(RC[-2]="",RC[-1]=""),"",RC[-1]-RC[-2])'],
    ['an absolute range and a relative cell', '=IFERROR(C22/SUM($C$3:$C$22),"")', 22, 4, '=IFERROR(RC[-1]/SUM(R3C3:R22C3),"")'],
    ['mixed references: column or row fixed', '=$A9+B$3', 9, 2, '=RC1+R3C'],
    ['a range from a fixed corner to the row above', '=IF(L6="Gap",COUNTIF($G$6:L6,"Gap"),"")', 7, 12, '=IF(R[-1]C="Gap",COUNTIF(R6C7:R[-1]C,"Gap"),"")'],
    ['whole columns on a quoted sheet, fixed and relative', "=COUNTIFS('Learning data'!$F:$F,$AR8,'Learning data'!G:H,1)", 8, 39, "=COUNTIFS('Learning data'!C6,RC44,'Learning data'!C[-32]:C[-31],1)"],
    ['a sheet prefix is kept, its cells converted', '=INDEX(Measures!$H$8:$H$67,$N9)', 9, 5, '=INDEX(Measures!R8C8:R67C8,RC14)'],
    ['string literals are text, not cells', '="A1 ""B2"""&B2', 3, 3, '="A1 ""B2"""&R[-1]C[-1]'],
    ['function names, numbers and defined names are not cells', '=LOG10(A1)*1E5+Objectives_2+TotalWeight', 2, 2, '=LOG10(R[-1]C[-1])*1E5+Objectives_2+TotalWeight'],
    ['a quoted sheet name that looks like a cell stays a name', "='A1 plan'!B2+'Q3'!$C$4", 2, 2, "='A1 plan'!RC+'Q3'!R4C3"],
    ['a cell in the last column Excel has', '=XFD1048576', 1, 1, '=R[1048575]C[16383]'],
    ['a formula without references', '=1+2', 5, 5, '=1+2'],
  ])('%s: %s at row %i, column %i', (_what, formula, row, column, expected) => {
    expect(toR1C1(formula, row, column)).toBe(expected);
  });

  test.each([
    ['a structured reference', '=SUM(Objectives[Weight])'],
    ['a whole-row range', '=SUM(3:5)'],
    ['a range ended by a function', '=SUM(A1:INDEX(B:B,3))'],
    ['a cell written in lower case', '=a1+1'],
  ])('%s is not converted (the cell is written as it is): %s', (_what, formula) => {
    expect(toR1C1(formula, 1, 1)).toBeUndefined();
  });

  test('the same formula filled down reads the same on every row, a different one does not', () => {
    const rows = [9, 10, 500].map((r) => toR1C1(`=IF(OR(K${r}="",L${r}=""),"",IF(K${r}=0,"",(L${r}-K${r})/K${r}))`, r, 15));
    expect(new Set(rows).size).toBe(1);
    expect(toR1C1('=L10-K9', 10, 13)).not.toBe(toR1C1('=L10-K10', 10, 13));
  });
});
