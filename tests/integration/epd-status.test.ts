import { and, eq } from 'drizzle-orm';
import { createFormatter, createTranslator, NextIntlClientProvider } from 'next-intl';
import { createElement, type ComponentProps, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/db';
import { generateEpds } from '@/db/queries/epd';
import { listHousingDue } from '@/db/queries/housing-due';
import { apartments, epds, paymentItems, payments } from '@/db/schema';
import { demoRecords } from '@/db/seed';
import { housingSeedPeriod } from '@/db/seed/housing';
import type { Viewer } from '@/lib/auth/roles';
import { addDays, addMonths, dayParts, moscowTime, type Period } from '@/lib/city';
import type { EpdStatus } from '@/lib/housing/epd-status';
import { epdStatusText, type EpdStatusText } from '@/lib/housing/epd-status-text';
import { timeZone } from '@/lib/i18n/config';
import { formats } from '@/lib/i18n/formats';
import { loadMessages } from '@/lib/i18n/messages';
import { housingDueSource } from '@/services/housing/due';
import { viewerOf } from '../setup/fixtures';

// The ЕПД list, its page and the pay page, rendered as the server renders them for the demo resident
// at a chosen instant, each say the same status of the same ЕПД, as the cabinet's card does. The
// request-bound parts (the session, next-intl's request config, `after`) are stood in for.

type IntlProviderProps = ComponentProps<typeof NextIntlClientProvider>;

const signedIn = vi.hoisted(() => ({ viewer: null as Viewer | null }));

vi.mock('@/server/auth/viewer', () => ({
  requireViewer: async () => signedIn.viewer,
  getViewer: async () => signedIn.viewer,
}));
vi.mock('next/server', () => ({ after: () => {} }));
vi.mock('next-intl/server', async () => {
  const messages = await loadMessages('ru');
  return {
    getLocale: async () => 'ru',
    getMessages: async () => messages,
    getFormatter: async () => createFormatter({ locale: 'ru', formats, timeZone }),
    getTranslations: async (namespace?: string) =>
      createTranslator({ locale: 'ru', messages, namespace, formats, timeZone } as never),
  };
});
vi.mock('@/components/layout/client-messages', async () => {
  const messages = await loadMessages('ru');
  const config: Omit<IntlProviderProps, 'children'> = { locale: 'ru', messages, timeZone, formats };
  return {
    // The provider's props type counts `children`; createElement takes them as its third argument.
    ClientMessages: ({ children }: { children: ReactNode }) =>
      createElement(NextIntlClientProvider, config as IntlProviderProps, children),
  };
});
vi.mock('@/app/(resident)/housing/pay/actions', () => ({
  payEpdAction: async (state: unknown) => state,
}));

const { default: EpdListPage } = await import('@/app/(resident)/housing/epd/page');
const { default: EpdPage } = await import('@/app/(resident)/housing/epd/[id]/page');
const { default: PayEpdPage } = await import('@/app/(resident)/housing/pay/page');

// The seed's readings end with `lastRead`: its ЕПД is the apartment's latest, the one before older.
const lastRead: Period = addMonths(housingSeedPeriod('water', new Date()), -1);
const earlier = addMonths(lastRead, -1);
const [home] = demoRecords.residentApartments;

let resident: Viewer;
let latest: { id: string; dueDate: string; totalKopecks: number; generatedAt: Date };
let older: { id: string };
let text: EpdStatusText;

async function epdOf(period: Period) {
  const [row] = await db
    .select({
      id: epds.id,
      dueDate: epds.dueDate,
      totalKopecks: epds.totalKopecks,
      generatedAt: epds.generatedAt,
    })
    .from(epds)
    .innerJoin(apartments, eq(apartments.id, epds.apartmentId))
    .where(and(eq(apartments.payerCode, home!.payerCode), eq(epds.period, period)));
  return row!;
}

/** A succeeded payment towards the ЕПД, written as the payments module leaves one. */
async function paid(epdId: string, amountKopecks: number) {
  const at = new Date(latest.generatedAt.getTime() + 60_000);
  const [payment] = await db
    .insert(payments)
    .values({
      userId: resident.id,
      idempotencyKey: crypto.randomUUID(),
      fingerprint: `test-${crypto.randomUUID()}`,
      amountKopecks,
      status: 'succeeded',
      provider: 'sandbox',
      expiresAt: at,
      succeededAt: at,
    })
    .returning({ id: payments.id });
  await db.insert(paymentItems).values({
    paymentId: payment!.id,
    kind: 'epd',
    refId: epdId,
    amountKopecks,
    status: 'succeeded',
  });
}

/** Moscow noon `days` after the latest ЕПД's due date (negative: before it). */
function dayFromDue(days: number): Date {
  const { year, month, day } = dayParts(addDays(latest.dueDate, days));
  return moscowTime(year, month, day, 12);
}

const plain = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;|&quot;|&amp;/g, (e) => ({ '&#x27;': "'", '&quot;': '"', '&amp;': '&' })[e]!)
    .replace(/[\s\u00a0\u202f]+/g, ' ');

/** What each page shows for an ЕПД at `now`: its text, and whether it offers to pay it. */
async function pagesAt(epdId: string, now: Date) {
  vi.setSystemTime(now);
  const list = renderToStaticMarkup(await EpdListPage());
  // The ЕПД's own row of the list.
  const row = list.split('<tr').find((r) => r.includes(`href="/housing/epd/${epdId}"`))!;
  const detail = renderToStaticMarkup(await EpdPage({ params: Promise.resolve({ id: epdId }) }));
  const pay = renderToStaticMarkup(
    await PayEpdPage({ searchParams: Promise.resolve({ epd: epdId }) }),
  );
  const due = (await listHousingDue(resident, now)).find(
    (i) => i.type === 'epd' && i.epdId === epdId,
  );
  const card = due && (await housingDueSource.card(due));
  return {
    list: { text: plain(row), pays: row.includes(`href="/housing/pay?epd=${epdId}"`) },
    detail: {
      text: plain(detail),
      html: detail,
      pays: detail.includes(`href="/housing/pay?epd=${epdId}"`),
    },
    pay: { text: plain(pay), pays: /<button[^>]*type="submit"/.test(pay) },
    card: card && { text: plain([card.badge, ...card.details].join(' ')) },
  };
}

function expectEverywhere(shown: Awaited<ReturnType<typeof pagesAt>>, status: EpdStatus) {
  const words = [text.badge(status), text.summary(status)].map((w) => plain(w).trim());
  for (const [page, view] of Object.entries(shown)) {
    if (!view) continue;
    for (const word of words) expect(view.text, `${page}: «${word}»`).toContain(word);
  }
}

beforeAll(async () => {
  resident = await viewerOf('resident@moygorod.test');
  signedIn.viewer = resident;
  await generateEpds(earlier);
  await generateEpds(lastRead);
  latest = await epdOf(lastRead);
  older = await epdOf(earlier);
  text = await epdStatusText('ru');
  expect(latest.totalKopecks).toBeGreaterThan(20_000);
});

afterEach(() => {
  vi.useRealTimers();
});

describe('one status of an ЕПД on every page', () => {
  // In this order: each step pays a little more of the same ЕПД.
  it('overdue: the list, the ЕПД page, the pay page and the cabinet say so, and offer to pay', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const shown = await pagesAt(latest.id, dayFromDue(1));
    const status: EpdStatus = {
      kind: 'overdue',
      paidKopecks: 0,
      remainingKopecks: latest.totalKopecks,
      dueDate: latest.dueDate,
    };
    expectEverywhere(shown, status);
    expect(shown.card).toBeDefined();
    expect([shown.list.pays, shown.detail.pays, shown.pay.pays]).toEqual([true, true, true]);
  });

  it('an older ЕПД unpaid: its debt is carried into the latest, which is the one to pay', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const shown = await pagesAt(older.id, dayFromDue(1));
    const { totalKopecks } = await epdOf(earlier);
    expectEverywhere(shown, {
      kind: 'carried',
      remainingKopecks: totalKopecks,
      into: { id: latest.id, period: lastRead },
    });
    // Not this one: the latest ЕПД, from its page.
    expect([shown.list.pays, shown.detail.pays, shown.pay.pays]).toEqual([false, false, false]);
    expect(shown.detail.html).toContain(`href="/housing/pay?epd=${latest.id}"`);
  });

  it('paid in part: all of them say what is paid and what remains, and offer to pay the rest', async () => {
    await paid(latest.id, 10_000);
    vi.useFakeTimers({ toFake: ['Date'] });
    const shown = await pagesAt(latest.id, dayFromDue(-5));
    const status: EpdStatus = {
      kind: 'partlyPaid',
      paidKopecks: 10_000,
      remainingKopecks: latest.totalKopecks - 10_000,
      dueDate: latest.dueDate,
      daysLeft: 5,
    };
    expectEverywhere(shown, status);
    expect(shown.card).toBeDefined();
    expect([shown.list.pays, shown.detail.pays, shown.pay.pays]).toEqual([true, true, true]);
  });

  it('paid: all of them say paid, none offers to pay, and the cabinet no longer asks', async () => {
    await paid(latest.id, latest.totalKopecks - 10_000);
    vi.useFakeTimers({ toFake: ['Date'] });
    const shown = await pagesAt(latest.id, dayFromDue(1));
    expectEverywhere(shown, { kind: 'paid', creditKopecks: 0 });
    expect(shown.card).toBeUndefined();
    expect([shown.list.pays, shown.detail.pays, shown.pay.pays]).toEqual([false, false, false]);
  });

  it('an older ЕПД once the latest is paid: paid too, the payments settling the oldest debt first', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const shown = await pagesAt(older.id, dayFromDue(1));
    expectEverywhere(shown, { kind: 'paid', creditKopecks: 0 });
    expect([shown.list.pays, shown.detail.pays, shown.pay.pays]).toEqual([false, false, false]);
  });
});
