import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { waitForMail } from './support/mail';
import { registerResident } from './support/session';

// The whole journey of a resident who forgot their password: from the sign-in page, through the
// mail in their mailbox (the portal's local outbox), to signing in with the new password.

test('a resident who forgot the password sets a new one from the link in the mail', async ({
  browser,
  baseURL,
}) => {
  const person = await registerResident(browser, baseURL!);
  const newPassword = 'Novyi-Parol-2015';

  const visitor = await browser.newContext({ baseURL });
  const page = await visitor.newPage();
  await page.goto('/login');
  await page.getByRole('link', { name: 'Забыли пароль?' }).click();
  await expect(page).toHaveURL(/\/password\/reset$/);
  await expectAccessible(page);
  // By the phone number: the link goes to the account's e-mail.
  await page.getByLabel('Электронная почта или мобильный телефон').fill(person.phone);
  await page.getByRole('button', { name: 'Получить ссылку' }).click();
  await expect(page.getByText(/мы отправили на её электронную почту ссылку/)).toBeVisible();

  const mail = await waitForMail(person.email, 'Восстановление пароля');
  const link = /https?:\/\/\S+\/password\/reset\/[A-Za-z0-9_-]{43}/.exec(mail.text)?.[0];
  expect(link, mail.text).toBeTruthy();
  const resetPath = new URL(link!).pathname;

  await page.goto(resetPath);
  await expect(page.getByRole('heading', { name: 'Задайте новый пароль' })).toBeVisible();
  await expect(page.getByText(person.email)).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Новый пароль', { exact: true }).fill(newPassword);
  await page.getByLabel('Повторите новый пароль').fill('Drugoy-Parol-2015');
  await page.getByRole('button', { name: 'Сохранить пароль' }).click();
  // The last: beside the field (the error summary above the form repeats it).
  await expect(page.getByText('Пароли не совпадают').last()).toBeVisible();
  await page.getByLabel('Повторите новый пароль').fill(newPassword);
  await page.getByRole('button', { name: 'Сохранить пароль' }).click();

  await page.waitForURL((url) => url.pathname === '/login');
  await expect(page.getByText('Новый пароль сохранён, все сеансы завершены.')).toBeVisible();
  await page.getByLabel('Электронная почта или мобильный телефон').fill(person.email);
  await page.getByLabel('Пароль', { exact: true }).fill(newPassword);
  await page.getByRole('button', { name: 'Войти', exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/cabinet');

  // The session the resident had elsewhere has ended.
  await person.page.goto('/cabinet');
  await expect(person.page).toHaveURL(/\/login\?next=%2Fcabinet/);

  // Told by e-mail, and in the inbox.
  await waitForMail(person.email, 'Пароль изменён');
  await page.goto('/cabinet/notifications');
  await expect(page.getByRole('heading', { name: 'Новое Пароль изменён' })).toBeVisible();

  // The link worked once.
  await page.goto(resetPath);
  await expect(page.getByRole('heading', { name: 'Ссылка больше не действует' })).toBeVisible();
  await expectAccessible(page);

  await visitor.close();
  await person.context.close();
});

test('a login nobody has gets word for word the answer an account gets', async ({ page }) => {
  const answerTo = async (login: string) => {
    await page.goto('/password/reset');
    await page.getByLabel('Электронная почта или мобильный телефон').fill(login);
    await page.getByRole('button', { name: 'Получить ссылку' }).click();
    const answer = page.getByText(/мы отправили на её электронную почту ссылку/);
    await expect(answer).toBeVisible();
    return (await page.getByRole('main').innerText()).trim();
  };
  const nobody = await answerTo(`nobody${Date.now()}@moygorod.test`);
  expect(nobody).toBe(await answerTo('+7 916 000-00-02'));
});

test('a forged reset link opens nothing', async ({ page }) => {
  for (const token of ['x'.repeat(43), 'not-a-token', '%00%27']) {
    const response = await page.goto(`/password/reset/${token}`);
    expect(response?.status()).toBeLessThan(500);
    await expect(page.getByRole('heading', { name: 'Ссылка больше не действует' })).toBeVisible();
  }
});
