import { expect, test, type Locator, type Page } from '@playwright/test';
import { epdPeriodDue } from '@/lib/housing/epd-period';
import { expectAccessible } from './support/a11y';
import { demo, signIn } from './support/session';

// Readings and the ЕПД as the demo resident sends and reads them. Only this spec submits readings
// for the demo resident's flats (others register their own people), so the values seen here are
// this spec's. The e2e server accepts readings all month (scripts/e2e-server.mjs), so the date the
// tests run on does not matter; it has generated the ЕПД due today before the first test.

const water = { cold: 'Холодная вода, № ХВ-7701000015-1', hot: 'Горячая вода, № ГВ-7701000015-1' };
const electricity = {
  apartment: 'г. Москва, ул. Исаковского, д. 6, корп. 2, кв. 27',
  day: 'Электроэнергия, № ЭЛ-7701000027: T1 (день',
  night: 'Электроэнергия, № ЭЛ-7701000027: T2 (ночь',
};

/** The value a new reading may not go below, in thousandths, read from the field's hint. */
async function previousOf(page: Page, field: Locator): Promise<number> {
  const hintId = (await field.getAttribute('aria-describedby'))!.split(' ')[0]!;
  const hint = await page.locator(`[id="${hintId}"]`).innerText();
  const value = /Не меньше ([\d\s\u00a0]+(?:,\d+)?)\./.exec(hint)![1]!;
  return Math.round(Number(value.replace(/[\s\u00a0]/g, '').replace(',', '.')) * 1000);
}

/** Thousandths as a reading typed the Russian way, with a decimal comma. */
const typed = (milli: number) => (milli / 1000).toFixed(3).replace('.', ',');

const receipt = (page: Page) => page.getByText(/Показания приняты\. Номер квитанции: \S+\./);

test('water readings: mistakes are explained at the field, a comma works, a big jump asks first, the history and CSV show it', async ({
  page,
}) => {
  await signIn(page, demo.resident, undefined, '/meters/water');
  await expectAccessible(page);
  const cold = page.getByRole('textbox', { name: water.cold });
  const hot = page.getByRole('textbox', { name: water.hot });
  const coldBefore = await previousOf(page, cold);
  const hotBefore = await previousOf(page, hot);

  // More than 3 decimals: said next to the field, before anything is sent.
  await cold.fill('12,3456');
  await hot.fill(typed(hotBefore + 1000));
  await page.getByRole('button', { name: 'Передать показания' }).click();
  await expect(cold).toHaveAttribute('aria-invalid', 'true');
  await expect(cold).toHaveAccessibleDescription(/Не больше 3 знаков после запятой/);
  await expectAccessible(page);

  // Below the previous reading: the server says so at the field, and nothing is accepted.
  await cold.fill(typed(coldBefore - 1000));
  await page.getByRole('button', { name: 'Передать показания' }).click();
  await expect(cold).toHaveAccessibleDescription(/Показание меньше предыдущего/);
  await expect(receipt(page)).toHaveCount(0);

  // Previous + 1,5 typed with a comma: accepted with a receipt number.
  await cold.fill(typed(coldBefore + 1500));
  await hot.fill(typed(hotBefore + 1500));
  await page.getByRole('button', { name: 'Передать показания' }).click();
  await expect(receipt(page).first()).toBeVisible();
  await expectAccessible(page);

  // A jump of 500 m³ looks like a typo or a leak: confirmed first, then it replaces the reading.
  const jump = coldBefore + 500_000;
  await cold.fill(typed(jump));
  await hot.fill(typed(hotBefore + 1500));
  await page.getByRole('button', { name: 'Передать показания' }).click();
  const warning = page.getByRole('alert').filter({ hasText: 'Проверьте показания' });
  await expect(warning).toBeVisible();
  await expect(warning).toContainText('ХВ-7701000015-1');
  await expectAccessible(page);
  await warning.getByRole('button', { name: 'Да, показания верны' }).click();
  await expect(receipt(page).first()).toBeVisible();
  await expect(warning).toHaveCount(0);

  // The history lists the period with the confirmed value at once, after a reload, and in the CSV.
  const windowLine = await page.getByText(/^Приём показаний за .+ открыт до/).innerText();
  const periodLabel = /за (.+?) открыт/.exec(windowLine)![1]!;
  const history = page.getByRole('article').filter({
    has: page.getByRole('heading', { name: 'Холодная вода, № ХВ-7701000015-1' }),
  });
  await history.getByText('Показания и расход (таблица)').click();
  const shown = new Intl.NumberFormat('ru-RU', { maximumFractionDigits: 3 }).format(jump / 1000);
  await expect(history.getByRole('row', { name: periodLabel })).toContainText(shown);
  await page.reload();
  await expectAccessible(page);
  await history.getByText('Показания и расход (таблица)').click();
  await expect(history.getByRole('row', { name: periodLabel })).toContainText(shown);

  const csvLink = history.getByRole('link', { name: /Скачать историю в CSV/ });
  const csv = await page.request.get((await csvLink.getAttribute('href'))!);
  expect(csv.status()).toBe(200);
  expect(csv.headers()['content-type']).toMatch(/^text\/csv/);
  const bytes = await csv.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.toString('utf8')).toContain(`;${typed(jump)};`);
});

test('electricity readings: one value per tariff zone, accepted with a receipt', async ({
  page,
}) => {
  await signIn(page, demo.resident, undefined, '/meters/electricity');
  await expectAccessible(page);
  await page.getByRole('link', { name: electricity.apartment }).click();
  await expect(page.getByRole('heading', { level: 2, name: electricity.apartment })).toBeVisible();
  await expectAccessible(page);

  const day = page.getByRole('textbox', { name: electricity.day });
  const night = page.getByRole('textbox', { name: electricity.night });
  await day.fill(typed((await previousOf(page, day)) + 40_000));
  await night.fill(typed((await previousOf(page, night)) + 15_000));
  await page.getByRole('button', { name: 'Передать показания' }).click();
  await expect(receipt(page).first()).toBeVisible();
  await expectAccessible(page);
});

test('the ЕПД of the month just billed is there, with its detail page and a PDF', async ({
  page,
}) => {
  await signIn(page, demo.resident, undefined, '/housing/epd');
  await expectAccessible(page);
  const period = epdPeriodDue(new Date());
  const label = new Intl.DateTimeFormat('ru-RU', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${period.slice(0, 7)}-15T12:00:00Z`));
  const flat = page.getByRole('region', { name: 'г. Москва, ул. Льва Толстого, д. 18, кв. 15' });
  await flat.getByRole('link', { name: label }).click();
  await expect(page.getByRole('heading', { level: 1, name: `ЕПД за ${label}` })).toBeVisible();
  await expectAccessible(page);

  const pdfLink = page.getByRole('link', { name: 'Скачать PDF' });
  const pdf = await page.request.get((await pdfLink.getAttribute('href'))!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
});
