import { expect, request, test, type Page } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { demo, registerResident, signIn } from './support/session';

test.describe('response headers', () => {
  test('every page carries a fresh script nonce and the hardening headers', async ({
    request: http,
  }) => {
    const first = await http.get('/');
    const second = await http.get('/');
    expect(first.status()).toBe(200);

    const headers = first.headers();
    const csp = headers['content-security-policy'] ?? '';
    const nonce = /script-src 'self' 'nonce-([A-Za-z0-9+/=]+)' 'strict-dynamic'(;|$)/.exec(
      csp,
    )?.[1];
    expect(nonce, csp).toBeTruthy();
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'self'");
    expect(csp).toContain("form-action 'self'");
    expect(second.headers()['content-security-policy']).not.toContain(nonce!);

    // Every script the page ships runs only because it carries this response's nonce.
    const scripts = (await first.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);

    const hsts = /max-age=(\d+)/.exec(headers['strict-transport-security'] ?? '');
    expect(Number(hsts?.[1])).toBeGreaterThanOrEqual(31_536_000);
    expect(headers['strict-transport-security']).toContain('includeSubDomains');
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['x-powered-by']).toBeUndefined();
  });

  test('the pages work under that policy: nothing is blocked in the browser', async ({ page }) => {
    const blocked: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) blocked.push(message.text());
    });
    await page.goto('/');
    await page.goto('/login');
    // A client-side check of the form proves the page's scripts were allowed to run.
    await page.getByRole('button', { name: 'Войти', exact: true }).click();
    await expect(page.getByText('Заполните это поле').first()).toBeVisible();
    expect(blocked).toEqual([]);
  });
});

test('an unknown address shows the friendly page, with no trace of the server inside', async ({
  page,
}) => {
  const response = await page.goto('/no/such/page-2014');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Страница не найдена' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'На главную' })).toBeVisible();
  const html = await response!.text();
  expect(html).not.toMatch(/node_modules|webpack-internal|\bat \S+ \(|\.tsx?:\d+|Error:/);
  await expectAccessible(page);
});

/**
 * What a browser without JavaScript would post for a user's role form on the admin page: the
 * server action's id and arguments live in the form's hidden fields.
 */
async function roleFormPost(adminPage: Page, email: string, role: string) {
  await adminPage.goto(`/admin/users?q=${encodeURIComponent(email)}`);
  const form = adminPage.getByRole('listitem').filter({ hasText: email }).locator('form');
  const fields = await form.evaluate((element: HTMLFormElement) =>
    Array.from(new FormData(element), ([key, value]) => [key, String(value)] as const),
  );
  expect(fields.some(([key]) => key.startsWith('$ACTION'))).toBe(true);
  return Object.fromEntries(fields.map(([key, value]) => [key, key === 'role' ? role : value]));
}

test('the role-change action, posted without an admin session, changes nothing', async ({
  browser,
  baseURL,
}) => {
  const person = await registerResident(browser, baseURL!);
  // Without JavaScript the page keeps the form exactly as the server rendered it.
  const admin = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const adminPage = await admin.newPage();
  const adminWithJs = await browser.newContext({ baseURL });
  const signInPage = await adminWithJs.newPage();
  await signIn(signInPage, demo.admin, undefined, '/admin/users');
  await admin.addCookies(await adminWithJs.cookies());

  const forged = await roleFormPost(adminPage, person.email, 'admin');
  const post = (via: { post: typeof adminPage.request.post }) =>
    via.post(`/admin/users?q=${encodeURIComponent(person.email)}`, {
      multipart: forged,
      headers: { Origin: baseURL! },
      maxRedirects: 0,
    });
  const roleNow = async () => {
    await adminPage.goto(`/admin/users?q=${encodeURIComponent(person.email)}`);
    return adminPage
      .getByRole('combobox', { name: new RegExp(`Роль.*${person.fullName}`) })
      .inputValue();
  };

  // Nobody signed in.
  const anonymous = await request.newContext({ baseURL });
  expect((await post(anonymous)).status()).toBe(404);
  expect(await roleNow()).toBe('resident');

  // The resident, trying to make themselves an admin.
  expect((await post(person.context.request)).status()).toBe(404);
  expect(await roleNow()).toBe('resident');
  await person.page.goto('/admin/users');
  await expect(person.page.getByRole('heading', { name: 'Страница не найдена' })).toBeVisible();

  // The very same request from the admin does work: the two refusals above were real.
  expect((await post(admin.request)).status()).toBe(200);
  expect(await roleNow()).toBe('admin');

  await anonymous.dispose();
  await Promise.all([admin.close(), adminWithJs.close(), person.context.close()]);
});

test('a made-up X-Forwarded-For does not escape a per-address limit', async ({
  browser,
  baseURL,
}) => {
  // The e2e server trusts loopback as its proxy (scripts/e2e-server.mjs): the client is the
  // right-most address the proxy appended; whatever the client wrote to its left is not believed.
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const client = `198.51.100.${(Date.now() % 200) + 20}`;
  const ask = async (forwardedFor: string) => {
    await page.setExtraHTTPHeaders({ 'X-Forwarded-For': forwardedFor });
    await page.goto('/password/reset');
    await page
      .getByLabel('Электронная почта или мобильный телефон')
      .fill(`nobody${Date.now()}@moygorod.test`);
    await page.getByRole('button', { name: 'Получить ссылку' }).click();
    await expect(page.getByText(/мы отправили|Слишком много запросов/)).toBeVisible();
    return page.getByText(/Слишком много запросов/).isVisible();
  };
  for (let i = 1; i <= 10; i++) expect(await ask(`203.0.113.${i}, ${client}`)).toBe(false);
  expect(await ask(`203.0.113.99, ${client}`)).toBe(true);
  // Another client behind the same proxy is not held back.
  expect(await ask(`${client}, 192.0.2.${(Date.now() % 200) + 20}`)).toBe(false);
  await context.close();
});
