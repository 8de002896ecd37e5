/**
 * renameSheets (./rename.ts) on a small hand-made spec: every kind of reference follows a renamed
 * sheet. test/templates/spec.test.ts checks the same on the real templates.
 */
import type { WorkbookSpec } from './types';
import { isValidSheetName, nameKey, numbered, planIdentifiers, planSheetNames, renameIdentifiers, renameSheets } from './rename';

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

describe('renameSheets, refusals and the rest of the spec', () => {
  test('no rename, or a sheet renamed to its own name: the same spec back', () => {
    expect(renameSheets(spec, {})).toBe(spec);
    expect(renameSheets(spec, { Strategy: 'Strategy', Alignment: undefined })).toBe(spec);
  });

  test('an unknown part, an invalid name or two sheets on one name is refused', () => {
    expect(() => renameSheets(spec, { ROI: 'Returns' })).toThrow('renameSheets: there is no sheet ROI');
    expect(() => renameSheets(spec, { Strategy: 'a/b' })).toThrow('renameSheets: "a/b" is not a valid sheet name');
    expect(() => renameSheets(spec, { Strategy: 'alignment' })).toThrow('renameSheets: the new names clash: alignment, Alignment');
  });

  test('references match sheet names without regard to case; the canonical name is kept', () => {
    const lower: WorkbookSpec = { ...spec, sheets: [spec.sheets[0], { ...spec.sheets[1], cells: [[{ formula: '=strategy!A1+STRATEGY!A2+Other!A3' }]] }] };
    const renamed = renameSheets(lower, { Strategy: 'Goals' });
    expect(renamed.sheets[1].cells[0][0]?.formula).toBe('=Goals!A1+Goals!A2+Other!A3');
    expect(renamed.sheets.map((s) => s.canonicalName)).toEqual(['Strategy', 'Alignment']);
    // Renamed again, the sheet is still found by its canonical name.
    expect(renameSheets(renamed, { Strategy: 'Aims' }).sheets[0].name).toBe('Aims');
  });

  test('conditional formats, tables and charts follow; same-sheet ranges, other sheets and text are left as they are', () => {
    const full: WorkbookSpec = {
      ...spec,
      sheets: [spec.sheets[0], {
        ...spec.sheets[1],
        cells: [[{ value: 'Strategy!A1' }, null, { formula: '="Strategy!A1"&Strategy!A1' }]],
        validations: [
          { range: 'B2:B9', type: 'list', source: 'B2:B9', errorMessage: '' },
          { range: 'C2:C9', type: 'list', source: 'Elsewhere!A1:A3', errorMessage: '' },
          { range: 'D2:D9', type: 'whole', min: 0, max: 3, errorMessage: '' } as never,
          { range: 'E2:E9', type: 'list', source: 'not a range', errorMessage: '' },
        ],
        conditionalFormats: [{ range: 'A1:A9', formula: '=Strategy!$A1=""' } as never],
        tables: [{ name: 'T', range: 'Strategy!A1:B9' } as never, { name: 'U', range: 'A1:B9' } as never],
        charts: [{ categories: "'Strategy'!A2:A9", series: [{ name: 's', values: 'Strategy!B2:B9' }, { name: 't', values: 'C2:C9' }] } as never],
      }],
    };
    const out = renameSheets(full, { Strategy: 'Goals 2025' }).sheets[1];
    expect(out.cells[0]).toEqual([{ value: 'Strategy!A1' }, null, { formula: `="Strategy!A1"&'Goals 2025'!A1` }]);
    expect(out.validations.map((v) => (v as { source?: string }).source)).toEqual(['B2:B9', 'Elsewhere!A1:A3', undefined, 'not a range']);
    expect(out.conditionalFormats[0].formula).toBe(`='Goals 2025'!$A1=""`);
    expect(out.tables.map((t) => t.range)).toEqual(["'Goals 2025'!A1:B9", 'A1:B9']);
    expect(out.charts[0].categories).toBe("'Goals 2025'!A2:A9");
    expect(out.charts[0].series.map((s) => s.values)).toEqual(["'Goals 2025'!B2:B9", 'C2:C9']);
  });
});

describe('sheet names', () => {
  test('isValidSheetName: 1–31 characters, none of \\ / ? * [ ] :, no apostrophe at either end, never History', () => {
    expect(['Strategy', 'x', 'a'.repeat(31), "O'Brien", 'History log', 'Plan (2)'].map(isValidSheetName)).toEqual([true, true, true, true, true, true]);
    expect(['', '   ', 'a'.repeat(32), 'a\\b', 'a/b', 'a?', 'a*', '[a', 'a]', 'a:b', "'a", "a'", 'History', 'HISTORY'].map(isValidSheetName))
      .toEqual(Array(14).fill(false));
  });

  test('numbered shortens the base so the whole stays within 31 characters, without a trailing space', () => {
    expect(numbered('Strategy', 2)).toBe('Strategy (2)');
    expect(numbered('a'.repeat(31), 2)).toBe(`${'a'.repeat(27)} (2)`);
    expect(numbered(`${'a'.repeat(26)} bcdef`, 12)).toBe(`${'a'.repeat(26)} (12)`); // cut at the space, which goes
    expect(numbered('x', 10).length).toBe(6);
  });

  test('planSheetNames: a free name kept, a taken one (any case) the lowest free (n), each name taken once', () => {
    const plan = planSheetNames(['strategy', 'Strategy (2)', 'ROI'], ['Guide', 'Strategy', 'Roi', 'Strategy']);
    expect([...plan.mapping]).toEqual([['Guide', 'Guide'], ['Strategy', 'Strategy (4)'], ['Roi', 'Roi (2)']]);
    // (The second "Strategy" took (4): the first took (3) and the map keeps the last.)
    expect(plan.renamed).toEqual([{ from: 'Strategy', to: 'Strategy (3)' }, { from: 'Roi', to: 'Roi (2)' }, { from: 'Strategy', to: 'Strategy (4)' }]);
    expect(planSheetNames([], ['A']).renamed).toEqual([]);
  });

  test('planIdentifiers: Objectives → Objectives_2, _3 …; nameKey compares without case', () => {
    expect(planIdentifiers(['OBJECTIVES', 'objectives_2'], ['Objectives']).mapping.get('Objectives')).toBe('Objectives_3');
    expect(nameKey('Straße')).toBe('STRASSE');
    expect(nameKey('roi')).toBe('ROI');
  });
});

describe('renameIdentifiers', () => {
  const renames = new Map([['TOTALINVESTMENT', 'TotalInvestment_2'], ['OBJECTIVES', 'Objectives_2']]);

  test('whole words in code, any case; never in strings, quoted sheet names, sheet prefixes or after a sheet', () => {
    expect(renameIdentifiers('=TotalInvestment*2+SUM(objectives)', renames)).toBe('=TotalInvestment_2*2+SUM(Objectives_2)');
    expect(renameIdentifiers('="TotalInvestment"&TotalInvestments', renames)).toBe('="TotalInvestment"&TotalInvestments');
    expect(renameIdentifiers("='Objectives'!A1+Objectives!A1+Sheet!Objectives+$Objectives", renames)).toBe("='Objectives'!A1+Objectives!A1+Sheet!Objectives+$Objectives");
    expect(renameIdentifiers('=Objectives', new Map())).toBe('=Objectives');
  });
});
