/**
 * `npm run screenshot -- /projects/kitex/ [--dark] [--width 390] [--fold] [--selector css] [--out dir]`: builds
 * nothing; serves dist/ on 127.0.0.1 and saves a full-page screenshot (--fold: only the first screen;
 * --selector: only the first element that matches), for reviewing pages in light and dark.
 */
import path from 'node:path';
import { launchBrowser } from '../tests/helpers/browser';
import { serveStatic } from '../tests/helpers/serve';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const pages = args.filter((a, i) => a.startsWith('/') && !args[i - 1]?.startsWith('--'));
const dark = args.includes('--dark');
const width = Number(flag('--width') ?? 1280);
const outDir = flag('--out') ?? 'tests/.tmp/screenshots';

const server = await serveStatic(path.resolve(process.env.ATLAS_OUT_DIR ?? 'dist'));
const browser = await launchBrowser();
const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: dark ? 'dark' : 'light' });
const page = await context.newPage();
page.on('console', (m) => m.type() === 'error' && console.error(`console: ${m.text()}`));
for (const p of pages.length ? pages : ['/']) {
  await page.goto(server.url + p, { waitUntil: 'networkidle' });
  const file = path.join(outDir, `${p.replace(/\W+/g, '_') || 'home'}-${width}-${dark ? 'dark' : 'light'}.png`);
  const selector = flag('--selector');
  if (selector) await page.locator(selector).first().screenshot({ path: file });
  else await page.screenshot({ path: file, fullPage: !args.includes('--fold') });
  console.log(file);
}
await browser.close();
await server.close();
