/**
 * Findings as the audit builds and orders them: the id that stays the same for the same fault in the
 * same place, the rule's severity unless a check says otherwise, and one order every time (errors
 * first, then the framework's sheets in workbook order, then row, column and id).
 */
import { countBySeverity, finding, sortFindings, type Finding } from './findings';

describe('finding', () => {
  it('takes the sheet and cell from the reference, and the severity from its rule', () => {
    expect(finding('invalid-value', 'ROI!D9', 'T', 'E', 'A')).toEqual({
      id: 'invalid-value@ROI!D9', rule: 'invalid-value', severity: 'error', title: 'T', explanation: 'E', action: 'A', sheet: 'ROI', cell: 'D9',
    });
    expect(finding('initiative-weakly-linked', 'Alignment!H9', 'T', 'E', 'A').severity).toBe('warning');
    expect(finding('not-evaluated', 'Alignment!A9', 'T', 'E', 'A').severity).toBe('info');
  });

  it('lets a check change the severity, and tells apart several findings of a rule on one cell by their subject', () => {
    // References are written unquoted (Sheet name!A1), as the reader builds them.
    const f = finding('out-of-range', 'History log!B7', 'T', 'E', 'A', { severity: 'warning', subject: 'objective3' });
    expect([f.id, f.severity, f.sheet, f.cell]).toEqual(['out-of-range@History log!B7#objective3', 'warning', 'History log', 'B7']);
  });
});

describe('sortFindings', () => {
  const f = (severity: Finding['severity'], sheet: string, cell: string, id = `${sheet}!${cell}`): Finding =>
    ({ id, rule: 'invalid-value', severity, title: '', explanation: '', action: '', sheet, cell });

  it('puts errors first, then warnings, then notes', () => {
    const sorted = sortFindings([f('info', 'Strategy', 'A6'), f('warning', 'Strategy', 'A6', 'w'), f('error', 'Measures', 'A9')]);
    expect(sorted.map((x) => x.severity)).toEqual(['error', 'warning', 'info']);
  });

  it('orders sheets as the workbook does, whatever they are called, and sheets it does not know last', () => {
    const names = { Strategy: 'Goals', Alignment: 'Alignment', History: 'History log' };
    const sorted = sortFindings([f('error', 'Notes', 'A1'), f('error', 'History log', 'A6'), f('error', 'Partners', 'A6'), f('error', 'Goals', 'A6'), f('error', 'Alignment', 'A9')], names);
    expect(sorted.map((x) => x.sheet)).toEqual(['Goals', 'Alignment', 'Partners', 'History log', 'Notes']);
  });

  it('orders by row before column, a whole-sheet finding first, then by id', () => {
    const sorted = sortFindings([f('error', 'ROI', 'B10'), f('error', 'ROI', 'J9'), f('error', 'ROI', 'D9'), f('error', 'ROI', ''), f('error', 'ROI', 'D9', 'a')]);
    expect(sorted.map((x) => `${x.cell}:${x.id}`)).toEqual([':ROI!', 'D9:ROI!D9', 'D9:a', 'J9:ROI!J9', 'B10:ROI!B10']);
  });

  it('does not change the list it is given, and gives the same order for any order in', () => {
    const input = [f('warning', 'Impact', 'C9'), f('error', 'Impact', 'C9', 'x'), f('error', 'Strategy', 'C6')];
    const copy = input.slice();
    const once = sortFindings(input);
    expect(input).toEqual(copy);
    expect(sortFindings([...input].reverse())).toEqual(once);
    expect(once.map((x) => x.id)).toEqual(['Strategy!C6', 'x', 'Impact!C9']);
  });

  it('breaks a tie on one cell by id, whatever the order in, for a few findings and for hundreds', () => {
    const ids = ['a', 'b', 'c'];
    const permutations = [[0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]];
    for (const p of permutations) expect(sortFindings(p.map((i) => f('error', 'ROI', 'D9', ids[i]))).map((x) => x.id)).toEqual(ids);
    // Past 64 findings the engine's sort merges runs instead of inserting one by one.
    const many = Array.from({ length: 300 }, (_, i) => `id${String(i).padStart(3, '0')}`);
    const shuffled = many.map((id, i) => ({ id, key: (i * 7919) % 300 })).sort((x, y) => x.key - y.key).map((x) => f('warning', 'Impact', 'C9', x.id));
    expect(sortFindings(shuffled).map((x) => x.id)).toEqual(many);
    expect(sortFindings([...many].reverse().map((id) => f('warning', 'Impact', 'C9', id))).map((x) => x.id)).toEqual(many);
  });

  it('a whole-sheet finding comes before row 1 of its sheet', () => {
    const sorted = sortFindings([f('error', 'ROI', 'A1', 'b'), f('error', 'ROI', 'B1', 'c'), f('error', 'ROI', '', 'z'), f('error', 'ROI', 'A2', 'a')]);
    expect(sorted.map((x) => x.id)).toEqual(['z', 'b', 'c', 'a']);
    expect(sortFindings([f('error', 'ROI', 'A1', 'b'), f('error', 'ROI', '', 'z')]).map((x) => x.id)).toEqual(['z', 'b']);
  });
});

it('counts findings by severity, with 0 for none', () => {
  const one = (severity: Finding['severity']) => ({ severity }) as Finding;
  expect(countBySeverity([one('error'), one('warning'), one('error')])).toEqual({ error: 2, warning: 1, info: 0 });
  expect(countBySeverity([])).toEqual({ error: 0, warning: 0, info: 0 });
});
