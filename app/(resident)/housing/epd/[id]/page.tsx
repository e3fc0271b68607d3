import type { Metadata } from 'next';
import Link from 'next/link';
import { Details } from '@/components/ui/details';
import { notFound } from 'next/navigation';
import { after } from 'next/server';
import { getLocale, getTranslations } from 'next-intl/server';
import { getEpd } from '@/db/queries/epd';
import { recordUse } from '@/db/queries/usage';
import { getViewer, requireViewer } from '@/server/auth/viewer';
import { epdPayee } from '@/lib/housing';
import { epdText } from '@/lib/housing/epd-pdf';
import { epdToPay } from '@/lib/housing/epd-status';
import { epdStatusText } from '@/lib/housing/epd-status-text';
import { resolveLocale } from '@/lib/i18n/config';
import { EpdPayLink, EpdStatusView } from '../../_components/epd-status';

type Props = { params: Promise<{ id: string }> };

const textOf = async () => epdText(resolveLocale(await getLocale()));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ id }, t, text] = await Promise.all([params, getTranslations('housing.epd'), textOf()]);
  const epd = await getEpd(await getViewer(), id);
  return { title: epd ? t('detailTitle', { period: text.period(epd.period) }) : t('title') };
}

/** Columns shown from the `sm` breakpoint up. */
const wide = 'hidden sm:table-cell';
const card = 'flex flex-col gap-3 rounded-lg bg-white p-4 shadow-sm sm:p-6';

export default async function EpdPage({ params }: Props) {
  const { id } = await params;
  const viewer = await requireViewer(`/housing/epd/${encodeURIComponent(id)}`);
  const locale = resolveLocale(await getLocale());
  const [epd, t, text, statusText] = await Promise.all([
    getEpd(viewer, id, new Date()),
    getTranslations('housing.epd'),
    epdText(locale),
    epdStatusText(locale),
  ]);
  if (!epd) notFound();
  after(() => recordUse('epd', { userId: viewer.id }));
  const a = epd.apartment;
  const title = t('detailTitle', { period: text.period(epd.period) });
  const payId = epdToPay(epd.id, epd.status);

  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/housing/epd">
          <span aria-hidden="true">← </span>
          {t('back')}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{title}</h1>

      <section aria-labelledby="epd-total" className={card}>
        <h2 id="epd-total" className="sr-only">
          {t('grandTotal')}
        </h2>
        <Details
          items={[
            [t('charged'), text.money(epd.chargedKopecks)],
            [epd.debtKopecks < 0 ? t('prepaid') : t('debt'), text.money(Math.abs(epd.debtKopecks))],
            [t('grandTotal'), <strong key="total">{text.money(epd.totalKopecks)}</strong>],
            [t('dueDate'), text.date(epd.dueDate)],
            [
              t('statusColumn'),
              <EpdStatusView key="status" status={epd.status} text={statusText}>
                {payId && (
                  <EpdPayLink epdId={payId}>
                    {epd.status.kind === 'carried'
                      ? t('payLater', { period: text.period(epd.status.into.period) })
                      : t('pay')}
                  </EpdPayLink>
                )}
              </EpdStatusView>,
            ],
          ]}
        />
        <div className="flex flex-col items-start gap-1">
          <a
            href={`/housing/epd/${epd.id}/pdf`}
            className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-800"
          >
            {t('download')}
          </a>
          <p className="text-sm text-slate-600">{t('downloadHint')}</p>
        </div>
      </section>

      <section aria-labelledby="epd-charges" className={card}>
        <h2 id="epd-charges" className="text-xl font-semibold">
          {t('charges')}
        </h2>
        <div>
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b border-slate-300 text-slate-600">
                <th scope="col" className="py-2 pr-3 font-medium">
                  {t('colService')}
                </th>
                <th scope="col" className={`${wide} py-2 pr-3 font-medium`}>
                  {t('colBasis')}
                </th>
                <th scope="col" className={`${wide} py-2 pr-3 text-right font-medium`}>
                  {t('colVolume')}
                </th>
                <th scope="col" className={`${wide} py-2 pr-3 text-right font-medium`}>
                  {t('colTariff')}
                </th>
                <th scope="col" className="py-2 text-right font-medium">
                  {t('colCharge')}
                </th>
              </tr>
            </thead>
            <tbody>
              {epd.lines.map((line) => (
                <tr
                  key={`${line.service}-${line.zone}-${line.basis}`}
                  className="border-b border-slate-200"
                >
                  <th scope="row" className="py-2 pr-3 font-normal">
                    {text.service(line)}
                    {/* On a phone the three middle columns fold into one line under the service. */}
                    <span className="block text-slate-600 sm:hidden">
                      {t('lineSummary', {
                        basis: text.basis(line),
                        volume: `${text.volume(line.volume)} ${text.unit(line)}`,
                        tariff: text.money(line.kopecksPerUnit),
                      })}
                    </span>
                  </th>
                  <td className={`${wide} py-2 pr-3`}>{text.basis(line)}</td>
                  <td className={`${wide} py-2 pr-3 text-right whitespace-nowrap tabular-nums`}>
                    {text.volume(line.volume)} {text.unit(line)}
                  </td>
                  <td className={`${wide} py-2 pr-3 text-right whitespace-nowrap tabular-nums`}>
                    {text.money(line.kopecksPerUnit)}
                  </td>
                  <td className="py-2 text-right whitespace-nowrap tabular-nums">
                    {text.money(line.chargeKopecks)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <div className="grid gap-6 md:grid-cols-2">
        <section aria-labelledby="epd-payer" className={card}>
          <h2 id="epd-payer" className="text-xl font-semibold">
            {t('payer')}
          </h2>
          <Details
            items={[
              [t('payerCode'), a.payerCode],
              [t('owner'), a.ownerName],
              [t('address'), text.address(a)],
              [t('area'), text.area(a.areaM2)],
              [t('residents'), text.residents(a.registeredResidents)],
            ]}
          />
        </section>
        <section aria-labelledby="epd-payee" className={card}>
          <h2 id="epd-payee" className="text-xl font-semibold">
            {t('provider')}
          </h2>
          <Details
            items={[
              [t('payeeName'), epdPayee.name],
              [t('inn'), epdPayee.payeeInn],
              [t('kpp'), epdPayee.kpp],
              [t('account'), epdPayee.personalAcc],
              [t('bank'), epdPayee.bankName],
              [t('bic'), epdPayee.bic],
              [t('correspAcc'), epdPayee.correspAcc],
            ]}
          />
        </section>
      </div>
    </div>
  );
}
