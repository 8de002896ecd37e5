/**
 * GrowthCorp filled to a capacity: its own initiatives first, then generated ones, one per row up to
 * the capacity, so the 2,000-initiative example (`buildWorkbookSpec('growthcorp', { capacity: 2000,
 * filled: true })`, dist/workbooks/GrowthCorp-2000.xlsx) is a real large file for tests and benchmarks.
 *
 * Each generated initiative is a GrowthCorp initiative run again for another wave ("Cloud
 * Certification Path, wave 3"): its money and people scaled by a factor between 0.6 and 1.4, its
 * isolation moved by up to ±10 points, its links to the same objectives. Everything follows from the
 * row number alone, so every build gives the same rows. Built on first use, never when the module loads.
 */
import { GROWTHCORP, type ExampleDataset, type ExampleInitiative } from './growthcorp';
import { COST_CATEGORIES, INITIATIVE_STATUSES } from './layout';

const filled = new Map<number, ExampleDataset>();

/** GrowthCorp with `initiatives` initiatives (at least its own): the same object for the same count. */
export function filledGrowthCorp(initiatives: number): ExampleDataset {
  let data = filled.get(initiatives);
  if (!data) {
    const own = GROWTHCORP.initiatives;
    if (!Number.isInteger(initiatives) || initiatives < own.length) throw new Error(`GrowthCorp has ${own.length} initiatives; it cannot be filled to ${initiatives}.`);
    const generated = Array.from({ length: initiatives - own.length }, (_, k) => generatedInitiative(own.length + k));
    data = { ...GROWTHCORP, initiatives: [...own, ...generated] };
    filled.set(initiatives, data);
  }
  return data;
}

/** The initiative of (0-based) row `index`, past GrowthCorp's own. */
export function generatedInitiative(index: number): ExampleInitiative {
  const own = GROWTHCORP.initiatives;
  const base = own[index % own.length];
  const wave = Math.floor(index / own.length) + 1;
  // A factor in [0.6, 1.4] in steps of 0.01, spread over the rows (7919 is prime, so the steps cycle).
  const scale = 0.6 + ((index * 7919) % 81) / 100;
  const round = (value: number, step: number) => Math.round((value * scale) / step) * step;
  const costs = { ...base.costs };
  for (const [key] of COST_CATEGORIES) costs[key] = round(base.costs[key], 100);
  const isolation = Math.round(Math.min(0.9, Math.max(0.1, base.impact.isolation + ((index % 5) - 2) * 0.05)) * 100) / 100;
  return {
    ...base,
    name: `${base.name}, wave ${wave}`,
    participants: Math.max(1, round(base.participants, 1)),
    budget: round(base.budget, 1000),
    status: INITIATIVE_STATUSES[index % INITIATIVE_STATUSES.length],
    impact: { ...base.impact, change: Math.round(base.impact.change * scale * 100) / 100, isolation },
    costs,
    nextBudget: round(base.nextBudget, 1000),
  };
}
