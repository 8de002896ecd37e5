/**
 * Grouping cells for batched writes: cells that share a key (a number format, a style) as few A1
 * rectangles as possible, and 1-based positions as runs. Their number depends on the sheet's shape,
 * never on its rows: a style repeated down 200 initiative rows is one rectangle.
 */
import { rangeAddress } from '../templates/a1';

/**
 * Cells with the same key as rectangles, without search: runs along each row, then runs over the same
 * columns in consecutive rows joined. `keyAt` takes 0-based row and column; the result maps each key,
 * in first-seen order, to its A1 rectangles.
 *
 * ```ts
 * rectanglesByKey(3, 2, (r, c) => (r === 0 ? 'header' : c === 0 ? 'input' : undefined))
 * // Map { 'header' => ['A1:B1'], 'input' => ['A2:A3'] }
 * ```
 */
export function rectanglesByKey<K extends string>(rows: number, columns: number, keyAt: (r: number, c: number) => K | undefined): Map<K, string[]> {
  interface Open { row0: number; row1: number; c0: number; c1: number; key: K }
  const out = new Map<K, string[]>();
  const close = (o: Open) => out.get(o.key)!.push(rangeAddress(o.row0 + 1, o.c0 + 1, o.row1 + 1, o.c1 + 1));
  let open = new Map<string, Open>();
  for (let r = 0; r < rows; r++) {
    const next = new Map<string, Open>();
    let c = 0;
    while (c < columns) {
      const key = keyAt(r, c);
      if (key === undefined) { c++; continue; }
      let end = c;
      while (end + 1 < columns && keyAt(r, end + 1) === key) end++;
      const runKey = `${c}:${end}:${key}`;
      const previous = open.get(runKey);
      if (previous) {
        previous.row1 = r;
        next.set(runKey, previous);
        open.delete(runKey);
      } else {
        if (!out.has(key)) out.set(key, []); // keys in first-seen (reading) order
        next.set(runKey, { row0: r, row1: r, c0: c, c1: end, key });
      }
      c = end + 1;
    }
    for (const o of open.values()) close(o);
    open = next;
  }
  for (const o of open.values()) close(o);
  return out;
}

export interface Run {
  /** 1-based first position. */
  readonly start: number;
  readonly count: number;
}

/** 1-based positions as runs of consecutive ones: [3, 4, 9] → (3, 2), (9, 1). */
export function runs(positions: readonly number[]): Run[] {
  const out: { start: number; count: number }[] = [];
  for (const p of [...new Set(positions)].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last && last.start + last.count === p) last.count++;
    else out.push({ start: p, count: 1 });
  }
  return out;
}
