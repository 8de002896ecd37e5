/**
 * The analyses are linear in the number of initiatives (issue 10): the work each does per initiative,
 * counted as reads of the model's (or the sheets') properties and cells, is the same at 200 and at
 * 2,000 initiatives (within 10%). A quadratic scan, such as looking each cost cell up among every
 * initiative's costs, makes it grow tenfold and fails here. Work is counted, not time, so the test
 * does not depend on the machine's load.
 */
import { checkHealth } from './health';
import { executiveSummary } from './summary';
import { planPortfolio } from './plan';
import { readFramework } from './read';
import { gridSource } from './source';
import { countingReads, largeFrameworkValues } from './testing/large';
import type { FrameworkModel } from './model';

const TODAY = '2025-06-30';
const SIZES: readonly number[] = [200, 2000];

function perInitiative(measure: (n: number) => number): number[] {
  return SIZES.map((n) => measure(n) / n);
}

function expectConstant([small, large]: number[]): void {
  expect(large).toBeLessThanOrEqual(small * 1.1);
}

let models: Map<number, FrameworkModel>;
beforeAll(() => {
  models = new Map(SIZES.map((n) => [n, readFramework(gridSource(largeFrameworkValues(n))).model]));
});

test('the generated framework has the asked number of initiatives, and the audit finds its planted faults', () => {
  for (const n of SIZES) {
    const model = models.get(n)!;
    expect(model.initiatives).toHaveLength(n);
    expect(new Set(model.initiatives.map((i) => i.name.value)).size).toBe(n);
    const typed = checkHealth(model, { today: TODAY }).filter((f) => f.rule === 'percent-typed-as-whole');
    expect(typed.length).toBeGreaterThanOrEqual(Math.floor(n / 4));
  }
});

test('readFramework visits a constant number of cells per initiative', () => {
  expectConstant(perInitiative((n) => {
    const values = largeFrameworkValues(n);
    const counted = countingReads(values);
    readFramework(gridSource(counted.value));
    return counted.reads();
  }));
});

test('checkHealth reads the model a constant number of times per initiative', () => {
  expectConstant(perInitiative((n) => {
    const counted = countingReads(models.get(n)!);
    checkHealth(counted.value, { today: TODAY });
    return counted.reads();
  }));
});

test('executiveSummary reads the model a constant number of times per initiative', () => {
  expectConstant(perInitiative((n) => {
    const findings = checkHealth(models.get(n)!, { today: TODAY });
    const counted = countingReads(models.get(n)!);
    executiveSummary(counted.value, findings, { organisation: 'GrowthCorp' });
    return counted.reads();
  }));
});

test('planPortfolio reads the model a constant number of times per initiative', () => {
  expectConstant(perInitiative((n) => {
    const counted = countingReads(models.get(n)!);
    planPortfolio(counted.value, 1_000_000 * (n / 10));
    return counted.reads();
  }));
});
