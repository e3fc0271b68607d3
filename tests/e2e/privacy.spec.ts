import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { demo, registerResident, signIn } from './support/session';

// What a resident must be able to trust: who looked at their data, and their deadlines in their own
// calendar, by an address only they hold.

test('a resident reads that an admin opened their details, and nothing of their own', async ({
  browser,
  baseURL,
}) => {
  const person = await registerResident(browser, baseURL!);
  await person.page.goto('/cabinet');
  await person.page.getByRole('link', { name: 'Кто смотрел мои данные' }).click();
  await expect(
    person.page.getByText('Пока никто, кроме вас, ваших данных не открывал.'),
  ).toBeVisible();

  const adminContext = await browser.newContext({ baseURL });
  const admin = await adminContext.newPage();
  await signIn(admin, demo.admin, undefined, '/admin/users');
  await admin.goto(`/admin/users?q=${encodeURIComponent(person.email)}`);
  await expect(admin.getByText(person.email).first()).toBeVisible();
  await adminContext.close();

  await person.page.reload();
  // The list the admin landed on and the search both showed the person: an entry each.
  const entries = person.page.getByRole('listitem').filter({ hasText: 'Список пользователей' });
  await expect(entries.first()).toBeVisible();
  expect(await entries.count()).toBeGreaterThanOrEqual(1);
  await expect(entries.first()).toContainText('Администратор портала');
  await expect(entries.first()).toContainText('ФИО, электронная почта и телефон');
  await expectAccessible(person.page);
  await person.context.close();
});

test('the calendar feed: subscribed by its address, reset, and the old address is gone', async ({
  browser,
  baseURL,
  request,
}) => {
  const person = await registerResident(browser, baseURL!);
  const page = person.page;
  await page.goto('/cabinet');
  await page.getByRole('link', { name: 'Мои сроки в календаре' }).click();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Получить адрес календаря' }).click();
  await expect(page.getByText('Календарь подключён')).toBeVisible();
  const address = page.getByLabel('Адрес календаря');
  const first = await address.inputValue();
  expect(first).toMatch(/\/calendar\/[0-9a-f-]{36}\/[A-Za-z0-9_-]{43}\.ics$/);
  await expect(
    page.getByRole('link', { name: 'Подписаться в приложении календаря' }),
  ).toHaveAttribute('href', first.replace(/^https?:/, 'webcal:'));
  await expectAccessible(page);

  // A calendar app fetches it without any cookie.
  const feed = await request.get(new URL(first).pathname);
  expect(feed.status()).toBe(200);
  expect(feed.headers()['content-type']).toContain('text/calendar');
  expect(await feed.text()).toContain('X-WR-CALNAME:Мой город: мои сроки');

  await page.getByRole('button', { name: 'Сменить адрес' }).click();
  await expect(page.getByText('у календаря новый адрес')).toBeVisible();
  await expect(address).not.toHaveValue(first);
  const second = await address.inputValue();
  expect((await request.get(new URL(first).pathname)).status()).toBe(404);
  expect((await request.get(new URL(second).pathname)).status()).toBe(200);

  await page.getByRole('button', { name: 'Отключить календарь' }).click();
  await expect(page.getByText('Календарь отключён')).toBeVisible();
  expect((await request.get(new URL(second).pathname)).status()).toBe(404);
  await person.context.close();
});
