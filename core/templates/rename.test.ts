/**
 * renameSheets (./rename.ts) on a small hand-made spec: every kind of reference follows a renamed
 * sheet. test/templates/spec.test.ts checks the same on the real templates.
 */
import type { WorkbookSpec } from './types';
import { renameSheets } from './rename';

const spec: WorkbookSpec = {
  dataset: 'empty',
  sheets: [
    { name: 'Strategy', purpose: 'Objectives.', tabColor: '#1F6FB2', frozenRows: 0, frozenColumns: 0, columnWidths: [], cells: [[{ value: 'Objective' }]], validations: [], conditionalFormats: [], tables: [], charts: [] },
    {
      name: 'Alignment', purpose: 'Initiatives.', tabColor: '#1F6FB2', frozenRows: 0, frozenColumns: 0, columnWidths: [],
      cells: [[{ formula: '=COUNTA(Strategy!$A$2:$A$9)' }]],
      validations: [{ range: 'B2:B9', type: 'list', source: '=Strategy!$A$2:$A$9', errorMessage: 'Pick one.' }],
      conditionalFormats: [], tables: [], charts: [],
    },
  ],
  names: [
    { name: 'Objectives', ref: 'Strategy!$A$2:$A$9', comment: '' },
    { name: 'FirstObjective', ref: '=Strategy!$A$2', comment: 'written as a formula, with its =' },
    { name: 'Elsewhere', ref: '=Alignment!$A$1', comment: '' },
  ],
};

describe('renameSheets', () => {
  test('formulas, list sources and defined names follow the new name, with or without a leading =', () => {
    const renamed = renameSheets(spec, { Strategy: 'Strategy (2)' });
    expect(renamed.sheets.map((s) => s.name)).toEqual(['Strategy (2)', 'Alignment']);
    expect(renamed.sheets[1].cells[0][0]?.formula).toBe("=COUNTA('Strategy (2)'!$A$2:$A$9)");
    expect(renamed.sheets[1].validations[0]).toMatchObject({ source: "='Strategy (2)'!$A$2:$A$9" });
    expect(renamed.names.map((n) => n.ref)).toEqual(["'Strategy (2)'!$A$2:$A$9", "='Strategy (2)'!$A$2", '=Alignment!$A$1']);
  });
});
