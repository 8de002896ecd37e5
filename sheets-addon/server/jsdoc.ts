/**
 * The Apps Script entry file, generated from the core catalogue at build time (see
 * sheets-addon/webpack.config.js): one `global.NAME = function (…) {…}` per custom function, each
 * preceded by the JSDoc that Sheets reads for autocomplete (`@customfunction`, the description, every
 * `@param` and `@return`). gas-webpack-plugin copies each JSDoc onto the top-level stub it writes in
 * Code.js. Pure: it only builds text.
 */
import type { FunctionSpec, ParamSpec } from '../../core/types';

/** Text safe inside a block comment, on one line. */
export function commentText(text: string): string {
  return text.replace(/\*\//g, '*\u2215').replace(/\s*\n\s*/g, ' ').trim();
}

/** The JSDoc type of a parameter: ranges arrive as rows of cells. */
export function paramType(param: ParamSpec): string {
  const one = param.type === 'text' ? 'string' : 'number';
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

/** The server functions the menu and the sidebar call by name, with their parameters and what each does. */
export const SERVER_FUNCTIONS: readonly { readonly name: string; readonly params?: readonly string[]; readonly doc: string }[] = [
  { name: 'onOpen', doc: 'Adds the L&D Framework add-on menu. Runs in AuthMode.NONE: it only builds the menu.' },
  { name: 'onInstall', doc: 'Runs when the add-on is installed: adds the menu at once.' },
  { name: 'showSidebar', doc: 'Menu: Open sidebar.' },
  { name: 'setUpFrameworkFromMenu', doc: 'Menu: Set up framework… (asks which data, builds, reports).' },
  { name: 'auditFrameworkFromMenu', doc: 'Menu: Audit the framework (counts and the first errors in a dialog).' },
  { name: 'insertSummaryFromMenu', doc: 'Menu: Insert summary sheet (the executive summary on a new sheet).' },
  { name: 'sidebarBuildFramework', doc: 'Sidebar: builds the framework sheets and returns a JSON-safe report.' },
  { name: 'sidebarContext', doc: 'Sidebar: what the sidebar shows on opening (sheet names, functions), JSON-safe.' },
  { name: 'auditFramework', params: [], doc: 'Sidebar: audits the framework sheets; findings and the executive summary, JSON-safe.' },
  { name: 'selectCell', params: ['sheet', 'cell'], doc: 'Sidebar: selects a finding\'s cell (activates its sheet).' },
  { name: 'insertSummarySheet', params: [], doc: 'Sidebar: writes the executive summary to a new sheet (never over an existing one).' },
  { name: 'planPortfolio', params: ['budget'], doc: 'Sidebar: the portfolio plan for a budget (a number of 0 or more), JSON-safe.' },
  { name: 'appendSnapshot', params: ['note'], doc: 'Sidebar: appends today\'s figures to the History log\'s first empty row.' },
];

/**
 * The entry module's source. `serverModule` is the import path of sheets-addon/server/main.
 * No `export` statement: Apps Script runs the bundle as one global script.
 */
export function entrySource(catalogue: readonly FunctionSpec[], serverModule: string): string {
  const parts = [
    '/* Generated from core/catalogue.ts by sheets-addon/webpack.config.js (sheets-addon/server/jsdoc.ts). Do not edit. */',
    `import { customFunctions, server } from ${JSON.stringify(serverModule)};`,
    '',
  ];
  for (const s of SERVER_FUNCTIONS) {
    const params = (s.params ?? ['e']).join(', ');
    parts.push(`/**\n * ${commentText(s.doc)}\n */\nglobal.${s.name} = function (${params}) {\n  return server.${s.name}.apply(null, arguments);\n};\n`);
  }
  for (const spec of catalogue) {
    const params = spec.params.map((p) => identifier(p.name)).join(', ');
    parts.push(
      `${customFunctionJsdoc(spec)}\nglobal.${spec.name} = function (${params}) {\n  return customFunctions[${JSON.stringify(spec.name)}].apply(null, arguments);\n};\n`,
    );
  }
  return parts.join('\n');
}
