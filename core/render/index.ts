/** The render plan: one write plan for every renderer (Excel, Google Sheets, `.xlsx`). */
export { renderPlan, enteredCell, enteredGrid, planCounts } from './plan';
export type { PlannedCell, PlannedName, PlannedSheet, RenderPlan, Renamed, StyleLook, TakenNames, EnteredValue } from './plan';
export { rectanglesByKey, runs, type Run } from './rectangles';

