/**
 * auditWorkbook (core/insights/index.ts), the one call both hosts and ld-report make: a workbook
 * that is not a framework gets a reason, never an exception; a fault that is not about the workbook
 * is not hidden; a framework the host already resolved is not resolved again.
 */
import { findFramework } from '../framework/resolve';
import { buildWorkbookSpec } from '../templates';
import { auditWorkbook } from './index';
import type { WorkbookSource } from './read';
import { gridSource, specValues } from './source';
import { once } from './testing/once';

const TODAY = '2025-06-30';
const values = once(() => specValues(buildWorkbookSpec('growthcorp')));

/** The GrowthCorp example, counting how often the framework is looked for (its defined names read). */
function counted(): { source: WorkbookSource; lookups: () => number } {
  let lookups = 0;
  const source: WorkbookSource = { ...gridSource(values()), definedNames: () => { lookups++; return []; } };
  return { source, lookups: () => lookups };
}

test('a workbook without the framework: the reason the resolver gives, not an exception', () => {
  const source = gridSource({ 'My sheet': [['Budget', 100]] });
  const found = findFramework(source);
  if (found.ok) throw new Error('a lone sheet is no framework');
  expect(auditWorkbook(source, { today: TODAY })).toEqual({ ok: false, reason: found.reason });
});

test('a fault in the host’s reading is not passed off as "not a framework"', () => {
  const { source } = counted();
  const framework = findFramework(source);
  if (!framework.ok) throw new Error(framework.reason);
  // The framework was found; reading its values then fails (a host error, not a workbook problem).
  const failing: WorkbookSource = { ...source, values: () => { throw new TypeError('the host lost its connection'); } };
  expect(() => auditWorkbook(failing, { today: TODAY, framework })).toThrow(new TypeError('the host lost its connection'));
  expect(() => auditWorkbook(failing, { today: TODAY })).toThrow('the host lost its connection');
});

test('a framework the host resolved is used for the whole audit, Measures included, without looking again', () => {
  const { source, lookups } = counted();
  const framework = findFramework(source);
  if (!framework.ok) throw new Error(framework.reason);
  expect(lookups()).toBe(1);
  const report = auditWorkbook(source, { today: TODAY, framework });
  expect(report.ok).toBe(true);
  expect(lookups()).toBe(1);
  if (report.ok) expect(report.measures).toBeDefined();
});
