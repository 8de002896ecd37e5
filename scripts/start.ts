/**
 * `npm start`: build the Excel add-in, serve dist/excel/ on https://localhost:3000 with the
 * office-addin-dev-certs certificates, and sideload it.
 *
 *   - Windows / macOS with `office-addin-debugging` installed: sideloads into desktop Excel.
 *     (It is not a dependency; install it yourself with `npm i -D office-addin-debugging` to use this.)
 *   - Anywhere else (Linux included): serves and prints how to sideload manifest.xml in Excel on the web.
 *
 * Certificates: on Windows and macOS the CA is installed into the user's trust store as Microsoft's
 * tools do. Where that needs root or system tools (Linux: sudo + update-ca-certificates) the
 * certificates are only generated, in ~/.office-addin-dev-certs, and you are told how to trust them.
 * Set LD_INSTALL_DEV_CERTS=1 to try the installation anyway, or =0 to never try.
 *
 * Options: --no-build (serve what is in dist/excel), --no-sideload, --port <n> (the manifest uses 3000).
 * Ctrl+C stops the server.
 */
import { spawnSync } from 'child_process';
import { createReadStream, existsSync, readFileSync, statSync } from 'fs';
import { createServer, type ServerOptions } from 'https';
import { extname, join, normalize, resolve, sep } from 'path';

const ROOT = resolve(__dirname, '..');
const DIST = join(ROOT, 'dist', 'excel');
const MANIFEST = join(DIST, 'manifest.xml');

const MIME: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
};

interface Options {
  readonly build: boolean;
  readonly sideload: boolean;
  readonly port: number;
}

function parseOptions(argv: readonly string[]): Options {
  const portAt = argv.indexOf('--port');
  const port = portAt >= 0 ? Number(argv[portAt + 1]) : 3000;
  if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`--port needs a port number, got ${argv[portAt + 1]}`);
  return { build: !argv.includes('--no-build'), sideload: !argv.includes('--no-sideload'), port };
}

function build(): void {
  console.log('Building the Excel add-in into dist/excel (development mode, https://localhost:3000 URLs)…');
  const env = { ...process.env };
  delete env.ADDIN_PUBLIC_URL; // the dev manifest must point at this server
  const run = spawnSync('npx', ['webpack', '--config', 'excel-addin/webpack.config.js', '--mode', 'development'], { cwd: ROOT, stdio: 'inherit', env });
  if (run.status !== 0) {
    console.error('The build failed; see the errors above.');
    process.exit(run.status ?? 1);
  }
}

/** A module that may be absent, loaded without making it a build-time dependency. */
function optionalRequire<T>(name: string): T | undefined {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require(name) as T;
  } catch {
    return undefined;
  }
}

interface DevCerts {
  getHttpsServerOptions(days?: number, domains?: string[], machine?: boolean): Promise<ServerOptions>;
  generateCertificates(): Promise<void>;
}

interface DevCertDefaults {
  readonly caCertificatePath: string;
  readonly localhostCertificatePath: string;
  readonly localhostKeyPath: string;
}

export async function certificates(): Promise<{ options: ServerOptions; installed: boolean; caPath: string }> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const devCerts = require('office-addin-dev-certs') as DevCerts;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const defaults = require('office-addin-dev-certs/lib/defaults') as DevCertDefaults;
  const wanted = process.env.LD_INSTALL_DEV_CERTS;
  const tryInstall = wanted === '1' || (wanted !== '0' && (process.platform === 'win32' || process.platform === 'darwin'));
  if (tryInstall) {
    try {
      return { options: await devCerts.getHttpsServerOptions(), installed: true, caPath: defaults.caCertificatePath };
    } catch (e) {
      console.warn(`Could not install the development certificate authority (${e instanceof Error ? e.message.split('\n')[0] : String(e)}).`);
      console.warn('Falling back to generated certificates that are not installed.');
    }
  }
  if (!existsSync(defaults.localhostCertificatePath) || !existsSync(defaults.localhostKeyPath) || !existsSync(defaults.caCertificatePath)) {
    await devCerts.generateCertificates();
  }
  return {
    options: {
      ca: readFileSync(defaults.caCertificatePath),
      cert: readFileSync(defaults.localhostCertificatePath),
      key: readFileSync(defaults.localhostKeyPath),
    },
    installed: false,
    caPath: defaults.caCertificatePath,
  };
}

/** The file under dist/excel a URL path names, or undefined (never outside dist/excel). */
export function fileFor(urlPath: string): string | undefined {
  let path: string;
  try {
    path = decodeURIComponent(urlPath.split('?')[0]);
  } catch {
    return undefined;
  }
  if (path === '/' || path === '') path = '/taskpane.html';
  const file = normalize(join(DIST, path));
  if (file !== DIST && !file.startsWith(DIST + sep)) return undefined;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

export function serve(options: ServerOptions, port: number): Promise<ReturnType<typeof createServer>> {
  const server = createServer(options, (request, response) => {
    const file = fileFor(request.url ?? '/');
    // Excel on the web fetches functions.json and the scripts from another origin.
    response.setHeader('Access-Control-Allow-Origin', '*');
    response.setHeader('Cache-Control', 'no-store');
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405).end();
      return;
    }
    if (!file) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    response.writeHead(200, { 'Content-Type': MIME[extname(file)] ?? 'application/octet-stream' });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
  return new Promise((resolveServer, reject) => {
    server.once('error', reject);
    server.listen(port, 'localhost', () => resolveServer(server));
  });
}

interface Debugging {
  startDebugging(manifestPath: string, options: Record<string, unknown>): Promise<void>;
}

async function sideload(port: number): Promise<boolean> {
  if (process.platform !== 'win32' && process.platform !== 'darwin') return false;
  const debugging = optionalRequire<Debugging>('office-addin-debugging');
  if (!debugging) {
    console.log('office-addin-debugging is not installed, so the add-in is not sideloaded into desktop Excel automatically.');
    return false;
  }
  try {
    await debugging.startDebugging(MANIFEST, { appType: 'desktop', app: 'excel', devServerPort: port, enableDebugging: false, enableSideload: true });
    console.log('Sideloaded into desktop Excel: open the Home tab, L&D Framework.');
    return true;
  } catch (e) {
    console.warn(`Sideloading into desktop Excel failed: ${e instanceof Error ? e.message : String(e)}`);
    return false;
  }
}

function printWebInstructions(port: number, caPath: string, installed: boolean): void {
  console.log(`
To use the add-in in Excel on the web:
  1. ${installed ? 'Your system trusts the development certificate.' : `Trust the development certificate authority in your browser: import
     ${caPath}
     as a trusted authority (Chrome/Edge: Settings > Privacy and security > Security > Manage certificates >
     Authorities > Import; Firefox: Settings > Certificates > View Certificates > Authorities > Import).`}
     Then open https://localhost:${port}/taskpane.html once: it should load without a certificate warning.
  2. Open a workbook in Excel on the web (https://www.office.com).
  3. Home > Add-ins > More Add-ins (or Advanced…) > My Add-ins > Upload My Add-in, and choose
     ${MANIFEST}
  4. Home > L&D Framework opens the task pane; type =LD.ROI( in a cell for the functions.
`);
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (options.build) build();
  if (!existsSync(MANIFEST)) {
    console.error(`${MANIFEST} is missing: run without --no-build.`);
    process.exit(1);
  }
  const certs = await certificates();
  if (!certs.installed) console.log(`Using generated certificates (not installed in the system trust store): ${certs.caPath}`);
  let server: ReturnType<typeof createServer>;
  try {
    server = await serve(certs.options, options.port);
  } catch (e) {
    const code = (e as { code?: string }).code;
    console.error(code === 'EADDRINUSE' ? `Port ${options.port} is in use: stop the other server or pass --port.` : `Could not start the server: ${String(e)}`);
    process.exit(1);
  }
  console.log(`Serving ${DIST} on https://localhost:${options.port}/ (Ctrl+C to stop)`);
  if (options.port !== 3000) console.log('Note: manifest.xml points at port 3000; other ports are for testing the server only.');
  const sideloaded = options.sideload && (await sideload(options.port));
  if (!sideloaded) printWebInstructions(options.port, certs.caPath, certs.installed);
  const stop = () => {
    server.close(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(1);
  });
}
