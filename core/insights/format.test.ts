import { plain } from './format';

describe('plain', () => {
  it('keeps the zeros of a whole number, with no decimals asked for too', () => {
    // Found by a helper: plain(0, 0) gave '' and plain(10, 0) gave '1'.
    expect(plain(0, 0)).toBe('0');
    expect(plain(10, 0)).toBe('10');
    expect(plain(1000, 0)).toBe('1,000');
    expect(plain(0)).toBe('0');
    expect(plain(100)).toBe('100');
  });

  it('drops only the trailing zeros of a fraction', () => {
    expect(plain(2.5)).toBe('2.5');
    expect(plain(2.5, 3)).toBe('2.5');
    expect(plain(1.005, 1)).toBe('1');
    expect(plain(1234.5678)).toBe('1,234.57');
    expect(plain(-0.001)).toBe('0');
    expect(plain(-12.3)).toBe('-12.3');
  });
});
