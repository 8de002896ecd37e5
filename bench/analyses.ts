/**
 * Bench section: readFramework, checkHealth, executiveSummary and planPortfolio on generated
 * frameworks of 200, 2,000 and 20,000 initiatives (core/insights/testing/large.ts), with the ratio
 * between each step. Linear work gives about 10× per 10× rows; the goal is at most 12×.
 */
import { checkHealth, executiveSummary, gridSource, planPortfolio, readFramework } from '../core/insights';
import { countingReads, largeFrameworkValues } from '../core/insights/testing/large';
import { timed } from './load';

const TODAY = '2025-06-30';
const SIZES = [200, 2_000, 20_000];

export function benchAnalyses(): void {
  console.log('\nAnalyses by initiatives (best of 5-25 runs, ms; ratio to the previous size; goal at most 12x per 10x):');
  const rows: Record<string, number[]> = { readFramework: [], checkHealth: [], executiveSummary: [], planPortfolio: [] };
  // The work itself, which load on the machine cannot disturb: reads of cells (readFramework) or of
  // the model's properties (the others) per initiative, counted through proxies (core/insights/testing/large.ts).
  const work: Record<string, number[]> = { readFramework: [], checkHealth: [], executiveSummary: [], planPortfolio: [] };
  for (const n of SIZES) {
    const values = largeFrameworkValues(n);
    const source = gridSource(values);
    const runs = n >= 20_000 ? 5 : n >= 2_000 ? 9 : 25;
    const model = readFramework(source).model;
    const findings = checkHealth(model, { today: TODAY });
    rows.readFramework.push(timed(() => readFramework(source), runs, 1));
    rows.checkHealth.push(timed(() => checkHealth(model, { today: TODAY }), runs, 1));
    rows.executiveSummary.push(timed(() => executiveSummary(model, findings, { organisation: 'GrowthCorp' }), runs, 1));
    rows.planPortfolio.push(timed(() => planPortfolio(model, 100 * n * 1000), runs, 1));
    const count = <T extends object>(value: T, fn: (v: T) => unknown) => {
      const counted = countingReads(value);
      fn(counted.value);
      return counted.reads() / n;
    };
    work.readFramework.push(count(values, (v) => readFramework(gridSource(v))));
    work.checkHealth.push(count(model, (m) => checkHealth(m, { today: TODAY })));
    work.executiveSummary.push(count(model, (m) => executiveSummary(m, findings, { organisation: 'GrowthCorp' })));
    work.planPortfolio.push(count(model, (m) => planPortfolio(m, 100 * n * 1000)));
  }
  // Wide enough for "12345.6 ms (12.7x over goal)": a figure over the goal must not run into the next.
  const WIDTH = 30;
  console.log(`${''.padEnd(18)}${SIZES.map((n) => `${n.toLocaleString('en-US')} rows`.padStart(WIDTH)).join('')}`);
  for (const [name, times] of Object.entries(rows)) {
    const cells = times.map((t, k) => {
      const ratio = k === 0 ? '' : ` (${(t / times[k - 1]).toFixed(1)}x${t / times[k - 1] <= 12 ? '' : ' over goal'})`;
      return `${t.toFixed(1)} ms${ratio}`.padStart(WIDTH);
    });
    console.log(`${name.padEnd(18)}${cells.join('')}`);
  }
  console.log('Reads per initiative (cells or model properties; constant = linear):');
  for (const [name, counts] of Object.entries(work)) console.log(`${name.padEnd(18)}${counts.map((c) => c.toFixed(1).padStart(WIDTH)).join('')}`);
}
