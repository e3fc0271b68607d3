import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { listEpds } from '@/db/queries/epd';
import { requireViewer } from '@/server/auth/viewer';
import { resolveLocale } from '@/lib/i18n/config';
import { epdText } from '@/lib/housing/epd-pdf';
import { isEpdPayable } from '@/lib/housing/epd-status';
import { epdStatusText } from '@/lib/housing/epd-status-text';
import { EpdPayLink, EpdStatusView } from '../_components/epd-status';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('housing.epd');
  return { title: t('title') };
}

export default async function EpdListPage() {
  const viewer = await requireViewer('/housing/epd');
  const locale = resolveLocale(await getLocale());
  const [apartments, t, text, statusText] = await Promise.all([
    listEpds(viewer, new Date()),
    getTranslations('housing.epd'),
    epdText(locale),
    epdStatusText(locale),
  ]);

  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p>{t('intro')}</p>

      {apartments.length === 0 && (
        <div className="flex flex-col items-start gap-3 rounded-lg bg-white p-4 shadow-sm sm:p-6">
          <p>{t('noApartments')}</p>
          <Link
            href="/cabinet/link/apartment"
            className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-800"
          >
            {t('linkApartment')}
          </Link>
        </div>
      )}

      {apartments.map((apartment) => {
        const address = t('apartment', { building: apartment.building, flat: apartment.flat });
        const headingId = `apartment-${apartment.apartmentId}`;
        return (
          <section
            key={apartment.apartmentId}
            aria-labelledby={headingId}
            className="flex flex-col gap-3 rounded-lg bg-white p-4 shadow-sm sm:p-6"
          >
            <div>
              <h2 id={headingId} className="text-xl font-semibold">
                {address}
              </h2>
              <p className="text-sm text-slate-600">
                {t('payerCodeValue', { code: apartment.payerCode })}
              </p>
            </div>
            {apartment.epds.length === 0 ? (
              <p>{t('noEpds')}</p>
            ) : (
              <div className="overflow-x-auto">
                <table className="w-full text-left text-sm sm:text-base">
                  <caption className="sr-only">{t('listLabel', { address })}</caption>
                  <thead>
                    <tr className="border-b border-slate-300 text-slate-600">
                      <th scope="col" className="py-2 pr-3 font-medium">
                        {t('period')}
                      </th>
                      <th scope="col" className="py-2 pr-3 text-right font-medium">
                        {t('total')}
                      </th>
                      <th scope="col" className="py-2 font-medium">
                        {t('statusColumn')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {apartment.epds.map((epd) => (
                      <tr key={epd.id} className="border-b border-slate-200 align-top">
                        <th scope="row" className="py-2 pr-3 font-normal">
                          <Link href={`/housing/epd/${epd.id}`} className="inline-block py-1">
                            {text.period(epd.period)}
                          </Link>
                        </th>
                        <td className="py-2 pr-3 text-right whitespace-nowrap tabular-nums">
                          {text.money(epd.totalKopecks)}
                        </td>
                        <td className="py-2">
                          {/* An older ЕПД's debt is paid through the latest one, in the row above. */}
                          <EpdStatusView status={epd.status} text={statusText}>
                            {isEpdPayable(epd.status) && (
                              <EpdPayLink epdId={epd.id}>
                                {t('pay')}
                                <span className="sr-only">
                                  {' '}
                                  {t('payWhat', { period: text.period(epd.period) })}
                                </span>
                              </EpdPayLink>
                            )}
                          </EpdStatusView>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        );
      })}
    </div>
  );
}
