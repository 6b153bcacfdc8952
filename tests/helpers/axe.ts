/**
 * Runs axe-core in a page and returns its violations as `rule: selectors` lines (empty when clean).
 * axe is evaluated through the DevTools protocol, so the site's CSP (no inline scripts) stays on.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

type Axe = { run(context?: string): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };

/** Violations in the whole page, or inside `selector` only. */
export async function axeViolations(page: Page, selector?: string): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async (context) => {
    const axe = (window as unknown as { axe: Axe }).axe;
    const result = await (context ? axe.run(context) : axe.run());
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, selector);
}
