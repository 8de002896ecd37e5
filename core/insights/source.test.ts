/**
 * The ready-made workbook sources: over values in memory, over a template spec, over a render plan
 * (what a host's freshly built workbook holds before it computes). Small hand-made inputs, so each
 * expected grid is read off the input.
 */
import type { RenderPlan } from '../render/plan';
import type { WorkbookSpec } from '../templates/types';
import { gridSource, planSource, specSource, specValues } from './source';

describe('gridSource', () => {
  test('names its sheets and gives each one’s rows; an unknown sheet is empty', () => {
    const source = gridSource({ ROI: [[1, 'a'], [null]], Notes: [] });
    expect(source.sheetNames()).toEqual(['ROI', 'Notes']);
    expect(source.values('ROI')).toEqual([[1, 'a'], [null]]);
    expect(source.values('Elsewhere')).toEqual([]);
  });

  test('gives copies: a reader that changes its rows changes nothing for the next', () => {
    const rows = [[1, 2]];
    const source = gridSource({ ROI: rows });
    const first = source.values('ROI');
    first[0][0] = 99;
    first.push([3]);
    expect(source.values('ROI')).toEqual([[1, 2]]);
    expect(rows).toEqual([[1, 2]]);
  });
});

describe('specValues and specSource', () => {
  test('constants as they are, formula and empty cells blank (nothing computed yet)', () => {
    const spec = { sheets: [{ name: 'ROI', cells: [[{ value: 'Initiative' }, { formula: '=1+1' }, null], [{ value: 5 }, { value: undefined }, { value: true }]] }] };
    const values = specValues(spec as unknown as WorkbookSpec);
    expect(values).toEqual({ ROI: [['Initiative', null, null], [5, null, true]] });
    expect(specSource(spec as unknown as WorkbookSpec).values('ROI')).toEqual(values.ROI);
  });
});

describe('planSource', () => {
  const plan = (): Pick<RenderPlan, 'sheets' | 'names'> => ({
    sheets: [{
      name: 'ROI (2)',
      cells: [
        [{ kind: 'text', text: '=not a formula', entered: "'=not a formula" }, { kind: 'formula', formula: 'SUM(A2:A3)' }, null],
        [{ kind: 'number', value: 0 }, { kind: 'boolean', value: false }, { kind: 'text', text: 'Yes', entered: 'Yes' }],
      ],
    }] as unknown as RenderPlan['sheets'],
    names: [{ name: 'TotalInvestment', ref: 'Dashboard!$C$5', comment: '', kind: 'template' }, { name: 'LDF_ROI_1', ref: "'ROI (2)'!$A$1", comment: '', kind: 'marker' }],
  });

  test('text as the text (not as entered), numbers and booleans as they are, formulas and empty cells blank', () => {
    expect(planSource(plan()).values('ROI (2)')).toEqual([['=not a formula', null, null], [0, false, 'Yes']]);
  });

  test('keeps the person’s other sheets beside the plan’s, as copies', () => {
    const mine = [['kept', 1]];
    const source = planSource(plan(), { 'My notes': mine });
    expect(source.sheetNames()).toEqual(['My notes', 'ROI (2)']);
    expect(source.values('My notes')).toEqual([['kept', 1]]);
    mine[0][0] = 'changed';
    expect(source.values('My notes')).toEqual([['kept', 1]]);
  });

  test('carries the plan’s defined names, the markers among them', () => {
    expect(planSource(plan()).definedNames!()).toEqual([
      { name: 'TotalInvestment', reference: 'Dashboard!$C$5' },
      { name: 'LDF_ROI_1', reference: "'ROI (2)'!$A$1" },
    ]);
  });
});
