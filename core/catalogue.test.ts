import { readFileSync } from 'fs';
import { join } from 'path';
import { CATALOGUE, evaluate } from './index';
import { renderReference } from './reference';
import { expectResult } from '../test/support/results';

describe('every documented example is a test', () => {
  const cases = CATALOGUE.flatMap((spec) => spec.examples.map((example, i) => [spec.name, i, example] as const));
  test.each(cases)('%s example %i', (name, _i, example) => {
    expectResult(evaluate(name, example.args), example.result);
  });
});

describe('catalogue integrity', () => {
  test('names are unique, upper case, and never clash', () => {
    const names = CATALOGUE.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[A-Z][A-Z0-9_]*$/);
  });

  test.each(CATALOGUE.map((s) => [s.name, s] as const))('%s is fully described', (_name, spec) => {
    expect(spec.description.length).toBeGreaterThan(20);
    expect(spec.returns.length).toBeGreaterThan(5);
    expect(spec.examples.length).toBeGreaterThan(0);
    let seenOptional = false;
    for (const p of spec.params) {
      expect(p.name).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(p.description.length).toBeGreaterThan(10);
      if (p.optional) seenOptional = true;
      else expect(seenOptional).toBe(false); // optional parameters come last
      if (spec.kind === 'elementwise') expect(p.range).toBe(true);
    }
  });

  test('function names are case-insensitive and accept the Excel namespace', () => {
    expect(evaluate('roi', [300, 100])).toBe(2);
    expect(evaluate('LD.ROI', [300, 100])).toBe(2);
    expect(evaluate('NOPE', [1])).toMatchObject({ error: '#NAME?' });
  });
});

test('docs/functions.md is generated from the catalogue (run `npm run docs` after changing it)', () => {
  const committed = readFileSync(join(__dirname, '..', 'docs', 'functions.md'), 'utf8');
  expect(committed).toBe(renderReference());
});
