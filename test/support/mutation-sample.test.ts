/**
 * The mutant sample of `npm run mutation` (test/support/mutation-sample.js): the score it estimates is
 * only as good as the sample is random and the interval right. Reference values for the interval are
 * Wilson's formula computed separately in Python (85 of 100: 0.7672 to 0.9069; 10 of 10: 0.7225 to 1).
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { inSample, sampleSettings, wilsonInterval } = require('./mutation-sample.js') as {
  inSample: (id: string, settings?: { fraction: number; seed: number }) => boolean;
  sampleSettings: (env?: Record<string, string | undefined>) => { fraction: number; seed: number } | undefined;
  wilsonInterval: (detected: number, n: number) => [number, number];
};

describe('sampleSettings', () => {
  test('none without MUTATION_SAMPLE; the seed 1 unless given', () => {
    expect(sampleSettings({})).toBeUndefined();
    expect(sampleSettings({ MUTATION_SAMPLE: '' })).toBeUndefined();
    expect(sampleSettings({ MUTATION_SAMPLE: '0.1' })).toEqual({ fraction: 0.1, seed: 1 });
    expect(sampleSettings({ MUTATION_SAMPLE: '1', MUTATION_SEED: '7' })).toEqual({ fraction: 1, seed: 7 });
  });

  test('a fraction outside (0, 1] or a seed that is not whole stops the run with what to type', () => {
    for (const bad of ['0', '-0.1', '10', 'ten', '1.5']) expect(() => sampleSettings({ MUTATION_SAMPLE: bad })).toThrow(`MUTATION_SAMPLE must be a fraction above 0 and at most 1, such as 0.1 (got "${bad}").`);
    expect(() => sampleSettings({ MUTATION_SAMPLE: '0.1', MUTATION_SEED: '1.5' })).toThrow('MUTATION_SEED must be a whole number (got "1.5").');
  });
});

describe('inSample', () => {
  const ids = Array.from({ length: 5000 }, (_, i) => String(i));
  const share = (settings: { fraction: number; seed: number }, from = ids) => from.filter((id) => inSample(id, settings)).length / from.length;

  test('every mutant without a sample; the same answer each time', () => {
    expect(ids.every((id) => inSample(id))).toBe(true);
    expect(ids.map((id) => inSample(id, { fraction: 0.1, seed: 1 }))).toEqual(ids.map((id) => inSample(id, { fraction: 0.1, seed: 1 })));
  });

  test('takes about the fraction asked, of all ids and of short runs of neighbours alike', () => {
    // 5,000 draws at 0.1: the standard deviation of the share is 0.0042; 0.015 is over three of them.
    for (const fraction of [0.1, 0.25, 0.5]) for (const seed of [1, 2, 3]) expect(Math.abs(share({ fraction, seed }) - fraction)).toBeLessThan(0.015);
    // Consecutive ids (one file's mutants): FNV-1a alone took all twelve of 0–11 at 0.5.
    const blocks = Array.from({ length: 100 }, (_, b) => ids.slice(b * 50, b * 50 + 50).filter((id) => inSample(id, { fraction: 0.5, seed: 1 })).length);
    expect(Math.min(...blocks)).toBeGreaterThan(10);
    expect(Math.max(...blocks)).toBeLessThan(40);
  });

  test('another seed draws another sample; a larger fraction keeps the smaller one’s mutants', () => {
    const a = ids.filter((id) => inSample(id, { fraction: 0.1, seed: 1 }));
    const b = ids.filter((id) => inSample(id, { fraction: 0.1, seed: 2 }));
    expect(a.filter((id) => b.includes(id)).length / a.length).toBeLessThan(0.2);
    expect(a.every((id) => inSample(id, { fraction: 0.25, seed: 1 }))).toBe(true);
    expect(ids.every((id) => inSample(id, { fraction: 1, seed: 1 }))).toBe(true);
  });
});

describe('wilsonInterval', () => {
  test('the 95% Wilson interval, inside [0, 1]', () => {
    const [low, high] = wilsonInterval(85, 100);
    expect(low).toBeCloseTo(0.7672, 4);
    expect(high).toBeCloseTo(0.9069, 4);
    const [low10, high10] = wilsonInterval(10, 10);
    expect(low10).toBeCloseTo(0.7225, 4);
    expect(high10).toBeCloseTo(1, 12);
    expect(wilsonInterval(0, 0)).toEqual([0, 1]);
    expect(wilsonInterval(0, 20)[0]).toBe(0);
  });
});
