/**
 * Numbers as the summary and the findings write them, the same on every machine (no locale):
 * `$1,660,000`, `250%`, `3.5x`.
 */

/**
 * `abs` (0 or more) rounded half up to `digits` decimals as the spreadsheet shows it: first to the 15
 * significant digits a spreadsheet keeps (0.285 × 100 is 28.499999999999996 in binary), then on the
 * decimal digits, not the binary value (1.005 is 1.00499… in binary; Excel and Sheets show 1.01).
 */
function fixed(abs: number, digits: number): string {
  const shown = Number(abs.toPrecision(15));
  const text = String(shown);
  // Exponent notation (below 1e-6 or from 1e21) has no decimal digits to shift: toFixed is exact enough there.
  if (!Number.isFinite(shown) || text.includes('e')) return shown.toFixed(digits);
  return Number(`${Math.round(Number(`${text}e${digits}`))}e-${digits}`).toFixed(digits);
}

/** The minus sign of a negative `value`, unless it rounds to nothing as `shown` (no `-$0`, `-0%`). */
function minus(value: number, shown: string): string {
  return value < 0 && Number(shown) !== 0 ? '-' : '';
}

function group(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** `1660000` → `$1,660,000`; cents only under 100; negative as `-$5,000`. */
export function money(value: number, currency = '$'): string {
  const abs = Math.abs(value);
  const cents = fixed(abs, 2);
  const text = Number(cents) < 100 && !cents.endsWith('.00') ? cents : group(fixed(abs, 0));
  return `${minus(value, cents)}${currency}${text}`;
}

/** A fraction as a percentage: `2.5` → `250%`, `0.285` → `29%` (`digits` decimals). */
export function percent(fraction: number, digits = 0): string {
  const text = fixed(Math.abs(fraction * 100), digits);
  const [whole, decimals] = text.split('.');
  return `${minus(fraction, text)}${group(whole)}${decimals ? `.${decimals}` : ''}%`;
}

/** A ratio to one decimal, two when it is below 10 and needs them: `3.5x`, `1.25x`, `12.3x`. */
export function ratio(value: number): string {
  const two = fixed(Math.abs(value), 2);
  const one = fixed(Math.abs(value), 1);
  const text = Math.abs(value) < 10 && Math.abs(Number(two) - Number(one)) > 1e-9 ? two : one;
  return `${minus(value, text)}${text}x`;
}

/** A plain number with thousands separators, up to `digits` decimals (trailing zeros dropped). */
export function plain(value: number, digits = 2): string {
  // Only a fraction's trailing zeros go: 10 stays `10`, 0 stays `0`.
  const text = fixed(Math.abs(value), digits).replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, '');
  const [whole, fraction] = text.split('.');
  return `${minus(value, text)}${group(whole)}${fraction ? `.${fraction}` : ''}`;
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
