/** The model's one helper: splitting a `Sheet!A1` reference as findings and snapshots carry them. */
import { splitCell } from './model';

describe('splitCell', () => {
  test('splits at the last "!", so a sheet name may hold one', () => {
    expect(splitCell('ROI!D9')).toEqual({ sheet: 'ROI', address: 'D9' });
    expect(splitCell('Q1! plan!B7')).toEqual({ sheet: 'Q1! plan', address: 'B7' });
  });

  test('no sheet: the whole text is the address; a leading "!" names an empty sheet', () => {
    expect(splitCell('D9')).toEqual({ sheet: '', address: 'D9' });
    expect(splitCell('!D9')).toEqual({ sheet: '', address: 'D9' });
    expect(splitCell('')).toEqual({ sheet: '', address: '' });
  });
});
