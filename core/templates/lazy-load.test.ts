/**
 * Loading the core does no work (issue 10): Apps Script loads every module of Code.js on each
 * custom-function call, so the templates, the GrowthCorp example, the catalogue and the insights must
 * only define things when they load, and compute on first use.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
test('importing the templates, the example, the catalogue and the insights runs no catalogue function', () => {
  jest.isolateModules(() => {
    const runner = require('../runner') as typeof import('../runner');
    const runs = jest.spyOn(runner, 'runSpec');
    require('./index');
    require('../insights');
    const { GROWTHCORP } = require('./growthcorp') as typeof import('./growthcorp');
    expect(runs).not.toHaveBeenCalled();
    // The last snapshot's alignment is computed when first read, once, by PORTFOLIO_ALIGNMENT.
    const { evaluate } = require('../index') as typeof import('../index');
    const last = GROWTHCORP.history[GROWTHCORP.history.length - 1];
    const expected = evaluate('PORTFOLIO_ALIGNMENT', [
      GROWTHCORP.initiatives.map((i) => i.links.slice()),
      [GROWTHCORP.objectives.map((o) => o.weight)],
      GROWTHCORP.initiatives.map((i) => [i.budget]),
    ]);
    runs.mockClear();
    expect(last.alignment).toBe(expected);
    expect(last.alignment).toBe(expected);
    expect(runs).toHaveBeenCalledTimes(1);
    expect({ ...last }.alignment).toBe(expected);
  });
});
