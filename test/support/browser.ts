/**
 * Headless Chromium for the task pane and sidebar tests: Debian's `/usr/bin/chromium` driven by
 * playwright-core (never a downloaded browser), with the flags this machine needs as root and a
 * fresh profile each launch (playwright-core's `launch` makes a new temporary `--user-data-dir` itself
 * and refuses one passed by hand). No network: pages are loaded from files or from a loopback server.
 */
import { chromium, Browser } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

export interface LaunchedBrowser {
  readonly browser: Browser;
  close(): Promise<void>;
}

export async function launchChromium(): Promise<LaunchedBrowser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
  return {
    browser,
    async close() {
      await browser.close();
    },
  };
}

/** axe-core's source, injected into a page to audit accessibility. */
export function axeSource(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('axe-core').source as string;
}
