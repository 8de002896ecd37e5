/**
 * Grouping cells for batched writes (./rectangles.ts): every renderer applies a number format or a style
 * once per rectangle, so the rectangles must cover exactly the cells with that key, no more, no fewer,
 * and stay few however many rows a table has. Expected ranges are worked out by hand from the grids.
 */
import { rectanglesByKey, runs } from './rectangles';

type Grid = readonly (readonly (string | undefined)[])[];

const rectangles = (grid: Grid) => [...rectanglesByKey(grid.length, Math.max(0, ...grid.map((r) => r.length)), (r, c) => grid[r][c])];

describe('rectanglesByKey', () => {
  test('the documented example: a header row and an input column', () => {
    const map = rectanglesByKey(3, 2, (r, c) => (r === 0 ? 'header' : c === 0 ? 'input' : undefined));
    expect([...map]).toEqual([['header', ['A1:B1']], ['input', ['A2:A3']]]);
  });

  test('a key repeated down 200 rows is one rectangle; a key on every cell is one rectangle of the whole block', () => {
    const grid = [['header', 'header', undefined], ...Array.from({ length: 200 }, () => ['input', 'input', 'calc'])];
    expect(rectangles(grid)).toEqual([['header', ['A1:B1']], ['input', ['A2:B201']], ['calc', ['C2:C201']]]);
    expect([...rectanglesByKey(4, 3, () => 'input')]).toEqual([['input', ['A1:C4']]]);
  });

  test('a single cell is written as one address, not a range', () => {
    expect(rectangles([[undefined, undefined], [undefined, 'total']])).toEqual([['total', ['B2']]]);
  });

  test('alternating keys: one rectangle per cell, every cell covered once', () => {
    expect(rectangles([['x', 'y'], ['y', 'x']])).toEqual([['x', ['A1', 'B2']], ['y', ['B1', 'A2']]]);
  });

  test('rows are joined only over the same columns and only when consecutive', () => {
    // Row 2 is wider than row 1: two rectangles. Row 4 repeats row 1 after a gap: not joined to it.
    expect(rectangles([['x', 'x', undefined], ['x', 'x', 'x'], [undefined, undefined, undefined], ['x', 'x', undefined]]))
      .toEqual([['x', ['A1:B1', 'A2:C2', 'A4:B4']]]);
    // The same columns under another key in between: three rectangles, not one.
    expect(rectangles([['x'], ['y'], ['x']])).toEqual([['x', ['A1', 'A3']], ['y', ['A2']]]);
  });

  test('a run stops where its key changes within a row, and starts again after a blank', () => {
    expect(rectangles([['a', 'a', 'b', undefined, 'a']])).toEqual([['a', ['A1:B1', 'E1']], ['b', ['C1']]]);
  });

  test('keys come in first-seen (reading) order, even when a later key’s rectangle ends first', () => {
    expect(rectangles([['long', undefined], ['long', 'short'], ['long', undefined]])).toEqual([['long', ['A1:A3']], ['short', ['B2']]]);
  });

  test('two runs of one key side by side in a row stay separate rectangles down the rows', () => {
    expect(rectangles([['k', undefined, 'k'], ['k', undefined, 'k']])).toEqual([['k', ['A1:A2', 'C1:C2']]]);
  });

  test('nothing to group: no rows, no columns, or no keys', () => {
    expect(rectanglesByKey(0, 5, () => 'x').size).toBe(0);
    expect(rectanglesByKey(5, 0, () => 'x').size).toBe(0);
    expect(rectanglesByKey(3, 3, () => undefined).size).toBe(0);
  });

  test('keyAt is only asked about cells inside the block', () => {
    const asked: string[] = [];
    rectanglesByKey(2, 3, (r, c) => {
      asked.push(`${r},${c}`);
      if (r < 0 || r >= 2 || c < 0 || c >= 3) throw new Error(`asked about ${r},${c}`);
      return 'x';
    });
    expect(new Set(asked)).toEqual(new Set(['0,0', '0,1', '0,2', '1,0', '1,1', '1,2']));
  });
});

describe('runs', () => {
  test('positions as runs of consecutive ones, in order, duplicates once', () => {
    expect(runs([9, 3, 4, 4])).toEqual([{ start: 3, count: 2 }, { start: 9, count: 1 }]);
    expect(runs([5, 6, 7])).toEqual([{ start: 5, count: 3 }]);
    expect(runs([])).toEqual([]);
  });

  test('sorted as numbers, not as text (10 after 9)', () => {
    expect(runs([10, 2, 9])).toEqual([{ start: 2, count: 1 }, { start: 9, count: 2 }]);
  });

  test('a gap of one position splits a run', () => {
    expect(runs([1, 3])).toEqual([{ start: 1, count: 1 }, { start: 3, count: 1 }]);
  });

  test('the caller’s list is left as it was', () => {
    const positions = [4, 2, 3];
    runs(positions);
    expect(positions).toEqual([4, 2, 3]);
  });
});
