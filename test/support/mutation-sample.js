/**
 * Mutant sampling for `npm run mutation`, for a target whose every mutant would cost a day:
 *
 *   MUTATION_SAMPLE=0.1 MUTATE=core/templates npm run mutation
 *
 * A template mutant is reached by every test that builds a workbook spec, so each one that survives runs
 * about a minute of tests (history.ts: 44 mutants in 34 minutes on one core); the 2,649 mutants of
 * core/templates would take the better part of a day. A random sample of them estimates the score
 * (random mutant sampling), and `mutation-sample-reporter.mjs` states it with its 95% interval.
 *
 * Which mutants: those whose id, hashed with the seed (MUTATION_SEED, default 1), falls below the
 * fraction. Every worker process of a run, and the reporter that scores it, draw the same sample.
 * A mutant outside the sample fails at once (mutation-environment.js throws before its test file
 * loads; mutation-sequencer.js gives it a single file), so Stryker records it as a RuntimeError, which
 * no score counts, and the reporter lists it as Ignored.
 */

/** The sample asked for in the environment, or undefined for a full run. Throws on a bad setting. */
function sampleSettings(env = process.env) {
  if (env.MUTATION_SAMPLE === undefined || env.MUTATION_SAMPLE === '') return undefined;
  const fraction = Number(env.MUTATION_SAMPLE);
  if (!(fraction > 0 && fraction <= 1)) throw new Error(`MUTATION_SAMPLE must be a fraction above 0 and at most 1, such as 0.1 (got "${env.MUTATION_SAMPLE}").`);
  const seed = env.MUTATION_SEED === undefined || env.MUTATION_SEED === '' ? 1 : Number(env.MUTATION_SEED);
  if (!Number.isInteger(seed)) throw new Error(`MUTATION_SEED must be a whole number (got "${env.MUTATION_SEED}").`);
  return { fraction, seed };
}

/**
 * A 32-bit hash of a string: FNV-1a, then MurmurHash3's finalizer. FNV-1a alone leaves the high bits
 * of short keys such as "1:17" and "1:18" nearly equal, which is what a fraction compares (a 0.5
 * sample of twelve consecutive ids took all twelve); the finalizer spreads every bit.
 */
function hash32(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Is mutant `id` in the sample? Always, when there is no sample. */
function inSample(id, settings) {
  if (settings === undefined) return true;
  return hash32(`${settings.seed}:${id}`) / 2 ** 32 < settings.fraction;
}

/**
 * The 95% Wilson score interval of `detected` out of `n` (better than the normal approximation near
 * 0% or 100% and for small samples). Fractions; [0, 1] when n is 0.
 */
function wilsonInterval(detected, n) {
  if (n === 0) return [0, 1];
  const z = 1.959963984540054;
  const p = detected / n;
  const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
  const half = (z / (1 + (z * z) / n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

module.exports = { sampleSettings, inSample, wilsonInterval };
