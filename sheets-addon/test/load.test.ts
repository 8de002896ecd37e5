/**
 * Apps Script loads the whole of Code.js on every custom-function call (each runs in a new execution),
 * so loading it must only define the global stubs (issue 10). The generated entry requires the custom
 * functions' module on the first custom-function call and the server's (menu, sidebar, templates,
 * insights) on the first server call: a recalculation never evaluates the server code.
 *
 * Which modules ran is counted, not timed: every compiled TypeScript module marks its exports with
 * `Object.defineProperty(exports, '__esModule', …)` as its first statement, so the context's
 * `Object.defineProperty` is wrapped to count those calls.
 */
import vm from 'vm';
import { ensureSheetsBuild } from './ensure-built';
import { loadCodeJs, type LoadedScript } from './gas-vm';

let script: LoadedScript;
let modulesRun: () => number;

beforeAll(() => {
  ensureSheetsBuild();
  script = loadCodeJs(undefined, (context) => {
    vm.runInContext(`(() => {
      const define = Object.defineProperty;
      let count = 0;
      Object.defineProperty = function (target, key, descriptor) {
        if (key === '__esModule') count += 1;
        return define(target, key, descriptor);
      };
      globalThis.__modulesRun = () => count;
    })();`, context);
  });
  modulesRun = script.context.__modulesRun as () => number;
}, 600_000);

test('loading Code.js evaluates no module; a custom function loads only its own; a server function the rest', () => {
  expect(script.touchedAtLoad).toEqual([]);
  expect(modulesRun()).toBe(0);

  expect(script.fn('ROI')(300, 100)).toBe(2);
  const customPath = modulesRun();
  expect(customPath).toBeGreaterThan(0);
  // Other custom functions share the modules already loaded.
  expect(script.fn('ALIGNED_SHARE')([[3, 0], [1, 1]])).toBe(0.5);
  expect(script.fn('NET_BENEFITS')(300, 100)).toBe(200);
  expect(modulesRun()).toBe(customPath);

  // The first server call loads the server's modules (the services are still tripwires here, so the
  // call itself fails on its first touch, after its modules have loaded).
  try {
    script.fn('sidebarContext')();
  } catch {
    // expected: SpreadsheetApp is a tripwire
  }
  const withServer = modulesRun();
  // The server code is most of the bundle: the custom-function path loaded well under half of it.
  expect(withServer).toBeGreaterThan(2 * customPath);
  try {
    script.fn('auditFramework')();
  } catch {
    // expected, as above
  }
  expect(modulesRun()).toBe(withServer);
});
