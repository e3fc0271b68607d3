import { expect, test, type Page } from '@playwright/test';
import { demo, signIn } from './support/session';

// What the portal looks like to someone outside it: a keyboard user must see where the focus is on
// every background (WCAG 2.4.7, and 3:1 for the indicator, 1.4.11), and a phone 360 px wide must never
// scroll sideways.

type FocusRing = {
  /** Where the focus is, for the failure message. */
  focused: string;
  outline: string;
  /** The ring's colours (outline and box-shadow) against what is behind the element, WCAG ratio. */
  contrasts: { colour: string; ratio: number }[];
  background: string;
};

/**
 * The focus indicator of the focused element: its outline and box-shadow colours, each with its
 * contrast against the nearest opaque background behind the element (the ring is drawn outside it).
 */
function focusRing(page: Page): Promise<FocusRing> {
  return page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 1;
    const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
    /** Any CSS colour (Tailwind's are oklch) as sRGB 0–255 and alpha 0–1, as the browser paints it. */
    const rgba = (colour: string) => {
      ctx.clearRect(0, 0, 1, 1);
      ctx.fillStyle = '#000';
      ctx.fillStyle = colour;
      ctx.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
      return { r: r!, g: g!, b: b!, a: a! / 255 };
    };
    const luminance = ({ r, g, b }: { r: number; g: number; b: number }) => {
      const [R, G, B] = [r, g, b].map((v) => {
        const c = v / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * R! + 0.7152 * G! + 0.0722 * B!;
    };
    const ratio = (a: string, b: string) => {
      const [l1, l2] = [luminance(rgba(a)), luminance(rgba(b))].sort((x, y) => y - x);
      return Math.round(((l1! + 0.05) / (l2! + 0.05)) * 100) / 100;
    };

    const el = document.activeElement as HTMLElement;
    let background = 'rgb(255, 255, 255)';
    for (let node = el.parentElement; node; node = node.parentElement) {
      const colour = getComputedStyle(node).backgroundColor;
      if (rgba(colour).a > 0.5) {
        background = colour;
        break;
      }
    }
    const style = getComputedStyle(el);
    const colours = [
      ...(style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2
        ? [style.outlineColor]
        : []),
      // "rgb(255, 255, 255) 0px 0px 0px 2px, …": the colours of the shadows that are drawn.
      ...(style.boxShadow.match(/(?:rgba?|oklch|oklab|lab|lch|color)\([^)]*\)/g) ?? []),
    ].filter((colour) => rgba(colour).a > 0.5);
    return {
      focused: `${el.tagName.toLowerCase()} «${el.textContent?.trim().slice(0, 40)}»`,
      outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}; ${style.boxShadow}`,
      contrasts: colours.map((colour) => ({ colour, ratio: ratio(colour, background) })),
      background,
    };
  });
}

/** Presses Tab until the focus is on an element `is` accepts (at most `limit` times). */
async function tabTo(page: Page, is: string, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(is)) return;
  }
  throw new Error(`Tab never reached ${is}`);
}

function expectVisibleRing(ring: FocusRing) {
  const best = Math.max(0, ...ring.contrasts.map((c) => c.ratio));
  expect(
    best,
    `focus ring of ${ring.focused} (${ring.outline}) on ${ring.background}`,
  ).toBeGreaterThanOrEqual(3);
}

test('the keyboard focus ring shows on the blue header and on a white card', async ({ page }) => {
  await page.goto('/');
  await tabTo(
    page,
    `!!document.activeElement?.closest('header') && document.activeElement.matches(':focus-visible')`,
  );
  const header = await focusRing(page);
  expect(header.background, 'the header is the brand blue').toBe('rgb(23, 74, 150)');
  expectVisibleRing(header);

  await signIn(page, demo.resident);
  await tabTo(
    page,
    `(() => {
      const el = document.activeElement;
      if (!el || el.tagName !== 'A' || !el.closest('main') || !el.matches(':focus-visible')) return false;
      for (let n = el.parentElement; n; n = n.parentElement) {
        const bg = getComputedStyle(n).backgroundColor;
        if (bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') return bg === 'rgb(255, 255, 255)';
      }
      return false;
    })()`,
  );
  const card = await focusRing(page);
  expect(card.background).toBe('rgb(255, 255, 255)');
  expectVisibleRing(card);
});

test.describe('on a phone 360 px wide', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

  test('an apartment’s meter cards put each label above its value and never scroll sideways', async ({
    page,
  }) => {
    await signIn(page, demo.resident);
    const apartment = await page
      .locator('main a[href^="/cabinet/apartments/"]')
      .first()
      .getAttribute('href');
    await page.goto(apartment!);
    await expect(page.locator('main li dl').first()).toBeVisible();
    expect(await pageWidth(page)).toBeLessThanOrEqual(360);

    // The meter cards' short facts (a compact list): on a phone each label sits above its value.
    const stacked = await page.evaluate(() =>
      [...document.querySelectorAll('main li dl dt')].map((dt) => {
        const dd = dt.nextElementSibling!;
        return dt.getBoundingClientRect().bottom <= dd.getBoundingClientRect().top + 1;
      }),
    );
    expect(stacked.length).toBeGreaterThan(0);
    expect(stacked.every(Boolean), 'label above value in every meter card').toBe(true);

    // A value that cannot wrap at all (a long serial number) breaks inside the card, not the page.
    await page.evaluate(() => {
      const dd = document.querySelector('main li dl dd')!;
      dd.textContent = 'ЭЛ-77010000270000000000000000000000';
    });
    expect(await pageWidth(page)).toBeLessThanOrEqual(360);
  });

  test('the health waitlist never scrolls sideways', async ({ page }) => {
    await signIn(page, demo.resident, undefined, '/health/appointments/waitlist');
    await expect(page.getByRole('heading', { name: 'Лист ожидания' })).toBeVisible();
    expect(await pageWidth(page)).toBeLessThanOrEqual(360);
  });
});
