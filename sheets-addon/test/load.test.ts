/**
 * Apps Script loads the whole of Code.js on every custom-function call (each runs in a new execution),
 * so loading it must only define the global stubs (issue 10). The generated entry requires the custom
 * functions' module on the first custom-function call and the server's (menu, sidebar, templates,
 * insights) on the first server call: a recalculation never evaluates the server code.
 *
 * Which modules ran is counted, not timed: the server bundle is ES modules (sheets-addon/webpack.config.js),
 * and webpack's runtime defines each evaluated module's exports as enumerable getters on a fresh exports
 * object before the module's body runs, so the context's `Object.defineProperty` is wrapped to count the
 * distinct objects given such getters. Modules used by one path only are joined into that path's module
 * (scope hoisting), so the counts are of webpack modules, not of source files.
 */
import vm from 'vm';
import { ensureSheetsBuild } from './ensure-built';
import { loadCodeJs, type LoadedScript } from './gas-vm';

let script: LoadedScript;
let modulesRun: () => number;
let exported: () => string[];

beforeAll(() => {
  ensureSheetsBuild();
  script = loadCodeJs(undefined, (context) => {
    vm.runInContext(`(() => {
      const define = Object.defineProperty;
      const exportObjects = new WeakSet();
      const names = new Set();
      let count = 0;
      Object.defineProperty = function (target, key, descriptor) {
        if (descriptor && descriptor.enumerable && typeof descriptor.get === 'function') {
          names.add(String(key));
          if (!exportObjects.has(target)) {
            exportObjects.add(target);
            count += 1;
          }
        }
        return define(target, key, descriptor);
      };
      globalThis.__modulesRun = () => count;
      globalThis.__exported = () => [...names];
    })();`, context);
  });
  modulesRun = script.context.__modulesRun as () => number;
  exported = () => [...(script.context.__exported as () => string[])()];
}, 600_000);

test('loading Code.js evaluates no module; a custom function loads only its own; a server function the rest', () => {
  expect(script.touchedAtLoad).toEqual([]);
  expect(modulesRun()).toBe(0);

  expect(script.fn('ROI')(300, 100)).toBe(2);
  const customPath = modulesRun();
  expect(customPath).toBeGreaterThan(0);
  // The custom functions' module ran; the server's (menu, sidebar, templates, insights) did not.
  expect(exported()).toContain('customFunctions');
  expect(exported()).not.toContain('server');
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
  expect(withServer).toBeGreaterThan(customPath);
  expect(exported()).toContain('server');
  try {
    script.fn('auditFramework')();
  } catch {
    // expected, as above
  }
  expect(modulesRun()).toBe(withServer);
});

test('the server path is most of Code.js, and a custom-function call never runs it', () => {
  // Module concatenation joins the code only the server uses into one webpack module (the one that
  // defines the export `server`); the test above shows a custom function never evaluates it. Split
  // at the minified module wrappers: if the minifier's naming changes, the modules are not found.
  const bundle = script.source.slice(script.source.indexOf('/******/'));
  const modules = bundle.split(/(?=[,[]\(e,t,n\)=>\{"use strict";)/);
  const serverModule = modules.find((m) => m.includes('server:()=>'));
  expect(modules.find((m) => m.includes('customFunctions:()=>'))).toBeDefined();
  expect(serverModule).toBeDefined();
  expect(serverModule!.length).toBeGreaterThan(bundle.length / 2);
});
