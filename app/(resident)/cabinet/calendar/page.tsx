import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Button } from '@/components/ui/button';
import { getCalendarFeed } from '@/db/queries/calendar-feeds';
import { CALENDAR_PAGE } from '@/lib/calendar/schemas';
import { requireViewer } from '@/server/auth/viewer';
import { publicUrl } from '@/server/public-url';
import { BackToCabinet, Flash } from '../_components/record-parts';
import { removeCalendarAction, resetCalendarAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('calendar.page');
  // The address on the page is a key to the resident's deadlines: never sent on as a referrer.
  return { title: t('title'), referrer: 'no-referrer' };
}

export default async function CalendarPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requireViewer(CALENDAR_PAGE);
  const [feed, t, format, { done }] = await Promise.all([
    getCalendarFeed(viewer),
    getTranslations('calendar.page'),
    getFormatter(),
    searchParams,
  ]);
  const url = feed ? publicUrl(feed.path as `/${string}`) : null;

  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <BackToCabinet />
      <div>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="mt-2 text-slate-700">{t('intro')}</p>
      </div>
      {done === 'created' && <Flash>{t('flash.created')}</Flash>}
      {done === 'reset' && <Flash>{t('flash.reset')}</Flash>}
      {done === 'removed' && <Flash>{t('flash.removed')}</Flash>}

      {url && feed ? (
        <section aria-labelledby="feed-address" className="flex flex-col gap-4">
          <h2 id="feed-address" className="text-lg font-semibold">
            {t('address.title')}
          </h2>
          <div className="flex flex-col gap-1">
            <label htmlFor="feed-url" className="font-semibold">
              {t('address.label')}
            </label>
            <input
              id="feed-url"
              readOnly
              value={url}
              aria-describedby="feed-url-hint"
              className="min-h-11 w-full rounded-md border border-slate-400 bg-white px-3 py-2 font-mono text-sm break-all"
            />
            <p id="feed-url-hint" className="text-sm text-slate-700">
              {t('address.hint', { since: format.dateTime(feed.since, 'dateTime') })}
            </p>
          </div>
          <p>
            <a
              href={url.replace(/^https?:\/\//, 'webcal://')}
              className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 py-2 font-semibold text-white"
            >
              {t('address.subscribe')}
            </a>
          </p>
          <div className="flex flex-col gap-2 text-slate-800">
            <h3 className="font-semibold">{t('how.title')}</h3>
            <ul className="list-disc pl-6">
              <li>{t('how.iphone')}</li>
              <li>{t('how.android')}</li>
              <li>{t('how.other')}</li>
            </ul>
          </div>
          <section
            aria-labelledby="feed-reset"
            className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4"
          >
            <h3 id="feed-reset" className="font-semibold">
              {t('reset.title')}
            </h3>
            <p className="text-slate-700">{t('reset.intro')}</p>
            <div className="flex flex-wrap gap-3">
              <form action={resetCalendarAction}>
                <Button type="submit" variant="secondary">
                  {t('reset.submit')}
                </Button>
              </form>
              <form action={removeCalendarAction}>
                <Button type="submit" variant="secondary">
                  {t('remove.submit')}
                </Button>
              </form>
            </div>
          </section>
        </section>
      ) : (
        <section aria-labelledby="feed-start" className="flex flex-col gap-3">
          <h2 id="feed-start" className="text-lg font-semibold">
            {t('start.title')}
          </h2>
          <p className="text-slate-700">{t('start.intro')}</p>
          <form action={resetCalendarAction}>
            <Button type="submit">{t('start.submit')}</Button>
          </form>
        </section>
      )}
    </div>
  );
}
