import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';

// Playwright compiles the tests to CommonJS, so `require` is there.
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Fails on any serious or critical axe-core finding on the page as it is now. axe is evaluated
 * through the DevTools protocol, which the page's CSP (scripts only with the request's nonce) does
 * not apply to, so the policy under test stays exactly as served.
 */
export async function expectAccessible(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  // After a client-side navigation (a server action's redirect) Next streams the new page's <title>
  // in after its body: wait for it, so the check sees the page as it settles (a page that never gets
  // one still fails, here).
  await expect.poll(() => page.title(), { message: `no <title> on ${page.url()}` }).not.toBe('');
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const { axe } = window as unknown as { axe: { run: (c: Document) => Promise<AxeResults> } };
    const results = await axe.run(document);
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        rule: v.id,
        impact: v.impact,
        help: v.help,
        where: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
      }));
  });
  expect(violations, `accessibility problems on ${page.url()}`).toEqual([]);
}
