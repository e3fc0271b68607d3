// Records the exact request a real browser sends when a form's server action runs, so a benchmark can
// replay it (with substitutions) the way residents' browsers would send it.
import { chromium } from '@playwright/test';

const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * @param {{ url: string, cookie?: string, act: (page: import('@playwright/test').Page) => Promise<void> }} opts
 * @returns {Promise<{ url: string, method: string, headers: Record<string, string>, body: Buffer }>}
 */
export async function captureServerAction({ url, cookie, act }) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: chromiumArgs,
  });
  try {
    const context = await browser.newContext();
    if (cookie) {
      const { hostname } = new URL(url);
      await context.addCookies(
        cookie.split('; ').map((pair) => {
          const i = pair.indexOf('=');
          const name = pair.slice(0, i);
          // __Secure-/__Host- cookies (production mode) must be marked secure; Chromium keeps them on localhost.
          const secure = name.startsWith('__Secure-') || name.startsWith('__Host-');
          return {
            name,
            value: pair.slice(i + 1),
            domain: hostname,
            path: '/',
            secure,
            sameSite: 'Lax',
          };
        }),
      );
    }
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    const captured = page.waitForRequest(
      (r) => r.method() === 'POST' && !!r.headers()['next-action'],
    );
    await act(page);
    const request = await captured;
    const headers = { ...(await request.allHeaders()) };
    for (const h of Object.keys(headers))
      if (h.startsWith(':') || h === 'content-length') delete headers[h];
    return {
      url: request.url(),
      method: 'POST',
      headers,
      body: request.postDataBuffer() ?? Buffer.alloc(0),
    };
  } finally {
    await browser.close();
  }
}

/**
 * A recorded multipart body with form fields replaced by name, whatever prefix React's encoding gives
 * them (`1_plate` for an action called with a previous state). Values go in as UTF-8, so a Cyrillic
 * plate survives the body's byte-for-byte (latin1) handling.
 * @param {Buffer} body
 * @param {Record<string, string>} fields
 * @returns {string} the body in latin1, for further byte-exact substitutions
 */
export function withFormFields(body, fields) {
  let text = body.toString('latin1');
  for (const [name, value] of Object.entries(fields)) {
    const field = new RegExp(`(name="(?:[^"]*_)?${name}"\\r\\n\\r\\n)[^\\r]*`, 'g');
    const bytes = Buffer.from(value, 'utf8').toString('latin1');
    text = text.replace(field, (_, head) => head + bytes);
  }
  return text;
}
