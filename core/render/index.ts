/** The render plan: one write plan for every renderer (Excel, Google Sheets, `.xlsx`). */
export { renderPlan, enteredCell, enteredGrid, planCounts, plannedValidation } from './plan';
export type { PlannedCell, PlannedName, PlannedSheet, PlannedValidation, RenderPlan, Renamed, StyleLook, TakenNames, EnteredValue, ValidationOperator } from './plan';
export { FOOTER, estimatedPages, fittedRowHeights, formulaTextLength, printSetup, wrappedLines, type PrintSetup } from './print';
export { rectanglesByKey, runs, type Run } from './rectangles';

export { BYTES_PER_SYNC, MIN_FILL_ROWS, sheetWrites, writeGroups, type CellBlock, type FormulaFill, type SheetWrites } from './fills';
export { toR1C1 } from './r1c1';
