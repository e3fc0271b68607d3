import { expect, test, type Locator, type Page } from '@playwright/test';
import { epdPeriodDue } from '@/lib/housing/epd-period';
import { epdDueDate, isEpdOverdue } from '@/lib/housing/epd';
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

/** The one confirmation of a submission (or of the one already accepted for the period). */
const receipt = (page: Page) =>
  page.getByText(/^Показания за .+ приняты .+ Номер квитанции: \S+\./);

/**
 * After a submission: its confirmation is shown once, and focus is on it, so a screen reader reads
 * it and the keyboard goes on from there.
 */
async function expectOneFocusedReceipt(page: Page) {
  await expect(receipt(page)).toBeVisible();
  await expect(page.getByText(/Номер квитанции/)).toHaveCount(1);
  const focused = () =>
    page.evaluate(() =>
      document.activeElement && document.activeElement !== document.body
        ? document.activeElement.textContent
        : null,
    );
  await expect.poll(focused).toMatch(/^Показания за .+ приняты .+ Номер квитанции: \S+\./);
}

/** The size, in CSS px, at which each piece of text of the page's charts is drawn. */
async function chartTextSizes(page: Page): Promise<number[]> {
  return page.getByRole('img', { name: /^Расход по месяцам/ }).evaluateAll((charts) =>
    charts.flatMap((chart) =>
      [chart, ...chart.querySelectorAll('*')]
        .filter((el) =>
          [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim()),
        )
        // A <title> is not drawn, nor is what a phone hides.
        .filter((el) => el.tagName.toLowerCase() !== 'title' && el.getClientRects().length > 0)
        .map((el) => {
          const drawn = el.getBoundingClientRect().height;
          // The height it would have unscaled: an SVG text's in its own units, an element's in px.
          const own =
            el instanceof SVGGraphicsElement
              ? el.getBBox().height
              : (el as HTMLElement).offsetHeight;
          return parseFloat(getComputedStyle(el).fontSize) * (drawn / own);
        }),
    ),
  );
}

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
  await expectOneFocusedReceipt(page);
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
  await expectOneFocusedReceipt(page);
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
  await expectOneFocusedReceipt(page);
  await expectAccessible(page);
});

test('the readings pages fit a 360 px phone: no sideways scrolling, chart text of 12 px or more', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await signIn(page, demo.resident, undefined, '/meters/water');
  for (const path of ['/meters/water', '/meters/electricity']) {
    await page.goto(path);
    await expect(page.getByRole('img', { name: /^Расход по месяцам/ }).first()).toBeVisible();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect.soft(width, `${path} is ${width} px wide`).toBeLessThanOrEqual(360);
    const sizes = await chartTextSizes(page);
    expect(sizes.length).toBeGreaterThan(0);
    expect
      .soft(Math.min(...sizes), `${path}: the chart's smallest text`)
      .toBeGreaterThanOrEqual(12);
    await expectAccessible(page);
  }
});

test('the ЕПД of the month just billed is there, with its status, a pay button, its detail page and a PDF', async ({
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

  // Its status in words and a pay button, and the same status on the pay page. Flat 27's: the
  // payments spec pays flat 15's in full meanwhile, and of flat 27's only 1,23 ₽ it then returns.
  const dueDate = epdDueDate(period);
  const dueDay = new Intl.DateTimeFormat('ru-RU', {
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${dueDate}T12:00:00Z`));
  const status = isEpdOverdue(dueDate, new Date())
    ? /^Просрочен$/
    : new RegExp(`^(К оплате до ${dueDay}|Оплачен частично)$`);
  const row = page
    .getByRole('region', { name: 'г. Москва, ул. Исаковского, д. 6, корп. 2, кв. 27' })
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: label, exact: true }) });
  const badge = row.getByText(status);
  await expect(badge).toBeVisible();
  const shown = await badge.innerText();
  await row.getByRole('link', { name: `Оплатить ЕПД за ${label}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Оплата ЕПД' })).toBeVisible();
  await expect(page.getByText(shown, { exact: true })).toBeVisible();
  await expect(page.getByText(/^Например, 2\s345,67\. Не больше .+₽: это /)).toBeVisible();
  await expectAccessible(page);

  await page.goto('/housing/epd');
  const flat = page.getByRole('region', { name: 'г. Москва, ул. Льва Толстого, д. 18, кв. 15' });
  await flat.getByRole('link', { name: label, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: `ЕПД за ${label}` })).toBeVisible();
  // Flat 15's may be paid by now (the payments spec): whichever it is, in words.
  await expect(
    page.getByText(/^(К оплате до .+|Просрочен|Оплачен частично|Оплачен)$/),
  ).toBeVisible();
  await expectAccessible(page);

  const pdfLink = page.getByRole('link', { name: 'Скачать PDF' });
  const pdf = await page.request.get((await pdfLink.getAttribute('href'))!);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
});
