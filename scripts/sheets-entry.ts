/**
 * The Apps Script entry file, generated from the core catalogue at build time (see
 * sheets-addon/webpack.config.js): one `global.NAME = function (…) {…}` per custom function, each
 * preceded by the JSDoc that Sheets reads for autocomplete (`@customfunction`, the description, every
 * `@param` and `@return`). gas-webpack-plugin copies each JSDoc onto the top-level stub it writes in
 * Code.js. Pure: it only builds text.
 */
import type { FunctionSpec, ParamSpec } from '../core/types';
import { SERVER_FUNCTIONS } from '../ui/server-functions';

/** Text safe inside a block comment, on one line. */
export function commentText(text: string): string {
  return text.replace(/\*\//g, '*\u2215').replace(/\s*\n\s*/g, ' ').trim();
}

/** The JSDoc type of a parameter: ranges arrive as rows of cells. */
export function paramType(param: ParamSpec): string {
  const one = param.type === 'text' ? 'string' : param.type === 'boolean' ? 'boolean' : 'number';
  return param.range ? `${one}|Array<Array<${one}>>` : one;
}

/** The JSDoc block (with its `/**` and `*\/`) that Sheets shows for a function. */
export function customFunctionJsdoc(spec: FunctionSpec): string {
  const lines = [
    commentText(spec.description),
    '',
    ...spec.params.map((p) => `@param {${paramType(p)}} ${p.name} ${commentText(p.description)}`),
    `@return ${commentText(spec.returns)}`,
    '@customfunction',
  ];
  return `/**\n${lines.map((l) => (l ? ` * ${l}` : ' *')).join('\n')}\n */`;
}

/** A JavaScript identifier usable as a parameter name (catalogue names are snake_case already). */
function identifier(name: string): string {
  const cleaned = name.replace(/[^A-Za-z0-9_$]/g, '_');
  return /^[0-9]/.test(cleaned) ? `_${cleaned}` : cleaned;
}


/** The modules the entry requires on first use (import paths relative to the entry file). */
export interface EntryModules {
  /** sheets-addon/server/custom-functions: exports `customFunctions`. */
  readonly customFunctions: string;
  /** sheets-addon/server/main: exports `server`. */
  readonly server: string;
}

/**
 * The entry module's source. Each stub requires its module on its first call, so loading Code.js runs
 * nothing but the stubs' definitions (Apps Script loads the whole project on every custom-function
 * call), and a custom-function call never runs the menu, sidebar, templates or insights code.
 * CommonJS `require` (webpack keeps each module unevaluated until then), no `export` statement:
 * Apps Script runs the bundle as one global script.
 */
export function entrySource(catalogue: readonly FunctionSpec[], modules: EntryModules): string {
  const parts = [
    '/* Generated from core/catalogue.ts by sheets-addon/webpack.config.js (scripts/sheets-entry.ts). Do not edit. */',
    'var loaded = {};',
    `function customFunctions() {\n  return loaded.customFunctions || (loaded.customFunctions = require(${JSON.stringify(modules.customFunctions)}).customFunctions);\n}`,
    `function server() {\n  return loaded.server || (loaded.server = require(${JSON.stringify(modules.server)}).server);\n}`,
    '',
  ];
  for (const [name, s] of Object.entries(SERVER_FUNCTIONS) as [string, { params?: readonly string[]; doc: string }][]) {
    const params = (s.params ?? ['e']).join(', ');
    parts.push(`/**\n * ${commentText(s.doc)}\n */\nglobal.${name} = function (${params}) {\n  return server().${name}.apply(null, arguments);\n};\n`);
  }
  for (const spec of catalogue) {
    const params = spec.params.map((p) => identifier(p.name)).join(', ');
    parts.push(
      `${customFunctionJsdoc(spec)}\nglobal.${spec.name} = function (${params}) {\n  return customFunctions()[${JSON.stringify(spec.name)}].apply(null, arguments);\n};\n`,
    );
  }
  return parts.join('\n');
}
