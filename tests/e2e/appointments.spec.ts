import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { demo, signIn } from './support/session';

// Doctor appointments as the demo family books them. Each test keeps to its own specialty (the
// therapist, the paediatrician, the endocrinologist), since a patient holds one booking per specialty
// and the tests run side by side. The seed gives the family's endocrinologist one working Friday,
// two slots, for three referrals: the waitlist story.

const younger = 'Иванова Полина Дмитриевна';
const elder = 'Иванов Артём Дмитриевич';

/**
 * The booking page's steps: the patient, the specialty; then the doctors, or the free times of the
 * only doctor who has any.
 */
async function openSpecialty(page: Page, patient: RegExp | string, specialty: string) {
  await page.goto('/health/appointments/new');
  await expect(page.getByRole('heading', { name: 'Кого записать' })).toBeVisible();
  await page.getByRole('link', { name: patient }).click();
  await page.getByRole('link', { name: specialty, exact: true }).click();
  await expect(
    page.getByRole('heading', { name: /^(Выберите врача|Свободное время)/ }).first(),
  ).toBeVisible();
}

/** The free times of the first doctor who has any. */
async function openFirstDoctor(page: Page) {
  const times = page.getByRole('heading', { name: /^Свободное время/ });
  // The doctors until one is chosen, or at once the times of the only one with any.
  await expect(
    times.or(page.getByRole('heading', { name: 'Выберите врача' })).first(),
  ).toBeVisible();
  if (!(await times.isVisible())) {
    await page
      .getByRole('link', { name: /кабинет/ })
      .filter({ hasText: 'Ближайшее время' })
      .first()
      .click();
  }
  await expect(times).toBeVisible();
}

/**
 * Shows the second day with free times: the first may be today, and a time less than 2 hours away
 * can be booked (or moved to) but no longer moved or cancelled.
 */
async function showLaterDay(page: Page) {
  const days = page
    .getByRole('navigation', { name: 'Дни со свободным временем' })
    .getByRole('link');
  await days.nth(1).click();
  await expect(days.nth(1)).toHaveAttribute('aria-current', 'date');
}

/** The time buttons of the chosen doctor's shown day, in order. */
const timeButtons = (page: Page) =>
  page.getByRole('region', { name: /^Свободное время/ }).getByRole('button');

/** Books the time at `index` and waits for the ticket; returns the ticket's number. */
async function bookTime(page: Page, index = 0): Promise<string> {
  await timeButtons(page).nth(index).click();
  await page.waitForURL(/\/health\/appointments\/[0-9a-f-]{36}\?booked=1$/);
  await expect(page.getByText('Вы записаны к врачу.')).toBeVisible();
  const heading = await page.getByRole('heading', { name: /^Талон № З-/ }).innerText();
  // «№» and the number are joined by a no-break space.
  return heading.replace(/^Талон\s№\s/, '');
}

test('book the district therapist for oneself, add it to a calendar, move it and cancel it', async ({
  page,
}) => {
  await signIn(page, demo.resident, undefined, '/health/appointments');
  await expect(page.getByRole('heading', { name: 'Мои записи к врачу' })).toBeVisible();
  await expectAccessible(page);

  await openSpecialty(page, /\(вы\)/, 'Терапевт участковый');
  await openFirstDoctor(page);
  await expectAccessible(page);
  // On a phone the fortnight's day links wrap into rows; the page itself never scrolls sideways.
  await page.setViewportSize({ width: 360, height: 780 });
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
  ).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 800 });
  await showLaterDay(page);
  const firstTime = await timeButtons(page).first().innerText();
  const number = await bookTime(page);
  await expect(page.getByText(firstTime.split(',')[0]!).first()).toBeVisible();
  await expectAccessible(page);

  // The ticket as a calendar event.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Добавить в календарь (.ics)' }).click(),
  ]);
  const ics = await download.createReadStream().then(async (stream) => {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  });
  expect(ics).toContain('BEGIN:VCALENDAR');
  expect(ics).toContain(number);

  // Moving: another time of the same specialty; the ticket gets a new number, the old time is freed.
  await page.getByRole('link', { name: 'Перенести' }).click();
  await expect(page.getByRole('heading', { name: 'Перенести запись' })).toBeVisible();
  await openFirstDoctor(page);
  await showLaterDay(page);
  await timeButtons(page).nth(1).click();
  await page.waitForURL(/\?moved=1$/);
  await expect(page.getByText('Запись перенесена.')).toBeVisible();
  const moved = (await page.getByRole('heading', { name: /^Талон № З-/ }).innerText()).replace(
    /^Талон\s№\s/,
    '',
  );
  expect(moved).not.toBe(number);

  // The list shows it among the upcoming; the cabinet lists it as due.
  await page.goto('/cabinet');
  await expect(page.getByRole('link', { name: /Терапевт участковый/ }).first()).toBeVisible();

  // Cancelling asks first, then the appointment leaves the upcoming list.
  await page.goto('/health/appointments');
  const upcoming = page.getByRole('region', { name: 'Предстоящие приёмы' });
  const therapist = upcoming.getByRole('heading', { name: 'Терапевт участковый' });
  await expect(therapist).toBeVisible();
  await upcoming
    .getByRole('listitem')
    .filter({ hasText: 'Терапевт участковый' })
    .getByRole('link', { name: /Отменить/ })
    .click();
  await expect(page.getByRole('heading', { name: 'Отменить запись?' })).toBeVisible();
  await page.getByRole('button', { name: 'Отменить запись' }).click();
  await page.waitForURL(/\?cancelled=1$/);
  await expect(page.getByText('Запись отменена.')).toBeVisible();
  await expect(therapist).toHaveCount(0);
  await expectAccessible(page);
});

test('on a phone every day with free time is in sight and the page never scrolls sideways', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await signIn(page, demo.resident, undefined, '/health/appointments/new');
  // Only looked at, never booked: the elder child's paediatrician is no other test's.
  await page.getByRole('link', { name: elder }).click();
  await page.getByRole('link', { name: 'Педиатр участковый', exact: true }).click();
  await openFirstDoctor(page);

  const days = page
    .getByRole('navigation', { name: 'Дни со свободным временем' })
    .getByRole('link');
  const count = await days.count();
  // A fortnight of working days: more than fit side by side on a phone.
  expect(count).toBeGreaterThan(5);
  for (let i = 0; i < count; i++) {
    const box = (await days.nth(i).boundingBox())!;
    const where = `day ${i + 1} of ${count}: ${await days.nth(i).innerText()}`;
    expect(box.x, where).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, where).toBeLessThanOrEqual(360);
    expect(Math.min(box.width, box.height), where).toBeGreaterThanOrEqual(44);
  }
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

  // The last day, tapped where it is, shows its times.
  await days.last().click();
  await expect(days.last()).toHaveAttribute('aria-current', 'date');
  await expect(timeButtons(page).first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await expectAccessible(page);
});

test('a chosen doctor takes the place of the list, so their free times come next', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await signIn(page, demo.resident, undefined, '/health/appointments/new');
  await page.getByRole('link', { name: elder }).click();
  await page.getByRole('link', { name: 'Педиатр участковый', exact: true }).click();
  const doctorList = page.getByRole('region', { name: 'Выберите врача' });
  const doctors = doctorList.getByRole('link', { name: /кабинет/ });
  await expect(doctorList).toBeVisible();
  expect(await doctors.count()).toBeGreaterThan(1);
  const nameOf = async (i: number) =>
    (await doctors.nth(i).locator('span').first().innerText()).split(',')[0]!;
  const [chosen, other] = [await nameOf(0), await nameOf(1)];

  await doctors.first().click();
  const times = page.getByRole('heading', { name: /^Свободное время/ });
  await expect(times).toBeFocused();
  await expect(times).toContainText(chosen);
  await expect(doctorList).toHaveCount(0);
  await expect(page.getByText(other)).toHaveCount(0);
  // Next on the screen, not below the list.
  expect((await times.boundingBox())!.y).toBeLessThan(740);
  await expect(timeButtons(page).first()).toBeInViewport();
  await expectAccessible(page);

  // And back: the list again, its heading focused.
  await page.getByRole('link', { name: 'Выбрать другого врача' }).click();
  await expect(page.getByRole('heading', { name: 'Выберите врача' })).toBeFocused();
  expect(await doctors.count()).toBeGreaterThan(1);
});

test('without JavaScript the doctor and the day are still plain links', async ({
  browser,
  baseURL,
}) => {
  const withJs = await browser.newContext({ baseURL });
  await signIn(await withJs.newPage(), demo.resident, undefined, '/health/appointments');
  const context = await browser.newContext({
    baseURL,
    javaScriptEnabled: false,
    viewport: { width: 360, height: 740 },
  });
  await context.addCookies(await withJs.cookies());
  const page = await context.newPage();
  await page.goto('/health/appointments/new');
  await page.getByRole('link', { name: elder }).click();
  await page.getByRole('link', { name: 'Педиатр участковый', exact: true }).click();
  await page.getByRole('region', { name: 'Выберите врача' }).getByRole('link').first().click();
  await expect(page.getByRole('heading', { name: /^Свободное время/ })).toBeInViewport();
  await expect(page.getByRole('region', { name: 'Выберите врача' })).toHaveCount(0);
  await showLaterDay(page);
  await expect(timeButtons(page).first()).toBeVisible();
  await page.getByRole('link', { name: 'Выбрать другого врача' }).click();
  await expect(
    page.getByRole('region', { name: 'Выберите врача' }).getByRole('link'),
  ).not.toHaveCount(0);
  await withJs.close();
  await context.close();
});

test('book the district paediatrician for a child one represents', async ({ page }) => {
  await signIn(page, demo.resident, undefined, '/health/appointments/new');
  // A child is booked to the paediatrician; the adults' therapist is not offered for her.
  await page.getByRole('link', { name: younger }).click();
  await expect(page.getByRole('link', { name: 'Терапевт участковый', exact: true })).toHaveCount(0);
  await page.getByRole('link', { name: 'Педиатр участковый', exact: true }).click();
  await openFirstDoctor(page);
  await bookTime(page);
  await expect(page.getByText(younger)).toBeVisible();
  await expectAccessible(page);

  // Booked once per specialty: the booking page now points to the appointment instead.
  await page.goto('/health/appointments/new');
  await page.getByRole('link', { name: younger }).click();
  await expect(page.getByText(/Вы уже записаны:/)).toBeVisible();

  // Cancelled again, so a retry of this test starts from the same place.
  await page.getByRole('link', { name: /Перенести или отменить запись/ }).click();
  await expect(page.getByRole('heading', { name: /^Талон № З-/ })).toBeVisible();
  await page.getByRole('link', { name: 'Отменить запись' }).click();
  await page.waitForURL(/\/cancel$/);
  await page.getByRole('button', { name: 'Отменить запись' }).click();
  await page.waitForURL(/\?cancelled=1$/);
});

test('the waitlist: nothing free for the third referral, a cancellation is offered to her and she takes it', async ({
  page,
}) => {
  test.slow();
  await signIn(page, demo.resident, undefined, '/health/appointments');

  // The endocrinologist's only two times: one for the resident, one for the elder child.
  await openSpecialty(page, /\(вы\)/, 'Эндокринолог');
  await openFirstDoctor(page);
  await expect(timeButtons(page)).toHaveCount(2);
  await bookTime(page, 0);
  const ownTicket = page.url();
  await openSpecialty(page, elder, 'Эндокринолог');
  await openFirstDoctor(page);
  await expect(timeButtons(page)).toHaveCount(1);
  await bookTime(page, 0);

  // Nothing left within 14 working days for the younger child: she joins the waitlist.
  await openSpecialty(page, younger, 'Эндокринолог');
  await expect(
    page.getByRole('heading', {
      name: 'В ближайшие 14 рабочих дней свободного времени к этому врачу нет.',
    }),
  ).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Встать в лист ожидания' }).click();
  await page.waitForURL(/\?joined=1/);
  await expect(page.getByText('Вы в листе ожидания.')).toBeVisible();
  await expect(page.getByText(/Место в очереди/)).toBeVisible();

  // The resident cancels their own: the freed time is offered to her, and the inbox says so.
  await page.goto(ownTicket.replace('?booked=1', ''));
  await page.getByRole('link', { name: 'Отменить запись' }).click();
  await page.getByRole('button', { name: 'Отменить запись' }).click();
  await page.waitForURL(/\?cancelled=1$/);

  await page.goto('/cabinet/notifications');
  const offer = page.getByRole('button', { name: /^Перейти.*Освободилось время к эндокринологу/ });
  await expect(offer.first()).toBeVisible();
  await offer.first().click();
  await expect(page.getByRole('heading', { name: 'Лист ожидания' })).toBeVisible();
  await expect(page.getByText('Для вас удерживается время')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Записаться на это время' }).click();
  await page.waitForURL(/\?booked=1$/);
  await expect(page.getByText(younger)).toBeVisible();
  await expect(page.getByText('Эндокринолог')).toBeVisible();
});

test('a tampered booking form and another person’s appointment get a clear answer, never an error page', async ({
  browser,
  baseURL,
}) => {
  // The neighbour's clinic is in Тверской: one of his free dentist times is another clinic's slot.
  const neighbour = await browser.newContext({ baseURL });
  const theirs = await neighbour.newPage();
  await signIn(theirs, demo.neighbour, undefined, '/health/appointments/new');
  await theirs.getByRole('link', { name: /\(вы\)/ }).click();
  await theirs.getByRole('link', { name: 'Стоматолог', exact: true }).click();
  await openFirstDoctor(theirs);
  const otherClinicSlot = (await timeButtons(theirs).first().getAttribute('value'))!;

  const resident = await browser.newContext({ baseURL });
  const page = await resident.newPage();
  await signIn(page, demo.resident, undefined, '/health/appointments/new');
  await page.getByRole('link', { name: /\(вы\)/ }).click();
  await page.getByRole('link', { name: 'Стоматолог', exact: true }).click();
  await openFirstDoctor(page);
  const tamper = async (value: string) => {
    await timeButtons(page)
      .first()
      .evaluate((button, v) => button.setAttribute('value', v), value);
    await timeButtons(page).first().click();
    await page.waitForURL(/error=/);
  };

  await tamper(otherClinicSlot);
  await expect(page.getByText(/Это время в другой поликлинике/)).toBeVisible();
  await expect(timeButtons(page).first()).toBeVisible();
  await tamper('not-a-slot');
  await expect(page.getByText('Это время больше недоступно — выберите другое.')).toBeVisible();

  // A specialty that needs a referral the patient does not hold: explained, nothing to press.
  await page.goto('/health/appointments/new?patient=self&specialty=neurologist');
  await expect(page.getByText(/только по направлению/).first()).toBeVisible();
  await expect(timeButtons(page)).toHaveCount(0);

  // The resident's booking is not the neighbour's to see, download or cancel.
  await page.goto('/health/appointments/new?patient=self&specialty=dentist');
  await openFirstDoctor(page);
  await bookTime(page);
  const ticket = new URL(page.url()).pathname;
  for (const path of [ticket, `${ticket}/cancel`, `${ticket}/move`]) {
    const answer = await theirs.goto(path);
    expect(answer?.status(), path).toBe(404);
    await expect(theirs.getByRole('heading', { level: 1 })).toBeVisible();
  }
  // The calendar file is a download, so it is asked for as the browser's fetch would.
  expect((await neighbour.request.get(`${ticket}/ics`)).status()).toBe(404);
  await page.goto(`${ticket}/cancel`);
  await page.getByRole('button', { name: 'Отменить запись' }).click();
  await page.waitForURL(/\?cancelled=1$/);
  await neighbour.close();
  await resident.close();
});
