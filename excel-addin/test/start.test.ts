/**
 * `npm start`'s server: dist/excel over https with the office-addin-dev-certs certificates (generated,
 * not installed, on this Linux box), the right content types, CORS for Excel on the web, and
 * nothing outside dist/excel.
 */
import { readFileSync } from 'fs';
import { get } from 'https';
import type { AddressInfo } from 'net';
import { join } from 'path';
import { certificates, fileFor, serve } from '../../scripts/start';
import { DIST, ensureExcelBuild } from './ensure-built';

function fetchText(port: number, path: string, ca: Buffer): Promise<{ status: number; type: string; cors: string; body: string }> {
  return new Promise((resolve, reject) => {
    get({ host: 'localhost', port, path, ca }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => { body += chunk; });
      response.on('end', () => resolve({
        status: response.statusCode ?? 0,
        type: String(response.headers['content-type'] ?? ''),
        cors: String(response.headers['access-control-allow-origin'] ?? ''),
        body,
      }));
    }).on('error', reject);
  });
}

describe('npm start server', () => {
  test('serves the built add-in over https trusted by the development CA, and nothing else', async () => {
    ensureExcelBuild();
    const certs = await certificates();
    // On Linux nothing is installed in the system trust store unless asked for.
    if (process.platform === 'linux' && process.env.LD_INSTALL_DEV_CERTS !== '1') expect(certs.installed).toBe(false);
    const ca = readFileSync(certs.caPath);
    const server = await serve(certs.options, 0);
    try {
      const port = (server.address() as AddressInfo).port;
      const page = await fetchText(port, '/taskpane.html', ca);
      expect([page.status, page.type]).toEqual([200, 'text/html; charset=utf-8']);
      expect(page.body).toContain('https://appsforoffice.microsoft.com/lib/1/hosted/office.js');
      const json = await fetchText(port, '/functions.json', ca);
      expect([json.status, json.type, json.cors]).toEqual([200, 'application/json; charset=utf-8', '*']);
      expect(JSON.parse(json.body)).toEqual(JSON.parse(readFileSync(join(DIST, 'functions.json'), 'utf8')));
      expect((await fetchText(port, '/', ca)).body).toBe(page.body);
      expect((await fetchText(port, '/manifest.xml', ca)).type).toBe('application/xml; charset=utf-8');
      for (const path of ['/../package.json', '/%2e%2e/package.json', '/assets/../../../package.json', '/nope.js', '/%E0%A4%A']) {
        expect([path, (await fetchText(port, path, ca)).status]).toEqual([path, 404]);
      }
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  test('fileFor never leaves dist/excel', () => {
    expect(fileFor('/taskpane.html')).toBe(join(DIST, 'taskpane.html'));
    expect(fileFor('/assets/icon-32.png?v=2')).toBe(join(DIST, 'assets', 'icon-32.png'));
    expect(fileFor('/../../etc/passwd')).toBeUndefined();
    expect(fileFor('/assets')).toBeUndefined();
  });
});
