/**
 * Numbers as the summary and the findings write them, the same on every machine (no locale):
 * `$1,660,000`, `250%`, `3.5x`.
 */

function group(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** `1660000` → `$1,660,000`; cents only under 100; negative as `-$5,000`. */
export function money(value: number, currency = '$'): string {
  const abs = Math.abs(value);
  const text = abs < 100 && abs !== Math.round(abs) ? abs.toFixed(2) : group(String(Math.round(abs)));
  return `${value < 0 && Math.round(abs * 100) !== 0 ? '-' : ''}${currency}${text}`;
}

/** A fraction as a percentage: `2.5` → `250%`, `0.285` → `29%` (`digits` decimals). */
export function percent(fraction: number, digits = 0): string {
  const rounded = Number((fraction * 100).toFixed(digits));
  const [whole, decimals] = Math.abs(rounded).toFixed(digits).split('.');
  return `${rounded < 0 ? '-' : ''}${group(whole)}${decimals ? `.${decimals}` : ''}%`;
}

/** A ratio to one decimal, two when it is below 10 and needs them: `3.5x`, `1.25x`, `12.3x`. */
export function ratio(value: number): string {
  const two = Number(value.toFixed(2));
  const one = Number(value.toFixed(1));
  const text = Math.abs(value) < 10 && Math.abs(two - one) > 1e-9 ? two.toFixed(2) : one.toFixed(1);
  return `${text}x`;
}

/** A plain number with thousands separators, up to `digits` decimals (trailing zeros dropped). */
export function plain(value: number, digits = 2): string {
  // Only a fraction's trailing zeros go: 10 stays `10`, 0 stays `0`.
  const fixed = Math.abs(value).toFixed(digits).replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
  const [whole, fraction] = fixed.split('.');
  return `${value < 0 && Number(fixed) !== 0 ? '-' : ''}${group(whole)}${fraction ? `.${fraction}` : ''}`;
}

/** `a`, `a and b`, `a, b and c`. */
export function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** `1 program`, `3 programs`. */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** `2025-06-30` → `30 June 2025`. */
export function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return `${d} ${months[m - 1]} ${y}`;
}
