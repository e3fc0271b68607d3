import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { registerResident } from './support/session';

// Linking records in the cabinet as a resident does it, through the one link page
// (`/cabinet/link/<kind>`) and the one unlink confirmation (`/cabinet/<segment>/<id>/unlink`):
// wrong formats and the registry's answers, the record's page with its flash, the cabinet's list,
// the inbox's notices, and other people's records and unknown kinds as "not found". Each test has
// new residents of its own; the records are the README's free ones that no other spec links or
// looks up (fines.spec.ts checks 77 40 654321 and 50 23 246810), so the specs run side by side.
const freeCar = { sts: '50 КМ 246810', name: 'Lada Granta, Т 789 СХ 750' };
/** The older, expired licence with a series of letters. */
const freeLicence = { number: '77 ВК 654321', issuedOn: '27.03.2010', wrongDate: '28.03.2010' };
const freeChild = { certificate: 'V-МЮ 246802', fullName: 'Орлова Софья Алексеевна' };
/** The demo resident's car: in the registry, and somebody else's. */
const demoResidentSts = '77 УХ 123456';

const uuidPath = (segment: string) => new RegExp(`/cabinet/${segment}/[0-9a-f-]{36}\\?linked=1$`);

/**
 * A link such as "Подробнее" whose visually hidden rest names the record (": Lada Granta, …"). The
 * hidden part is absolutely positioned, hence block-level, so the accessible name has a space
 * before the colon.
 */
const namedLink = (label: string, name: string) =>
  new RegExp(`^${label}\\s*: ${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

/** A message the link form shows above its fields (the registry's answer). */
const answer = (page: Page, text: string) => page.getByRole('alert').filter({ hasText: text });

async function expectNotFound(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Страница не найдена' })).toBeVisible();
}

test('a resident links a car by its СТС, finds it in the cabinet, unlinks it, and the inbox has both notices', async ({
  browser,
  baseURL,
}) => {
  const { page, context } = await registerResident(browser, baseURL!);
  const vehicles = page.getByRole('region', { name: 'Автомобили' });
  await expect(vehicles).toContainText('Автомобилей пока нет.');
  await expectAccessible(page);

  await vehicles.getByRole('link', { name: 'Привязать автомобиль' }).click();
  await expect(page).toHaveURL(/\/cabinet\/link\/vehicle$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Привязать автомобиль' })).toBeVisible();
  await expectAccessible(page);

  // A СТС of the wrong shape: the message is under the field and announced with it.
  const sts = page.getByLabel('Серия и номер СТС');
  const submit = page.getByRole('button', { name: 'Привязать автомобиль' });
  await sts.fill('77 УХ 12');
  await submit.click();
  const wrongShape =
    'Номер СТС — 2 цифры, затем 2 цифры или 2 буквы, затем 6 цифр, например 77 УХ 123456';
  await expect(sts).toHaveAttribute('aria-invalid', 'true');
  await expect(sts).toHaveAccessibleDescription(new RegExp(wrongShape));
  // The last: beside the field (the error summary above the form repeats it).
  await expect(page.getByText(wrongShape).last()).toBeVisible();
  await expect(page).toHaveURL(/\/cabinet\/link\/vehicle$/);
  await expectAccessible(page);

  // Someone else's car: the answer says so, and nothing is linked.
  await sts.fill(demoResidentSts);
  await submit.click();
  await expect(answer(page, 'Этот автомобиль уже привязан к другой учётной записи.')).toBeVisible();
  await expect(sts).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveURL(/\/cabinet\/link\/vehicle$/);

  // A free car: its own page, with the flash.
  await sts.fill(freeCar.sts);
  await submit.click();
  await page.waitForURL(uuidPath('vehicles'));
  const vehicleUrl = new URL(page.url()).pathname;
  await expect(page.getByRole('heading', { level: 1, name: freeCar.name })).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: 'Автомобиль добавлен в личный кабинет.' }),
  ).toBeVisible();
  await expect(page.getByRole('main')).toContainText('50КМ246810');
  await expectAccessible(page);

  // The cabinet lists it, and leads back to it.
  await page.getByRole('link', { name: 'Личный кабинет', exact: true }).first().click();
  await page.waitForURL((url) => url.pathname === '/cabinet');
  await expect(vehicles.getByRole('heading', { level: 3, name: freeCar.name })).toBeVisible();
  await expect(vehicles).not.toContainText('Автомобилей пока нет.');
  await vehicles.getByRole('link', { name: namedLink('Подробнее', freeCar.name) }).click();
  await page.waitForURL((url) => url.pathname === vehicleUrl);
  await expect(page.getByText('Автомобиль добавлен в личный кабинет.')).toHaveCount(0);

  // Unlinking: the confirmation names the car, then the cabinet says it is gone.
  await page.getByRole('link', { name: namedLink('Отвязать', freeCar.name) }).click();
  await page.waitForURL((url) => url.pathname === `${vehicleUrl}/unlink`);
  await expect(page.getByRole('heading', { level: 1, name: 'Отвязать автомобиль?' })).toBeVisible();
  await expect(
    page.getByText(
      `Автомобиль ${freeCar.name} исчезнет из личного кабинета: штрафы по нему перестанут показываться.`,
      { exact: false },
    ),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'Отмена' })).toHaveAttribute('href', vehicleUrl);
  await expectAccessible(page);

  await page.getByRole('button', { name: 'Да, отвязать' }).click();
  await page.waitForURL((url) => url.pathname === '/cabinet' && url.search === '?unlinked=vehicle');
  await expect(page.getByRole('heading', { level: 1, name: 'Личный кабинет' })).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: 'Автомобиль удалён из личного кабинета.' }),
  ).toBeVisible();
  await expect(vehicles).toContainText('Автомобилей пока нет.');
  await expect(vehicles.getByRole('heading', { level: 3 })).toHaveCount(0);
  await expect(page.getByRole('main')).not.toContainText(freeCar.name);
  await expectAccessible(page);

  // The car's page and its confirmation are no longer this resident's.
  await expectNotFound(page, vehicleUrl);
  await expectNotFound(page, `${vehicleUrl}/unlink`);

  // The inbox has both notices, the unlinking first.
  await page.goto('/cabinet');
  await page
    .getByRole('main')
    .getByRole('link', { name: /^Уведомления/ })
    .click();
  await page.waitForURL((url) => url.pathname === '/cabinet/notifications');
  await expect(page.getByRole('heading', { level: 1, name: 'Уведомления' })).toBeVisible();
  const notices = page.getByRole('main').getByRole('listitem');
  const linked = notices.filter({
    has: page.getByRole('heading', { name: 'Автомобиль добавлен в личный кабинет' }),
  });
  const unlinked = notices.filter({
    has: page.getByRole('heading', { name: 'Автомобиль удалён из личного кабинета' }),
  });
  await expect(linked).toHaveCount(1);
  // The plate as a person writes it, kept on one line (no-break spaces).
  await expect(linked).toContainText(
    /Lada Granta, госномер Т\s789\sСХ\s750, привязан к вашей учётной записи\./,
  );
  await expect(unlinked).toHaveCount(1);
  await expect(unlinked).toContainText(
    /Lada Granta, госномер Т\s789\sСХ\s750, больше не привязан к вашей учётной записи\./,
  );
  await expect(notices.first()).toContainText('Автомобиль удалён из личного кабинета');
  await expectAccessible(page);

  await context.close();
});

test('a licence links only with its issue date, and another resident, an unknown kind or an unknown list is a 404', async ({
  browser,
  baseURL,
}) => {
  const { page, context } = await registerResident(browser, baseURL!);
  const licences = page.getByRole('region', { name: 'Водительское удостоверение' });
  await expect(licences).toContainText('Удостоверение пока не привязано.');
  await licences.getByRole('link', { name: 'Привязать удостоверение' }).click();
  await expect(page).toHaveURL(/\/cabinet\/link\/licence$/);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Привязать водительское удостоверение' }),
  ).toBeVisible();
  await expectAccessible(page);

  // The right number with the wrong date is "not found", as an unknown number would be.
  await page.getByLabel('Серия и номер удостоверения').fill(freeLicence.number);
  await page.getByLabel('Дата выдачи', { exact: true }).fill(freeLicence.wrongDate);
  await page.getByRole('button', { name: 'Привязать удостоверение' }).click();
  await expect(
    answer(page, 'Удостоверение с таким номером и датой выдачи не найдено.'),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/cabinet\/link\/licence$/);
  await expectAccessible(page);

  await page.getByLabel('Дата выдачи', { exact: true }).fill(freeLicence.issuedOn);
  await page.getByRole('button', { name: 'Привязать удостоверение' }).click();
  await page.waitForURL(uuidPath('licences'));
  const licenceUrl = new URL(page.url()).pathname;
  const title = `Водительское удостоверение ${freeLicence.number}`;
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: 'Водительское удостоверение добавлено в личный кабинет.' }),
  ).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Орлова Наталья Викторовна');
  await expect(page.getByRole('main')).toContainText('срок действия истёк');
  await expectAccessible(page);

  await page.goto('/cabinet');
  await expect(licences.getByRole('heading', { level: 3, name: title })).toBeVisible();

  // The holder's own confirmation page names the licence…
  await page.goto(`${licenceUrl}/unlink`);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Отвязать водительское удостоверение?' }),
  ).toBeVisible();
  await expect(
    page.getByText(`Водительское удостоверение ${freeLicence.number} исчезнет из личного кабинета`),
  ).toBeVisible();
  await expectAccessible(page);

  // …while for another resident it does not exist, and says nothing of the licence.
  const other = await registerResident(browser, baseURL!);
  await expectNotFound(other.page, `${licenceUrl}/unlink`);
  await expect(other.page.getByRole('main')).not.toContainText(freeLicence.number);
  await expect(other.page.getByRole('button', { name: 'Да, отвязать' })).toHaveCount(0);
  await expectAccessible(other.page);
  await expectNotFound(other.page, licenceUrl);

  // Kinds and lists the portal does not have.
  await expectNotFound(other.page, '/cabinet/link/spaceship');
  await expectNotFound(other.page, `/cabinet/spaceships/${randomUUID()}/unlink`);
  await expectNotFound(other.page, `/cabinet/spaceships/${licenceUrl.split('/').pop()}/unlink`);
  await other.context.close();

  // The holder still has it.
  await page.goto('/cabinet');
  await expect(licences.getByRole('heading', { level: 3, name: title })).toBeVisible();
  await context.close();
});

test('a child is linked only by someone who ticks the legal representative box, then is listed in the cabinet', async ({
  browser,
  baseURL,
}) => {
  const { page, context } = await registerResident(browser, baseURL!);
  const children = page.getByRole('region', { name: 'Дети', exact: true });
  await expect(children).toContainText('Детей пока нет.');
  await children.getByRole('link', { name: 'Привязать ребёнка' }).click();
  await expect(page).toHaveURL(/\/cabinet\/link\/child$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Привязать ребёнка' })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel('Серия и номер свидетельства о рождении').fill(freeChild.certificate);
  const box = page.getByRole('checkbox', {
    name: 'Я являюсь законным представителем этого ребёнка',
  });
  await expect(box).not.toBeChecked();
  await page.getByRole('button', { name: 'Привязать ребёнка' }).click();
  const unconfirmed = 'Подтвердите, что вы законный представитель ребёнка';
  await expect(box).toHaveAttribute('aria-invalid', 'true');
  await expect(box).toHaveAccessibleDescription(new RegExp(unconfirmed));
  await expect(page.getByText(unconfirmed).last()).toBeVisible();
  await expect(page).toHaveURL(/\/cabinet\/link\/child$/);
  await expectAccessible(page);

  await box.check();
  await page.getByRole('button', { name: 'Привязать ребёнка' }).click();
  await page.waitForURL(uuidPath('children'));
  await expect(page.getByRole('heading', { level: 1, name: freeChild.fullName })).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: 'Ребёнок добавлен в личный кабинет.' }),
  ).toBeVisible();
  await expect(page.getByRole('main')).toContainText(freeChild.certificate);
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Личный кабинет', exact: true }).first().click();
  await page.waitForURL((url) => url.pathname === '/cabinet');
  await expect(children.getByRole('heading', { level: 3, name: freeChild.fullName })).toBeVisible();
  await expect(children).toContainText('Не учится в школе');
  await expect(children).not.toContainText('Детей пока нет.');
  await expect(
    children.getByRole('link', { name: namedLink('Подробнее', freeChild.fullName) }),
  ).toBeVisible();
  await expectAccessible(page);
  await context.close();
});
