import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './support/a11y';

// GOV.UK's error summary on a refused form: "Есть ошибки" at the top with a link to each field in
// error, the focus on it, "Ошибка: " before the page's title; and, without JavaScript, the same
// summary in the page the server answers the post with.

const summary = (page: Page) =>
  page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Есть ошибки' }) });

/** The element that takes the focus: the summary's box, around the part announced as an alert. */
const summaryBox = (page: Page) => summary(page).locator('xpath=..');

const labels = ['ФИО', 'Электронная почта', 'Мобильный телефон', 'Пароль', 'Повторите пароль'];

/** The ids of the registration form's fields, in the order the form shows them. */
const fieldIds = (page: Page) =>
  Promise.all(labels.map((label) => page.getByLabel(label, { exact: true }).getAttribute('id')));

test('an empty registration is summarised at the top, focused, named in the title, and leads to each field', async ({
  page,
}) => {
  await page.goto('/register');
  await expect(page.getByRole('button', { name: 'Зарегистрироваться' })).toBeVisible();
  const title = await page.title();
  expect(title).not.toBe('');

  await page.getByRole('button', { name: 'Зарегистрироваться' }).click();

  await expect(summary(page)).toBeVisible();
  await expect(summaryBox(page)).toBeFocused();
  await expect(page).toHaveTitle(`Ошибка: ${title}`);
  const links = summary(page).getByRole('link');
  await expect(links).toHaveText(labels.map(() => 'Заполните это поле'));
  const ids = await fieldIds(page);
  for (const [i, id] of ids.entries()) await expect(links.nth(i)).toHaveAttribute('href', `#${id}`);
  await expectAccessible(page);

  // From the keyboard, as a screen reader's user would follow it.
  await links.first().focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('ФИО')).toBeFocused();

  // Once every field is fixed the summary goes, and the title is the page's own again.
  await page.getByLabel('ФИО').fill('Лебедева Ольга Павловна');
  await page.getByLabel('Электронная почта').fill('lebedeva@moygorod.test');
  await page.getByLabel('Мобильный телефон').fill('+7 916 000-00-99');
  await page.getByLabel('Пароль', { exact: true }).fill('Sokolniki-2014');
  await page.getByLabel('Повторите пароль').fill('Sokolniki-2014');
  await expect(summary(page)).toHaveCount(0);
  await expect(page).toHaveTitle(title);
});

test('the server’s refusal of a sign-in is the summary’s one item, and takes the focus', async ({
  page,
}) => {
  await page.goto('/login');
  await page.getByLabel('Электронная почта или мобильный телефон').fill('nobody@moygorod.test');
  await page.getByLabel('Пароль', { exact: true }).fill('Ne-Tot-Parol-2014');
  await page.getByRole('button', { name: 'Войти', exact: true }).click();

  await expect(summary(page)).toContainText('Неверный логин или пароль');
  await expect(summaryBox(page)).toBeFocused();
  await expect(summary(page).getByRole('link')).toHaveCount(0);
  await expect(page).toHaveTitle(/^Ошибка: /);
  await expectAccessible(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the page the server answers an empty registration with has the same summary', async ({
    page,
  }) => {
    await page.goto('/register');
    await page.getByRole('button', { name: 'Зарегистрироваться' }).click();
    await page.waitForLoadState('load');

    await expect(summary(page)).toBeVisible();
    // The browser focuses it itself (`autofocus`), with no script to do it.
    await expect(summaryBox(page)).toBeFocused();
    const links = summary(page).getByRole('link');
    await expect(links).toHaveText(labels.map(() => 'Заполните это поле'));
    const ids = await fieldIds(page);
    for (const [i, id] of ids.entries())
      await expect(links.nth(i)).toHaveAttribute('href', `#${id}`);
    // Each field keeps its own message too. (axe needs scripts to run: the test above checks this
    // same markup with them.)
    await expect(page.getByLabel('ФИО')).toHaveAttribute('aria-invalid', 'true');

    // A plain link to the field: the page goes to it.
    await links.first().click();
    await expect(page).toHaveURL(new RegExp(`#${ids[0]}$`));
  });
});
