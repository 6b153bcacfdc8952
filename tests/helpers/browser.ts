/**
 * Headless Chromium for the browser tests and scripts, driven by playwright-core (Playwright's own browser
 * download does not work here). The browser is `CHROME_PATH` (or `CHROMIUM_PATH`) when set, else a system
 * Chromium when there is one, else the Chromium that ships inside the @sparticuz/chromium npm package, so
 * `npm test` needs no system browser. Fonts always come from npm packages (fonts.ts), so pages, Chinese
 * ones included, render the same everywhere. Flags keep Chromium from calling out to the network.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { browserFontConfig } from './fonts';

const systemBrowsers = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** Which Chromium the tests run: the path, and where it came from (for messages). */
export async function chromiumExecutable(): Promise<{ path: string; from: 'env' | 'system' | 'npm' }> {
  const fromEnv = process.env.CHROME_PATH ?? process.env.CHROMIUM_PATH;
  if (fromEnv) return { path: fromEnv, from: 'env' };
  const system = systemBrowsers.find((p) => existsSync(p));
  if (system) return { path: system, from: 'system' };
  const { default: Chromium } = await import('@sparticuz/chromium');
  return { path: await Chromium.executablePath(), from: 'npm' };
}

export async function launchBrowser(): Promise<Browser> {
  const { path } = await chromiumExecutable();
  return chromium.launch({
    executablePath: path,
    env: { ...process.env, FONTCONFIG_FILE: browserFontConfig() },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
