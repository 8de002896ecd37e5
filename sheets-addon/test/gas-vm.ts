/**
 * dist/sheets/Code.js loaded the way Apps Script loads a project: one global script in a fresh V8
 * context, with the services as globals. While the script loads, every service is a tripwire that
 * throws (and records) on any touch: global code runs in AuthMode.NONE, where a service call breaks
 * the menu. After loading, tests install the fakes they need.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import vm from 'vm';
import { DIST } from './ensure-built';

/** The Apps Script services a script could reach as globals. */
export const SERVICES = [
  'SpreadsheetApp', 'HtmlService', 'ScriptApp', 'PropertiesService', 'CacheService', 'LockService', 'Session', 'Utilities',
  'UrlFetchApp', 'DriveApp', 'DocumentApp', 'GmailApp', 'MailApp', 'CalendarApp', 'FormApp', 'SlidesApp', 'Charts', 'ContentService',
  'CardService', 'Logger', 'Browser', 'XmlService', 'Jdbc',
] as const;

export interface LoadedScript {
  readonly source: string;
  readonly context: vm.Context;
  /** Services touched while the script loaded (must stay empty). */
  readonly touchedAtLoad: readonly string[];
  /** Put a fake service in place (after loading). */
  install(name: string, value: unknown): void;
  /** A top-level function of the script. */
  fn(name: string): (...args: unknown[]) => unknown;
  /** Run code in the script's realm (e.g. to make a Date that `instanceof Date` recognises there). */
  run<T>(code: string): T;
}

function tripwire(name: string, touched: string[]): unknown {
  const trip = (what: string) => {
    touched.push(`${name}${what}`);
    throw new Error(`${name} was touched while the script loaded (${what}): global code must touch no service.`);
  };
  return new Proxy(function service() {}, {
    get: (_t, prop) => trip(`.${String(prop)}`),
    set: (_t, prop) => trip(`.${String(prop)} =`),
    has: (_t, prop) => trip(` has ${String(prop)}`),
    apply: () => trip('()'),
    construct: () => trip(' new'),
    ownKeys: () => trip(' keys'),
    getPrototypeOf: () => trip(' prototype'),
  });
}

/** Load Code.js; `prepare` runs first in the fresh context (to instrument its built-ins). */
export function loadCodeJs(path = join(DIST, 'Code.js'), prepare?: (context: vm.Context) => void): LoadedScript {
  const source = readFileSync(path, 'utf8');
  const touched: string[] = [];
  const sandbox: Record<string, unknown> = { console };
  for (const name of SERVICES) sandbox[name] = tripwire(name, touched);
  const context = vm.createContext(sandbox, { name: 'Apps Script' });
  prepare?.(context);
  new vm.Script(source, { filename: 'Code.js' }).runInContext(context);
  return {
    source,
    context,
    touchedAtLoad: touched.slice(),
    install(name, value) {
      context[name] = value;
    },
    fn(name) {
      const value = context[name];
      if (typeof value !== 'function') throw new Error(`Code.js has no global function ${name}`);
      return value as (...args: unknown[]) => unknown;
    },
    run<T>(code: string) {
      return vm.runInContext(code, context) as T;
    },
  };
}

/**
 * The JSDoc block immediately before each top-level `function NAME(params) {` of the script, as Apps
 * Script reads it for autocomplete. Only declarations at the start of a line before webpack's
 * bootstrap count (the stubs gas-webpack-plugin writes).
 */
export function topLevelFunctions(source: string): Map<string, { readonly jsdoc?: string; readonly params: readonly string[] }> {
  const bootstrap = source.indexOf('/******/');
  const head = bootstrap >= 0 ? source.slice(0, bootstrap) : source;
  const found = new Map<string, { jsdoc?: string; params: string[] }>();
  const re = /(?:(\/\*\*(?:(?!\*\/)[\s\S])*\*\/)\s*)?^function ([A-Za-z_$][\w$]*)\(([^)]*)\)/gm;
  let m: RegExpExecArray | null;
  while ((m = re.exec(head)) !== null) {
    found.set(m[2], { jsdoc: m[1], params: m[3].split(',').map((p) => p.trim()).filter(Boolean) });
  }
  return found;
}

/** The tags of a JSDoc block: `@param {type} name text` → { tag: 'param', type, name, text }. */
export function jsdocTags(jsdoc: string): { readonly description: string; readonly tags: readonly { tag: string; type?: string; name?: string; text: string }[] } {
  const lines = jsdoc.replace(/^\/\*\*|\*\/$/g, '').split('\n').map((l) => l.replace(/^\s*\* ?/, '').trimEnd());
  const description: string[] = [];
  const tags: { tag: string; type?: string; name?: string; text: string }[] = [];
  for (const line of lines) {
    const t = /^@(\w+)\s*(?:\{([^}]*)\})?\s*(.*)$/.exec(line.trim());
    if (!t) {
      if (tags.length === 0 && line.trim()) description.push(line.trim());
      else if (tags.length > 0 && line.trim()) tags[tags.length - 1].text += ` ${line.trim()}`;
      continue;
    }
    if (t[1] === 'param') {
      const [, name = '', text = ''] = /^(\S+)\s*(.*)$/.exec(t[3]) ?? [];
      tags.push({ tag: 'param', type: t[2], name, text });
    } else tags.push({ tag: t[1], type: t[2], text: t[3] });
  }
  return { description: description.join(' '), tags };
}
