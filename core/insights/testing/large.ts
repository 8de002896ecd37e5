/**
 * Test and bench support: a framework of any size, made from the GrowthCorp example's rows repeated
 * (each copy named "<name> #n") on Alignment, Impact, ROI and Plan, below the same header. Rows past
 * the template's capacity are appended right under it, which the reader reads (see `locateTable`).
 * Every fourth copy keeps a fault the audit reports (a percentage typed as 80, a missing budget), so
 * the analyses do their full work, not only the happy path.
 */
import { ALIGNMENT_TABLE, IMPACT_TABLE, PLAN_TABLE, ROI_TABLE } from '../../templates/layout';
import { columnNumber } from '../../templates/a1';
import type { TableLayout } from '../../templates/types';
import { exampleValues, sheetTitle, Values } from './workbook';

const TABLES: readonly TableLayout[] = [ALIGNMENT_TABLE, IMPACT_TABLE, ROI_TABLE, PLAN_TABLE];

/** The values of a framework with `initiatives` initiatives (1 or more). */
export function largeFrameworkValues(initiatives: number): Values {
  const values = exampleValues('growthcorp');
  const alignment = values[sheetTitle('Alignment')];
  const nameColumn = columnNumber(ALIGNMENT_TABLE.columns.name as string) - 1;
  let examples = 0;
  while (typeof alignment[ALIGNMENT_TABLE.firstDataRow - 1 + examples]?.[nameColumn] === 'string') examples++;
  for (const table of TABLES) {
    const grid = values[sheetTitle(table.sheet)];
    const first = table.firstDataRow - 1;
    const templates = grid.slice(first, first + examples).map((row) => row.slice());
    const width = Math.max(...grid.slice(0, first + examples).map((row) => row.length));
    const name = (table.columns as Record<string, string>).name;
    const column = name === undefined ? -1 : columnNumber(name) - 1;
    // Rows pushed one by one (a packed array, as a host's read gives), then the template's blank capacity rows.
    const rows = grid.slice(0, first);
    for (let k = 0; k < initiatives; k++) {
      const row = templates[k % examples].slice();
      while (row.length < width) row.push(null);
      if (column >= 0 && typeof row[column] === 'string') row[column] = `${row[column] as string} #${k + 1}`;
      rows.push(row);
    }
    for (let r = first + initiatives; r < grid.length; r++) rows.push(grid[r].map(() => null));
    values[sheetTitle(table.sheet)] = rows;
  }
  // Faults in every fourth copy: an isolation typed as 80 (Impact) and a blank budget (Alignment).
  const impact = values[sheetTitle('Impact')];
  const alignmentRows = values[sheetTitle('Alignment')];
  const isolation = columnNumber(IMPACT_TABLE.columns.isolation as string) - 1;
  const budget = columnNumber(ALIGNMENT_TABLE.columns.budget as string) - 1;
  for (let k = 3; k < initiatives; k += 4) {
    impact[IMPACT_TABLE.firstDataRow - 1 + k][isolation] = 80;
    alignmentRows[ALIGNMENT_TABLE.firstDataRow - 1 + k][budget] = null;
  }
  return values;
}

/**
 * `value` behind proxies that count every property read, at any depth (plain objects and arrays only;
 * Dates, Maps and Sets are passed through). The count stands for the work an analysis does: a
 * linear analysis reads each initiative's fields a fixed number of times, whatever their number.
 */
export function countingReads<T extends object>(value: T): { readonly value: T; readonly reads: () => number } {
  let reads = 0;
  const wrapped = new WeakMap<object, object>();
  const wrap = (target: unknown): unknown => {
    if (typeof target !== 'object' || target === null) return target;
    if (!Array.isArray(target) && Object.getPrototypeOf(target) !== Object.prototype) return target;
    let proxy = wrapped.get(target);
    if (!proxy) {
      proxy = new Proxy(target, {
        get(t, key, receiver) {
          reads++;
          const v = Reflect.get(t, key, receiver);
          const d = Object.getOwnPropertyDescriptor(t, key);
          // A proxy must give a frozen property's own value (ECMAScript §10.5.8): leave those unwrapped.
          return d && !d.configurable && !d.writable ? v : wrap(v);
        },
      });
      wrapped.set(target, proxy);
    }
    return proxy;
  };
  return { value: wrap(value) as T, reads: () => reads };
}
