import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { demo, signIn } from './support/session';

// The portal's pages on a 360 px phone, in both languages, for a visitor and a signed-in resident:
// nothing serious for axe, and no page wider than the screen.

const visitorPages = ['/', '/services', '/login', '/register', '/password/reset', '/fines'];
const residentPages = [
  '/cabinet',
  '/cabinet/calendar',
  '/cabinet/data-access',
  '/cabinet/notifications',
  '/meters/water',
  '/meters/electricity',
  '/housing/epd',
  '/housing/pay',
  '/payments',
  '/profile',
  '/health/appointments',
  '/fines',
];

async function crawl(page: Page, paths: readonly string[]) {
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBeLessThan(400);
    await expectAccessible(page);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `${path} is wider than the phone`).toBeLessThanOrEqual(360);
  }
}

for (const locale of ['ru', 'en'] as const)
  test(`every page fits a phone and passes axe, in ${locale}`, async ({ browser, baseURL }) => {
    test.setTimeout(120_000);
    const context = await browser.newContext({ baseURL, viewport: { width: 360, height: 740 } });
    await context.addCookies([{ name: 'NEXT_LOCALE', value: locale, url: baseURL! }]);
    const page = await context.newPage();
    await crawl(page, visitorPages);
    // Signing in goes through the Russian form; the reader's language is the cookie's.
    await context.clearCookies();
    await signIn(page, demo.neighbour);
    await context.addCookies([{ name: 'NEXT_LOCALE', value: locale, url: baseURL! }]);
    await crawl(page, residentPages);
    await context.close();
  });
