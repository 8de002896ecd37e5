/** `medianWithout`: the median of the others, from one sorted list, equals sorting the others each time. */
import fc from 'fast-check';
import { medianWithout } from './phillips';

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

test('equals the median of the list with that one value removed, for every value, duplicates included', () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 2, maxLength: 30 }), (values) => {
      const sorted = [...values].sort((a, b) => a - b);
      return values.every((v, k) => medianWithout(sorted, v) === median(values.filter((_, j) => j !== k)));
    }),
  );
});

test.each([
  [[1, 2, 3, 100], 100, 2],
  [[1, 2, 3, 100], 1, 3],
  [[1, 2, 3, 4, 5], 3, 3],
  [[1, 2, 3, 4, 5], 1, 3.5],
  [[5, 5, 5, 40], 40, 5],
])('medianWithout(%j, %d) = %d', (sorted, value, expected) => {
  expect(medianWithout(sorted, value)).toBe(expected);
});
