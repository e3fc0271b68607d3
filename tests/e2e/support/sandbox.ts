import { expect, type Page } from '@playwright/test';

// The sandbox acquirer's card page, as a payer fills it in (its test cards are listed on the page
// and in the README).

export const cards = {
  success: '4111 1111 1111 1111',
  decline: '4000 0000 0000 0002',
  challenge: '4000 0000 0000 3220',
  noAnswer: '4000 0000 0000 0119',
} as const;

/** Fills in the bank's card page with a test card and pays. */
export async function payWithCard(page: Page, number: string) {
  await expect(page.getByRole('heading', { name: /Песочница эквайринга/ })).toBeVisible();
  await page.getByLabel('Номер карты').fill(number);
  await page.getByLabel('Срок действия (ММ/ГГ)').fill('12/39');
  await page.getByLabel('CVC').fill('123');
  await page.getByLabel('Владелец карты').fill('IVAN PETROV');
  await page.getByRole('button', { name: 'Оплатить' }).click();
}
