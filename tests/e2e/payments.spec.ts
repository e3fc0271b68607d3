import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { cards, payWithCard } from './support/sandbox';
import { demo, signIn } from './support/session';

// Paying the neighbour's ЕПД through the sandbox acquirer, as a person does: the portal's form, the
// bank's card page, back to the receipt once the bank's confirmation arrives. Only this spec pays
// for the neighbour (the housing spec reads the resident's ЕПД), so the sums seen here are its own.

/** Rubles typed the Russian way. */
const rubles = (kopecks: number) => (kopecks / 100).toFixed(2).replace('.', ',');

/** "Осталось оплатить" on the pay page, in kopecks. */
async function remainingOn(page: Page): Promise<number> {
  const text = await page
    .getByText('Осталось оплатить')
    .locator('xpath=following-sibling::*[1]')
    .innerText();
  return Math.round(Number(text.replace(/[^\d,]/g, '').replace(',', '.')) * 100);
}

test('an ЕПД paid in part by card: the receipt, then what remains; a declined card takes nothing', async ({
  page,
}) => {
  await signIn(page, demo.neighbour, undefined, '/housing/pay');
  await expectAccessible(page);
  const before = await remainingOn(page);
  expect(before).toBeGreaterThan(10_000);

  // A declined card: back on the portal, declined, nothing paid.
  await page.getByLabel('Сумма, ₽').fill(rubles(10_000));
  await page.getByRole('button', { name: 'Оплатить' }).click();
  await payWithCard(page, cards.decline);
  await expect(page.getByText('Банк отклонил платёж. Деньги не списаны.')).toBeVisible({
    timeout: 20_000,
  });
  await expectAccessible(page);

  // 100 ₽ with the success card.
  await page.goto('/housing/pay');
  expect(await remainingOn(page)).toBe(before);
  await page.getByLabel('Сумма, ₽').fill('100');
  await page.getByRole('button', { name: 'Оплатить' }).click();
  // The bank's page, once it is there (the check must not run mid-navigation).
  await expect(page.getByRole('heading', { name: /Песочница эквайринга/ })).toBeVisible();
  await expectAccessible(page);
  await payWithCard(page, cards.success);
  await expect(page.getByText('Оплачено', { exact: true })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText('•••• 1111')).toBeVisible();
  const pdfLink = page.getByRole('link', { name: 'Скачать квитанцию (PDF)' });
  const pdf = await page.request.get((await pdfLink.getAttribute('href'))!);
  expect(pdf.status()).toBe(200);
  expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');

  await page.goto('/housing/pay');
  expect(await remainingOn(page)).toBe(before - 10_000);
});

test('the extra confirmation step pays with its code; pressing pay twice makes one payment', async ({
  page,
}) => {
  await signIn(page, demo.neighbour, undefined, '/payments');
  const rows = page.getByRole('row');
  const countBefore = await rows.count();

  await page.goto('/housing/pay');
  await page.getByLabel('Сумма, ₽').fill('50');
  const pay = page.getByRole('button', { name: 'Оплатить' });
  // Two presses as fast as a person can make them: the form posts the same key both times.
  await pay.dblclick();
  await payWithCard(page, cards.challenge);
  await expect(page.getByRole('heading', { name: 'Подтверждение платежа' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Код подтверждения').fill('12345');
  await page.getByRole('button', { name: 'Подтвердить' }).click();
  await expect(page.getByText('Оплачено', { exact: true })).toBeVisible({ timeout: 20_000 });

  await page.goto('/payments');
  await expectAccessible(page);
  // One row more (the header row counted in both), whatever the double press did.
  await expect(rows).toHaveCount(Math.max(countBefore, 1) + 1);
});

test('a forged bank confirmation is refused and changes nothing', async ({ page }) => {
  await signIn(page, demo.neighbour, undefined, '/housing/pay');
  await page.getByLabel('Сумма, ₽').fill('10');
  await page.getByRole('button', { name: 'Оплатить' }).click();
  await expect(page.getByRole('heading', { name: /Песочница эквайринга/ })).toBeVisible();
  const sandboxId = new URL(page.url()).pathname.split('/').at(-1)!;

  // The payer leaves the bank's page without paying; someone posts a "success" in the bank's name.
  const body = JSON.stringify({ id: sandboxId, state: 'succeeded', cardLast4: '4242' });
  for (const signature of ['0'.repeat(64), 'not-a-signature']) {
    const res = await page.request.post('/api/payments/sandbox/callback', {
      data: body,
      headers: { 'content-type': 'application/json', 'x-sandbox-signature': signature },
    });
    expect(res.status()).toBe(401);
  }

  await page.goto('/payments');
  await page
    .getByRole('link', { name: /Платёж от/ })
    .first()
    .click();
  await expect(page.getByText('Ожидаем подтверждение банка')).toBeVisible();
  await expect(page.getByText('•••• 4242')).toHaveCount(0);
});

test('an admin returns a payment’s money and the audit log records it', async ({
  page,
  browser,
  baseURL,
}) => {
  // The demo resident pays 1,23 ₽ towards flat 27's ЕПД (no other spec pays for that flat).
  const payer = await (await browser.newContext({ baseURL })).newPage();
  await signIn(payer, demo.resident, undefined, '/housing/pay');
  await payer.getByRole('link', { name: /кв\. 27/ }).click();
  await payer.getByLabel('Сумма, ₽').fill('1,23');
  await payer.getByRole('button', { name: 'Оплатить' }).click();
  await payWithCard(payer, cards.success);
  await expect(payer.getByText('Оплачено', { exact: true })).toBeVisible({ timeout: 20_000 });

  await signIn(page, demo.admin, undefined, '/admin/payments');
  await page.getByLabel('Номер квитанции или e-mail плательщика').fill(demo.resident);
  await page.getByRole('button', { name: 'Найти' }).click();
  await page.waitForURL(/\/admin\/payments\?q=/);
  await expectAccessible(page);
  const paid = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name: /^1,23\s₽ · Оплачен$/ }) })
    .first();

  // Not without the explicit confirmation: it moves money.
  await paid.getByRole('button', { name: 'Вернуть деньги' }).click();
  await expect(paid.getByText('Отметьте подтверждение возврата')).toBeVisible();
  await paid.getByLabel(/Подтверждаю возврат 1,23\s₽ на карту плательщика/).check();
  await paid.getByRole('button', { name: 'Вернуть деньги' }).click();
  // The list shows it refunded at once, and after a reload.
  const refunded = page.getByRole('heading', { name: /^1,23\s₽ · Возвращён$/ });
  await expect(refunded.first()).toBeVisible();
  await page.reload();
  await expect(refunded.first()).toBeVisible();
  await page.goto('/admin/audit');
  await expect(page.getByRole('row', { name: /Кузнецов Михаил .* Возврат платежа/ })).toBeVisible();
  // The payer's receipt says so too.
  await payer.reload();
  await expect(payer.getByText('Платёж возвращён на карту.')).toBeVisible();
});

test('the resident pays flat 15’s ЕПД in full with the amount the form suggests', async ({
  page,
}) => {
  await signIn(page, demo.resident, undefined, '/housing/pay');
  await page.getByRole('link', { name: /кв\. 15/ }).click();
  const remaining = await remainingOn(page);
  await expect(page.getByLabel('Сумма, ₽')).toHaveValue(
    new Intl.NumberFormat('ru-RU', { minimumFractionDigits: 2 })
      .format(remaining / 100)
      .replace(/\s/g, ' '),
  );
  await page.getByRole('button', { name: 'Оплатить' }).click();
  await payWithCard(page, cards.success);
  await expect(page.getByText('Оплачено', { exact: true })).toBeVisible({ timeout: 20_000 });

  await page.goto('/housing/pay');
  await page.getByRole('link', { name: /кв\. 15/ }).click();
  await expect(page.getByText('По этому ЕПД оплачивать больше нечего.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Оплатить' })).toHaveCount(0);
});

test('a card the bank never answers for: the receipt keeps waiting, and a second payment waits for it', async ({
  page,
}) => {
  await signIn(page, demo.resident, undefined, '/housing/pay');
  await page.getByRole('link', { name: /кв\. 27/ }).click();
  await page.getByLabel('Сумма, ₽').fill('5');
  await page.getByRole('button', { name: 'Оплатить' }).click();
  await payWithCard(page, cards.noAnswer);
  await expect(page.getByText('Ожидаем подтверждение банка')).toBeVisible();
  const receipt = page.url();
  await expectAccessible(page);

  await page.goto('/housing/pay');
  await page.getByRole('link', { name: /кв\. 27/ }).click();
  await expect(page.getByText('Платёж по этому ЕПД уже начат и ещё не завершён.')).toBeVisible();
  await page.getByRole('link', { name: 'Открыть платёж' }).click();
  await expect(page).toHaveURL(receipt);
});
