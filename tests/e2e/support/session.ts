import { expect, type Browser, type BrowserContext, type Page } from '@playwright/test';

// The README's demo accounts (db/seed): every one has this password.
export const DEMO_PASSWORD = 'MoyGorod-2014';
export const demo = {
  resident: 'resident@moygorod.test',
  neighbour: 'neighbour@moygorod.test',
  marketing: 'marketing@moygorod.test',
  admin: 'admin@moygorod.test',
} as const;

/** Signs in through the sign-in page, as a person would, and waits to land on `next`. */
export async function signIn(
  page: Page,
  login: string,
  password: string = DEMO_PASSWORD,
  next = '/cabinet',
): Promise<void> {
  await page.goto(`/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel('Электронная почта или мобильный телефон').fill(login);
  await page.getByLabel('Пароль', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Войти', exact: true }).click();
  await page.waitForURL((url) => url.pathname === next);
}

export type Person = {
  fullName: string;
  email: string;
  phone: string;
  password: string;
  context: BrowserContext;
  page: Page;
};

let counter = 0;

/**
 * A new resident registered through the registration page, signed in in a browser of their own.
 * Tests that change someone's account use one of these, so no other test sees the change.
 */
export async function registerResident(browser: Browser, baseURL: string): Promise<Person> {
  counter += 1;
  const n = `${Date.now()}${process.pid}${counter}`.slice(-9);
  const person = {
    fullName: 'Смирнова Елена Викторовна',
    email: `e2e${n}@moygorod.test`,
    phone: `+79${n}`,
    password: `Zq7!e2e-${n}`,
  };
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto('/register');
  await page.getByLabel('ФИО').fill(person.fullName);
  await page.getByLabel('Электронная почта').fill(person.email);
  await page.getByLabel('Мобильный телефон').fill(person.phone);
  await page.getByLabel('Пароль', { exact: true }).fill(person.password);
  await page.getByLabel('Повторите пароль').fill(person.password);
  await page.getByRole('button', { name: 'Зарегистрироваться' }).click();
  await page.waitForURL((url) => url.pathname === '/cabinet');
  await expect(page.getByRole('button', { name: 'Выйти' })).toBeVisible();
  return { ...person, context, page };
}
