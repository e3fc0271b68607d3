import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { cards, payWithCard } from './support/sandbox';
import { demo, signIn } from './support/session';

// Traffic fines as people use them: a visitor checks a car by its plate and СТС without signing
// in, opens a fine with its camera frame and downloads the decision; the demo resident pays a fine
// with the discount through the sandbox bank; bad input and other people's fines change nothing.
// Only this spec pays the resident's fines.

/** The README's free car: two fines, nobody's account. */
const freeCar = { plate: 'м 456 ор 199', sts: '77 40 654321' };

/** The first amount of money in a text such as "Полная сумма 1 000,00 ₽ · …", in kopecks. */
const kopecksIn = (text: string) =>
  Number(/(\d[\d\s]*),(\d\d)/.exec(text)!.slice(1, 3).join('').replace(/\s/g, ''));

async function pdfAt(page: Page, href: string) {
  const response = await page.request.get(href);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/pdf');
  expect((await response.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
}

test('a visitor checks a car by plate and СТС, opens a fine with its photo and downloads the decision', async ({
  page,
}) => {
  await page.goto('/fines');
  await expect(page.getByRole('heading', { level: 1, name: 'Штрафы ГИБДД' })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel('Государственный номер').fill(freeCar.plate);
  await page.getByLabel('Свидетельство о регистрации ТС (СТС)').fill(freeCar.sts);
  await page.getByRole('button', { name: 'Проверить' }).click();
  await expect(page.getByRole('heading', { name: 'Найдено 2 штрафа' })).toBeVisible();
  const found = page.getByRole('article');
  await expect(found).toHaveCount(2);
  await expect(found.first()).toContainText('М 456 ОР 199');
  await expect(found.first()).toContainText('К оплате');
  await expectAccessible(page);

  await found.first().getByRole('link').click();
  await page.waitForURL(/\/fines\/[0-9a-f-]{36}\?t=/);
  await expect(page.getByText('18810177', { exact: false }).first()).toBeVisible();
  const photo = page.getByRole('img', { name: /Кадр с камеры: автомобиль М 456 ОР 199/ });
  await expect(photo).toBeVisible();
  expect(await photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  // Not the visitor's to pay here: the page says how.
  await expect(page.getByRole('button', { name: /Оплатить/ })).toHaveCount(0);
  await expectAccessible(page);

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Скачать постановление (PDF)' }).click();
  expect((await download).suggestedFilename()).toMatch(/^postanovlenie-188\d{17}\.pdf$/);

  // The same fine without the check's token is nobody's business.
  const bare = await page.request.get(new URL(page.url()).pathname);
  expect(bare.status()).toBe(404);
});

test('wrong formats get their own messages next to the field, and a mismatched pair is not found', async ({
  page,
}) => {
  await page.goto('/fines');
  await page.getByLabel('Государственный номер').fill('123');
  await page.getByLabel('Свидетельство о регистрации ТС (СТС)').fill('77 ZZ');
  await page.getByRole('button', { name: 'Проверить' }).click();
  // The last: beside the field (the error summary above the form repeats it).
  await expect(
    page.getByText('Номер — буква, три цифры, две буквы и код региона').last(),
  ).toBeVisible();
  await expect(
    page.getByText('Номер СТС — 2 цифры, затем 2 цифры или 2 буквы').last(),
  ).toBeVisible();

  // Both well formed, but not of one car: the resident's СТС with the free car's plate.
  await page.getByLabel('Государственный номер').fill(freeCar.plate);
  await page.getByLabel('Свидетельство о регистрации ТС (СТС)').fill('77 УХ 123456');
  await page.getByRole('button', { name: 'Проверить' }).click();
  await expect(page.getByText('Автомобиль с таким номером и СТС не найден')).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(0);

  await page.getByRole('link', { name: 'УИН постановления' }).click();
  await page.getByRole('textbox', { name: 'УИН' }).fill('18810177140101000001');
  await page.getByRole('button', { name: 'Проверить' }).click();
  await expect(page.getByText('последняя (контрольная) цифра не сходится').last()).toBeVisible();

  await page.getByRole('link', { name: 'Водительское удостоверение' }).click();
  await page.getByLabel('Номер водительского удостоверения').fill('50 23 246810');
  await page.getByLabel('Дата выдачи удостоверения').fill('11.02.2023');
  await page.getByRole('button', { name: 'Проверить' }).click();
  await expect(
    page.getByText('Удостоверение с таким номером и датой выдачи не найдено'),
  ).toBeVisible();
  await page.getByLabel('Дата выдачи удостоверения').fill('10.02.2023');
  await page.getByRole('button', { name: 'Проверить' }).click();
  await expect(page.getByRole('heading', { name: 'Найден 1 штраф' })).toBeVisible();
});

test('the resident pays a fine with the discount in the sandbox, downloads its decision, cannot pay it again, and subscribes to new ones', async ({
  page,
}) => {
  await signIn(page, demo.resident, undefined, '/fines');
  const mine = page.getByRole('list', { name: 'Неоплаченные штрафы' });
  await expect(mine.getByRole('article').first()).toBeVisible();
  await expectAccessible(page);

  // The most urgent first: a fine whose discount ends within two days.
  const first = mine.getByRole('article').first();
  await expect(first).toContainText('Оплатить со скидкой');
  // The countdown in days, hours, or in the last hour of the discount's day «меньше чем через час».
  await expect(first).toContainText(/до конца скидки|скидка — меньше суток|скидка закончится/);
  await first.getByRole('link').first().click();
  await page.waitForURL(/\/fines\/[0-9a-f-]{36}$/);
  const fineUrl = new URL(page.url()).pathname;
  const half = await page.getByText('К оплате сегодня').locator('strong').innerText();
  const full = await page.getByText('Полная сумма').innerText();
  expect(kopecksIn(full)).toBe(kopecksIn(half) * 2);
  await pdfAt(page, `${fineUrl}/decision`);

  await page.getByRole('button', { name: 'Оплатить картой' }).click();
  await expect(page.getByRole('heading', { name: /Песочница эквайринга/ })).toBeVisible({
    timeout: 20_000,
  });
  await expect(page.getByText(half.replace(/\s/g, ' '), { exact: false }).first()).toBeVisible();
  await payWithCard(page, cards.success);
  await expect(page.getByText('Оплачено', { exact: true })).toBeVisible({ timeout: 20_000 });

  await page.goto(fineUrl);
  await expect(page.getByText('Оплачен', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: /Оплатить/ })).toHaveCount(0);
  await expectAccessible(page);

  // Notices of new fines: on, and the page says since when.
  await page.goto('/fines');
  await page.getByRole('button', { name: 'Подписаться на уведомления' }).click();
  await expect(page.getByText(/Вы подписаны с/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Отписаться от уведомлений' })).toBeVisible();
});

test("another person's fine is not found, and a neighbour has nothing to pay", async ({
  browser,
}) => {
  const resident = await browser.newPage();
  await signIn(resident, demo.resident, undefined, '/fines');
  await resident
    .getByRole('list', { name: 'Неоплаченные штрафы' })
    .getByRole('article')
    .last()
    .getByRole('link')
    .first()
    .click();
  await resident.waitForURL(/\/fines\/[0-9a-f-]{36}$/);
  const fineUrl = new URL(resident.url()).pathname;

  const neighbour = await browser.newPage();
  await signIn(neighbour, demo.neighbour, undefined, '/fines');
  await expect(
    neighbour.getByText('не привязаны ни автомобиль, ни водительское удостоверение'),
  ).toBeVisible();
  expect((await neighbour.goto(fineUrl))?.status()).toBe(404);
  await expect(neighbour.getByRole('heading', { name: 'Страница не найдена' })).toBeVisible();
  for (const path of [`${fineUrl}/decision`, `${fineUrl}/photo`])
    expect((await neighbour.request.get(path)).status(), path).toBe(404);
});

test('the resident pays two fines in one payment, the total following her choice', async ({
  page,
}) => {
  await signIn(page, demo.resident, undefined, '/fines');
  const boxes = page.getByRole('checkbox', { name: /^Оплатить:/ });
  await expect(boxes.first()).toBeVisible();
  for (const box of await boxes.all()) await box.uncheck();
  await expect(page.getByText('Итого: 0,00 ₽')).toBeVisible();
  await page.getByRole('button', { name: 'Оплатить выбранные' }).click();
  // The last: beside the list (the error summary above the form repeats it).
  await expect(page.getByText('Отметьте хотя бы один штраф').last()).toBeVisible();

  // The two at the bottom of the list: the article without a discount and the overdue one.
  const count = await boxes.count();
  const chosen = [boxes.nth(count - 1), boxes.nth(count - 2)];
  let sum = 0;
  for (const box of chosen) {
    await box.check();
    sum += kopecksIn((await box.getAttribute('aria-label'))!);
  }
  await expect.poll(async () => kopecksIn(await page.getByText(/^Итого:/).innerText())).toBe(sum);
  await page.getByRole('button', { name: 'Оплатить выбранные' }).click();
  await expect(page.getByRole('heading', { name: /Песочница эквайринга/ })).toBeVisible({
    timeout: 20_000,
  });
  await payWithCard(page, cards.success);
  await expect(page.getByText('Оплачено', { exact: true })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByText(/Штраф, УИН 188\d{17}/)).toHaveCount(2);
});
