import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { listMyDataAccess, type DataAccessEntry } from '@/db/queries/data-access';
import { Pagination } from '@/components/ui/pagination';
import { requireViewer } from '@/server/auth/viewer';
import { BackToCabinet } from '../_components/record-parts';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('dataAccess');
  return { title: t('title') };
}

type Translate = Awaited<ReturnType<typeof getTranslations<'dataAccess'>>>;

/** A key of the log's own vocabulary, or the raw value for one a later version wrote. */
const known = (t: Translate, key: string, values?: Record<string, string>) =>
  t.has(key as never) ? t(key as never, values as never) : key.split('.').at(-1)!;

function who(t: Translate, entry: DataAccessEntry) {
  const role = known(t, `roles.${entry.actorRole}`);
  return entry.actorName ? `${role}: ${entry.actorName}` : role;
}

export default async function DataAccessPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requireViewer('/cabinet/data-access');
  const { page: pageParam } = await searchParams;
  const requested = Number.parseInt(typeof pageParam === 'string' ? pageParam : '1', 10);
  const [log, t, format] = await Promise.all([
    listMyDataAccess(viewer, Number.isFinite(requested) ? requested : 1),
    getTranslations('dataAccess'),
    getFormatter(),
  ]);
  if (!log) return null;
  const { entries, page, pageCount, total } = log;

  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <BackToCabinet />
      <div>
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <p className="mt-2 text-slate-700">{t('intro')}</p>
      </div>
      {entries.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-4 text-slate-700">
          {t('empty')}
        </p>
      ) : (
        <section aria-labelledby="access-entries" className="flex flex-col gap-3">
          <h2 id="access-entries" className="text-lg font-semibold">
            {t('summary', { total })}
          </h2>
          <ol className="flex flex-col gap-3">
            {entries.map((entry) => (
              <li key={entry.id} className="rounded-lg border border-slate-200 bg-white p-4">
                <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[8rem_1fr]">
                  <dt className="font-semibold">{t('when')}</dt>
                  <dd>
                    <time dateTime={entry.at.toISOString()}>
                      {format.dateTime(entry.at, 'dateTime')}
                    </time>
                  </dd>
                  <dt className="font-semibold">{t('who')}</dt>
                  <dd>{who(t, entry)}</dd>
                  <dt className="font-semibold">{t('what')}</dt>
                  <dd>
                    {known(t, `data.${entry.data}`, {
                      plate: entry.details.plate ?? '',
                      licence: entry.details.licence ?? '',
                    })}
                  </dd>
                  <dt className="font-semibold">{t('why')}</dt>
                  <dd>{known(t, `purpose.${entry.purpose}`)}</dd>
                </dl>
              </li>
            ))}
          </ol>
        </section>
      )}
      <Pagination
        path="/cabinet/data-access"
        page={page}
        pageCount={pageCount}
        labels={{
          nav: t('pagination'),
          newer: t('newer'),
          older: t('older'),
          pageOf: t('pageOf', { page, pages: pageCount }),
        }}
      />
    </div>
  );
}
