import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { canUseResidentServices } from '@/lib/auth/policy';
import { dueCards, getDueThisMonth } from '@/services/due';
import { recordKinds } from '@/services/registry';
import { unreadCount } from '@/db/queries/notifications';
import { requireViewer } from '@/server/auth/viewer';
import { addressName } from '@/lib/cabinet/format';
import { personalServices } from '@/lib/cabinet/services';
import { linkKindOf } from '@/services/registry';
import { DueThisMonth } from './_components/due-this-month';
import { Flash, RecordLink, ServiceList } from './_components/record-parts';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('cabinet');
  return { title: t('title') };
}

const addButton =
  'inline-flex min-h-11 items-center justify-center rounded-md bg-brand-700 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-800 hover:no-underline';
const cardStyle = 'flex flex-col gap-3 rounded-lg bg-white p-4 shadow-sm sm:p-5';
const cabinetLink =
  'inline-flex min-h-11 items-center gap-2 rounded-md border border-slate-300 bg-white px-4 py-2 font-semibold';

function Section({
  id,
  title,
  addHref,
  addLabel,
  empty,
  children,
}: {
  id: string;
  title: string;
  addHref: string;
  addLabel: string;
  empty: string | null;
  children: React.ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h2 id={id} className="text-xl font-semibold">
          {title}
        </h2>
        <Link href={addHref} className={addButton}>
          {addLabel}
        </Link>
      </div>
      {empty ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-4 text-slate-700">
          {empty}
        </p>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">{children}</ul>
      )}
    </section>
  );
}

function MoreLink({ href, label, name }: { href: string; label: string; name: string }) {
  return (
    <Link href={href} className="self-start font-semibold">
      {label}
      <span className="sr-only">: {name}</span>
    </Link>
  );
}

export default async function CabinetPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requireViewer('/cabinet');
  if (!canUseResidentServices(viewer)) notFound();
  const now = new Date();
  const kinds = recordKinds();
  const [records, unread, due, t, { unlinked }] = await Promise.all([
    Promise.all(
      kinds.map(async (kind) => ({
        kind,
        cards: await kind.cards(viewer, now),
        t: await getTranslations(kind.messages),
      })),
    ),
    unreadCount(viewer),
    getDueThisMonth(viewer, now),
    getTranslations('cabinet'),
    searchParams,
  ]);
  const [tCalendar, tAccess] = await Promise.all([
    getTranslations('calendar.page'),
    getTranslations('dataAccess'),
  ]);
  const unlinkedKind = typeof unlinked === 'string' ? linkKindOf(unlinked) : undefined;
  const linkedAnything = records.some((r) => r.cards.length > 0);

  return (
    <div className="flex flex-col gap-8">
      <div className="flex flex-col gap-3">
        <h1 className="text-2xl font-bold sm:text-3xl">{t('title')}</h1>
        <p className="text-lg">{t('greeting', { name: addressName(viewer.fullName) })}</p>
        <p className="max-w-3xl text-slate-700">{t('intro')}</p>
        <ul className="flex flex-wrap gap-3">
          <li>
            <Link href="/cabinet/notifications" className={cabinetLink}>
              {t('inbox.link')}
              <span
                className={
                  unread > 0
                    ? 'rounded-full bg-accent-600 px-2 py-0.5 text-sm text-white'
                    : 'text-sm font-normal text-slate-600'
                }
              >
                {t('inbox.unread', { count: unread })}
              </span>
            </Link>
          </li>
          <li>
            <Link href="/cabinet/calendar" className={cabinetLink}>
              {tCalendar('cabinetLink')}
            </Link>
          </li>
          <li>
            <Link href="/cabinet/data-access" className={cabinetLink}>
              {tAccess('cabinetLink')}
            </Link>
          </li>
        </ul>
        {unlinkedKind && (
          <Flash>
            {(await getTranslations(unlinkedKind.messages))(`flash.unlinked.${unlinkedKind.kind}`)}
          </Flash>
        )}
      </div>

      {/* With nothing linked, only a booked appointment has anything to show here. */}
      {(linkedAnything || due.length > 0) && <DueThisMonth cards={await dueCards(due)} />}

      {records.map(({ kind, cards, t: tk }) => (
        <Section
          key={kind.kind}
          id={kind.segment}
          title={tk(`sections.${kind.segment}`)}
          addHref={`/cabinet/link/${kind.kind}`}
          addLabel={tk(`add.${kind.kind}`)}
          empty={cards.length ? null : tk(`empty.${kind.segment}`)}
        >
          {cards.map((card) => (
            <li key={card.id} className={cardStyle}>
              <h3 className="text-lg font-semibold">{card.name}</h3>
              {card.details.map((line) => (
                <p key={line} className="text-slate-700">
                  {line}
                </p>
              ))}
              {card.alert && <p className="font-medium text-accent-600">{card.alert}</p>}
              {card.link ? (
                <RecordLink
                  href={card.link.href}
                  label={card.link.label}
                  navLabel={t('servicesFor', { name: card.name })}
                />
              ) : (
                <ServiceList slugs={card.services} label={t('servicesFor', { name: card.name })} />
              )}
              <MoreLink
                href={`/cabinet/${kind.segment}/${card.id}`}
                label={t('details')}
                name={card.name}
              />
            </li>
          ))}
        </Section>
      ))}

      <section aria-labelledby="personal" className="flex flex-col gap-3">
        <h2 id="personal" className="text-xl font-semibold">
          {t('sections.personal')}
        </h2>
        <ServiceList slugs={personalServices} label={t('sections.personal')} />
      </section>
    </div>
  );
}
