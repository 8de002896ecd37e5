/**
 * manifest.xml checked structurally (Microsoft's validator needs the network): every resid is
 * defined, every URL is https, the shared runtime, permissions, namespace and icons are there.
 * Checks the root manifest and the built copy, whose URLs are rewritten for production.
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { XMLParser } from 'fast-xml-parser';
import { DIST, ROOT, ensureExcelBuild } from './ensure-built';

type Node = Record<string, unknown>;

function parse(xml: string): Node {
  return new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: () => true }).parse(xml) as Node;
}

/** Every node anywhere in the tree, with its element name. */
function walk(node: unknown, name = '', out: { name: string; node: Node }[] = []): { name: string; node: Node }[] {
  if (Array.isArray(node)) {
    for (const each of node) walk(each, name, out);
  } else if (node && typeof node === 'object') {
    out.push({ name, node: node as Node });
    for (const [key, value] of Object.entries(node as Node)) if (!key.startsWith('@')) walk(value, key, out);
  }
  return out;
}

function attr(node: Node, name: string): string | undefined {
  const value = node[`@${name}`];
  return Array.isArray(value) ? String(value[0]) : value === undefined ? undefined : String(value);
}

function text(node: Node, child: string): string | undefined {
  const value = (node[child] as unknown[] | undefined)?.[0];
  if (value === undefined) return undefined;
  return typeof value === 'object' ? String((value as Node)['#text'] ?? '') : String(value);
}

function checkManifest(xml: string, baseUrl: string) {
  const nodes = walk(parse(xml));
  const app = nodes.find((n) => n.name === 'OfficeApp')!.node;
  expect(attr(app, 'xsi:type')).toBe('TaskPaneApp');
  expect(text(app, 'Id')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
  expect(text(app, 'Version')).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  expect(text(app, 'Permissions')).toBe('ReadWriteDocument');
  expect(nodes.filter((n) => n.name === 'Host' && attr(n.node, 'Name') === 'Workbook')).toHaveLength(1);

  const sets = nodes.filter((n) => n.name === 'Set').map((n) => [attr(n.node, 'Name'), attr(n.node, 'MinVersion')]);
  expect(sets).toContainEqual(['SharedRuntime', '1.1']);

  // Every resid points at a resource defined exactly once.
  const defined = new Map<string, number>();
  for (const n of nodes) {
    if (['bt:Image', 'bt:Url', 'bt:String'].includes(n.name)) {
      const id = attr(n.node, 'id');
      if (id) defined.set(id, (defined.get(id) ?? 0) + 1);
    }
  }
  for (const [id, count] of defined) expect([id, count]).toEqual([id, 1]);
  const used = nodes.map((n) => attr(n.node, 'resid')).filter((r): r is string => r !== undefined);
  expect(used.length).toBeGreaterThan(10);
  for (const resid of used) expect([resid, defined.has(resid)]).toEqual([resid, true]);

  // The shared runtime serves the pane and the functions; the functions have namespace LD.
  const runtime = nodes.find((n) => n.name === 'Runtime')!.node;
  expect(attr(runtime, 'lifetime')).toBe('long');
  const cf = nodes.find((n) => n.name === 'ExtensionPoint' && attr(n.node, 'xsi:type') === 'CustomFunctions')!.node;
  const sourceOf = (child: string) => attr(((cf[child] as Node[])[0].SourceLocation as Node[])[0], 'resid');
  expect(sourceOf('Page')).toBe(attr(runtime, 'resid'));
  const namespaceId = attr((cf.Namespace as Node[])[0], 'resid')!;
  const strings = new Map(nodes.filter((n) => n.name === 'bt:String').map((n) => [attr(n.node, 'id'), attr(n.node, 'DefaultValue')]));
  const urls = new Map(nodes.filter((n) => n.name === 'bt:Url').map((n) => [attr(n.node, 'id'), attr(n.node, 'DefaultValue')]));
  expect(strings.get(namespaceId)).toBe('LD');
  expect(urls.get(sourceOf('Script')!)).toBe(`${baseUrl}functions.js`);
  expect(urls.get(sourceOf('Metadata')!)).toBe(`${baseUrl}functions.json`);
  expect(urls.get(sourceOf('Page')!)).toBe(`${baseUrl}taskpane.html`);

  // A Home-tab button that opens the task pane.
  const tab = nodes.find((n) => n.name === 'OfficeTab')!.node;
  expect(attr(tab, 'id')).toBe('TabHome');
  const action = nodes.find((n) => n.name === 'Action')!.node;
  expect(attr(action, 'xsi:type')).toBe('ShowTaskpane');
  expect(urls.get(attr((action.SourceLocation as Node[])[0], 'resid'))).toBe(`${baseUrl}taskpane.html`);

  // Every URL is https, and under the base URL (or its origin, for AppDomain).
  const appDomains = ((app.AppDomains as Node[])[0].AppDomain as unknown[]).map(String);
  expect(appDomains).toEqual([new URL(baseUrl).origin]);
  const allUrls = [...nodes.map((n) => attr(n.node, 'DefaultValue')), ...appDomains]
    .filter((v): v is string => v !== undefined && /^[a-z]+:\/\//i.test(v));
  expect(allUrls.length).toBeGreaterThan(8);
  for (const url of allUrls) {
    expect(url).toMatch(/^https:\/\//);
    expect(url.startsWith(baseUrl) || url === new URL(baseUrl).origin).toBe(true);
  }
  const images = nodes.filter((n) => n.name === 'bt:Image' && attr(n.node, 'id')).map((n) => attr(n.node, 'DefaultValue')!);
  const icons = [attr((app.IconUrl as Node[])[0], 'DefaultValue'), attr((app.HighResolutionIconUrl as Node[])[0], 'DefaultValue'), ...images];
  return icons.map((url) => url!.slice(baseUrl.length));
}

describe('manifest.xml', () => {
  test('the root manifest is complete and its icons exist under excel-addin/assets', () => {
    const icons = checkManifest(readFileSync(join(ROOT, 'manifest.xml'), 'utf8'), 'https://localhost:3000/');
    expect(icons.length).toBeGreaterThanOrEqual(5);
    for (const icon of icons) {
      expect(icon).toMatch(/^assets\/icon-\d+\.png$/);
      const file = readFileSync(join(ROOT, 'excel-addin', icon));
      expect(file.subarray(1, 4).toString('ascii')).toBe('PNG');
      const size = Number(/icon-(\d+)/.exec(icon)![1]);
      expect([file.readUInt32BE(16), file.readUInt32BE(20)]).toEqual([size, size]);
    }
  });

  test('the built copy has the same structure and its icons are in dist/excel/assets', () => {
    ensureExcelBuild();
    const xml = readFileSync(join(DIST, 'manifest.xml'), 'utf8');
    // Built with or without ADDIN_PUBLIC_URL: its base is wherever the task pane is.
    const base = /<bt:Url id="Taskpane\.Url" DefaultValue="(https:\/\/[^"]+\/)taskpane\.html"/.exec(xml)?.[1];
    expect(base).toBeDefined();
    const icons = checkManifest(xml, base!);
    for (const icon of icons) expect(existsSync(join(DIST, icon))).toBe(true);
  });

  test('a production build rewrites every localhost URL to ADDIN_PUBLIC_URL', () => {
    const out = mkdtempSync(join(tmpdir(), 'ld-manifest-'));
    try {
      // Only the manifest matters here: build it through the same webpack config, into a temp dir.
      const run = spawnSync('npx', ['webpack', '--config', 'excel-addin/webpack.config.js', '--output-path', out], {
        cwd: ROOT, encoding: 'utf8', env: { ...process.env, ADDIN_PUBLIC_URL: 'https://addins.example.com/ld' },
      });
      expect(run.status).toBe(0);
      const xml = readFileSync(join(out, 'manifest.xml'), 'utf8');
      expect(xml).not.toMatch(/localhost/);
      checkManifest(xml, 'https://addins.example.com/ld/');
      expect(xml).toContain('<AppDomain>https://addins.example.com</AppDomain>');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  test('the build refuses a production URL that is not https', () => {
    const run = spawnSync('npx', ['webpack', '--config', 'excel-addin/webpack.config.js', '--output-path', join(tmpdir(), 'ld-never')], {
      cwd: ROOT, encoding: 'utf8', env: { ...process.env, ADDIN_PUBLIC_URL: 'http://insecure.example.com/' },
    });
    expect(run.status).not.toBe(0);
    expect(`${run.stdout}${run.stderr}`).toMatch(/must be an https:\/\/ URL/);
  });
});

describe('manifest.xml element order (the schema is a sequence: Office rejects elements out of order)', () => {
  type Ordered = Record<string, unknown>[];
  const ordered = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', preserveOrder: true }).parse(
    readFileSync(join(ROOT, 'manifest.xml'), 'utf8'),
  ) as Ordered;

  function children(nodes: Ordered, path: readonly string[]): string[] {
    let level = nodes;
    for (const step of path) {
      const [name, type] = step.split('#');
      const next = level.find((n) => name in n && (type === undefined || (n[':@'] as Record<string, string> | undefined)?.['@xsi:type'] === type));
      if (!next) throw new Error(`no ${step} in ${path.join(' > ')}`);
      level = next[name] as Ordered;
    }
    return level.map((n) => Object.keys(n).find((k) => k !== ':@')!).filter((k) => k !== '#comment' && k !== '#text');
  }

  test.each([
    [['OfficeApp'], ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions', 'VersionOverrides']],
    [['OfficeApp', 'VersionOverrides'], ['Hosts', 'Resources']],
    [['OfficeApp', 'VersionOverrides', 'Hosts', 'Host'], ['Runtimes', 'AllFormFactors', 'DesktopFormFactor']],
    [['OfficeApp', 'VersionOverrides', 'Hosts', 'Host', 'AllFormFactors', 'ExtensionPoint#CustomFunctions'], ['Script', 'Page', 'Metadata', 'Namespace']],
    [['OfficeApp', 'VersionOverrides', 'Hosts', 'Host', 'DesktopFormFactor'], ['GetStarted', 'FunctionFile', 'ExtensionPoint']],
    [['OfficeApp', 'VersionOverrides', 'Hosts', 'Host', 'DesktopFormFactor', 'ExtensionPoint#PrimaryCommandSurface', 'OfficeTab', 'Group'], ['Label', 'Icon', 'Control']],
    [['OfficeApp', 'VersionOverrides', 'Hosts', 'Host', 'DesktopFormFactor', 'ExtensionPoint#PrimaryCommandSurface', 'OfficeTab', 'Group', 'Control'], ['Label', 'Supertip', 'Icon', 'Action']],
    [['OfficeApp', 'VersionOverrides', 'Resources'], ['bt:Images', 'bt:Urls', 'bt:ShortStrings', 'bt:LongStrings']],
  ] as const)('%j', (path, expected) => {
    expect(children(ordered, path)).toEqual(expected);
  });

  test('short strings fit in 125 characters and long strings in 250', () => {
    const xml = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
    const section = (name: string) => xml.slice(xml.indexOf(`<bt:${name}>`), xml.indexOf(`</bt:${name}>`));
    const values = (text: string) => [...text.matchAll(/DefaultValue="([^"]*)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));
    for (const v of values(section('ShortStrings'))) expect(v.length).toBeLessThanOrEqual(125);
    for (const v of values(section('LongStrings'))) expect(v.length).toBeLessThanOrEqual(250);
    expect(values(section('ShortStrings')).length).toBeGreaterThanOrEqual(4);
  });
});
