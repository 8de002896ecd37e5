/**
 * The Office.js stub the browser test serves in place of Microsoft's CDN script: `Office`,
 * `Excel.run` over the recording fake workbook (fake-excel.ts, transpiled on the fly) and
 * `CustomFunctions`. The page reads its settings from `window.__stubConfig`.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import * as ts from 'typescript';
import type { FakeOptions } from './fake-excel';

export interface StubConfig {
  readonly workbook: Omit<FakeOptions, 'textFor'>;
  /** Cell texts Excel would show, by `Sheet!A1`; other cells show their content. */
  readonly texts?: Readonly<Record<string, string>>;
  /** Highest ExcelApi version the host supports, e.g. '1.7'; all when absent. */
  readonly maxExcelApi?: string;
}

export function officeStubScript(): string {
  const source = readFileSync(join(__dirname, 'fake-excel.ts'), 'utf8');
  const fake = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2019 } }).outputText;
  return `(function () {
  var exports = {}; var module = { exports: exports };
  ${fake}
  var config = window.__stubConfig || { workbook: {} };
  var texts = config.texts || {};
  var options = Object.assign({}, config.workbook, {
    textFor: function (sheet, address) { return texts[sheet + '!' + address]; }
  });
  var book = new exports.FakeWorkbook(options);
  var calls = { run: 0, isSetSupported: [], associate: [] };
  window.__book = book;
  window.__calls = calls;
  function minor(v) { return Number(String(v).split('.')[1] || 0); }
  window.Excel = {
    run: function (batch) {
      calls.run++;
      return Promise.resolve().then(function () { return batch(book.context()); });
    }
  };
  window.Office = {
    HostType: { Excel: 'Excel', Word: 'Word' },
    onReady: function (callback) {
      var info = { host: 'Excel', platform: 'OfficeOnline' };
      return new Promise(function (resolve) {
        setTimeout(function () { if (callback) callback(info); resolve(info); }, 0);
      });
    },
    context: { requirements: { isSetSupported: function (name, version) {
      calls.isSetSupported.push(name + ' ' + version);
      if (name !== 'ExcelApi') return false;
      return config.maxExcelApi ? minor(version) <= minor(config.maxExcelApi) : true;
    } } }
  };
  function CFError(code, message) { this.code = code; this.message = message; }
  window.CustomFunctions = {
    associate: function (id, fn) { calls.associate.push(id); (window.__functions = window.__functions || {})[id] = fn; },
    Error: CFError,
    ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A', divisionByZero: '#DIV/0!', invalidNumber: '#NUM!', nullReference: '#NULL!' }
  };
})();`;
}
