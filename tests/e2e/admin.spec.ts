import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { demo, registerResident, signIn } from './support/session';

const roleSelectOf = (page: Page, fullName: string) =>
  page.getByRole('combobox', { name: new RegExp(`Роль.*${fullName}`) });

async function findUser(page: Page, email: string) {
  await page.getByRole('searchbox', { name: 'Найти пользователя' }).fill(email);
  await page.getByRole('button', { name: 'Найти', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(email)}`));
  await expect(page.getByText('Найден 1 пользователь')).toBeVisible();
}

async function setRole(page: Page, fullName: string, role: string) {
  await roleSelectOf(page, fullName).selectOption({ label: role });
  await page.getByRole('button', { name: new RegExp(`Изменить роль.*${fullName}`) }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Роль изменена' })).toHaveText(
    `Роль изменена: ${role}.`,
  );
}

test('an admin changes a resident’s role, and it applies on the person’s next page', async ({
  page,
  browser,
  baseURL,
}) => {
  const person = await registerResident(browser, baseURL!);

  await signIn(page, demo.admin, undefined, '/admin/users');
  await expect(page.getByRole('heading', { level: 1, name: 'Пользователи и роли' })).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Разделы администрирования' }).getByRole('link', {
      name: 'Пользователи и роли',
    }),
  ).toHaveAttribute('aria-current', 'page');
  await expectAccessible(page);

  await findUser(page, person.email);
  await expect(roleSelectOf(page, person.fullName)).toHaveValue('resident');
  await setRole(page, person.fullName, 'Администратор');

  await person.page.reload();
  await person.page.getByRole('link', { name: 'Администрирование' }).click();
  await expect(
    person.page.getByRole('heading', { level: 1, name: 'Пользователи и роли' }),
  ).toBeVisible();

  await setRole(page, person.fullName, 'Житель');
  await page.reload();
  await expect(roleSelectOf(page, person.fullName)).toHaveValue('resident');

  const response = await person.page.goto('/admin/users');
  expect(response?.status()).toBe(404);
  await expect(person.page.getByRole('heading', { name: 'Страница не найдена' })).toBeVisible();
  await expect(person.page.getByRole('link', { name: 'Администрирование' })).toHaveCount(0);

  await page
    .getByRole('navigation', { name: 'Разделы администрирования' })
    .getByRole('link', { name: 'Журнал действий' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Журнал действий' })).toBeVisible();
  const changes = page
    .getByRole('row')
    .filter({ hasText: 'Смена роли' })
    .filter({ hasText: person.email });
  await expect(changes.first()).toContainText('Администратор → Житель');
  await expect(changes.first()).toContainText('admin@moygorod.test');
  await expect(changes.nth(1)).toContainText('Житель → Администратор');
  await expectAccessible(page);

  await person.context.close();
});

test('the administration is not there for a resident or a visitor', async ({ page }) => {
  const anonymous = await page.goto('/admin/users');
  expect(anonymous?.status()).toBe(404);

  await signIn(page, demo.resident);
  for (const path of ['/admin/users', '/admin/audit', '/admin/users?q=admin']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { name: 'Страница не найдена' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Разделы администрирования' })).toHaveCount(
      0,
    );
    await expect(page.getByText('admin@moygorod.test')).toHaveCount(0);
  }
  await expectAccessible(page);
});
