import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { getReadingsOverview, type ReadingKind } from '@/db/queries/readings';
import { requireViewer } from '@/server/auth/viewer';
import type { ReadingsState } from './readings-state';
import { ReadingsPanel } from './_components/readings-panel';

type Action = (state: ReadingsState, formData: FormData) => Promise<ReadingsState>;

/** /meters/water and /meters/electricity: the chosen apartment's meters, the form and the history. */
export async function ReadingsPage({
  kind,
  apartment: asked,
  action,
}: {
  kind: ReadingKind;
  apartment: string | string[] | undefined;
  action: Action;
}) {
  const path = `/meters/${kind}`;
  const apartmentId = typeof asked === 'string' && asked !== '' ? asked : undefined;
  const viewer = await requireViewer(
    apartmentId ? `${path}?apartment=${encodeURIComponent(apartmentId)}` : path,
  );
  const [overview, t, locale] = await Promise.all([
    getReadingsOverview(viewer, kind, apartmentId, new Date()),
    getTranslations('meters'),
    getLocale(),
  ]);
  if (!overview) notFound();
  const { window, apartment } = overview;

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-bold">{t(`title.${kind}`)}</h1>
        <p className="text-slate-700">{t(`intro.${kind}`)}</p>
      </header>

      {!apartment ? (
        <section className="flex flex-col gap-3 rounded-lg bg-white p-4 shadow-sm sm:p-6">
          <p>{t('noApartment')}</p>
          <p>
            <Link href="/cabinet/link/apartment" className="font-semibold">
              {t('linkApartment')}
            </Link>
          </p>
        </section>
      ) : (
        <>
          {overview.apartments.length > 1 && (
            <nav aria-label={t('chooseApartment')}>
              <ul className="flex flex-wrap gap-2">
                {overview.apartments.map((a) => {
                  const current = a.id === apartment.id;
                  return (
                    <li key={a.id}>
                      <Link
                        href={`${path}?apartment=${a.id}`}
                        aria-current={current ? 'page' : undefined}
                        className={`inline-flex min-h-11 items-center rounded-md border px-3 py-2 text-sm font-medium ${
                          current
                            ? 'border-brand-700 bg-brand-700 text-white'
                            : 'border-brand-100 bg-brand-50'
                        }`}
                      >
                        {t('apartment', { building: a.building, flat: a.flat })}
                      </Link>
                    </li>
                  );
                })}
              </ul>
            </nav>
          )}

          <ReadingsPanel
            key={apartment.id}
            kind={kind}
            apartment={apartment}
            window={window}
            windowDays={overview.windowDays}
            meters={overview.meters}
            receipt={overview.receipt}
            action={action}
            locale={locale}
          />
        </>
      )}
    </div>
  );
}
