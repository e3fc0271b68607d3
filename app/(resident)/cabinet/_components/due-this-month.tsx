import Link from 'next/link';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import type { DueItem } from '@/lib/housing/due';
import { calendarDate } from '@/lib/city';
import { formatLicence, formatPlate } from '@/lib/fines/documents';
import { specialtyName } from '@/lib/health/specialties';
import { resolveLocale } from '@/lib/i18n/config';
import { kopecksToRoubles } from '@/lib/i18n/formats';

type Shown = {
  key: string;
  href: string;
  title: string;
  /** The apartment's address, the clinic of an appointment, or the car or licence of a fine. */
  address: string;
  /** «Срочно» or «Просрочено», in words as well as colour. */
  badge: string | null;
  details: string[];
};

/** The cabinet's «Due this month»: each thing to do, leading to the page where it is done. */
export async function DueThisMonth({ items }: { items: DueItem[] }) {
  const [t, tc, format, locale] = await Promise.all([
    getTranslations('cabinet.due'),
    getTranslations('cabinet'),
    getFormatter(),
    getLocale().then(resolveLocale),
  ]);
  const day = (date: string) => format.dateTime(calendarDate(date), 'dayMonth');
  const fullDay = (date: string) => format.dateTime(calendarDate(date), 'long');
  const month = (period: string) => format.dateTime(calendarDate(period), 'monthYear');
  const rubles = (kopecks: number) => format.number(kopecksToRoubles(kopecks), 'rub');

  const shown = items.map((item): Shown => {
    if (item.type === 'appointment')
      return {
        key: `appointment-${item.appointmentId}`,
        href: '/health/appointments',
        title: t('appointment.title', { specialty: specialtyName(item.specialty, locale) }),
        badge: null,
        address: item.clinicName,
        details: [
          t('appointment.when', { date: format.dateTime(item.start, 'dateTime') }),
          t('appointment.doctor', { doctor: item.doctorName, room: item.room }),
          ...(item.childName ? [t('appointment.patient', { name: item.childName })] : []),
        ],
      };
    if (item.type === 'fine')
      return {
        key: `fine-${item.fineId}`,
        href: `/fines/${item.fineId}`,
        title: t(item.reason === 'discount' ? 'fine.discountTitle' : 'fine.dueTitle', {
          article: item.articleTitle,
          date: day(item.until),
        }),
        badge: item.urgent ? t('urgent') : null,
        address: item.plate
          ? t('fine.vehicle', { plate: formatPlate(item.plate) })
          : item.licenceNumber
            ? t('fine.licence', { number: formatLicence(item.licenceNumber) })
            : t('fine.uin', { uin: item.uin }),
        details: [
          t(item.reason === 'discount' ? 'fine.discountAmount' : 'fine.amount', {
            amount: rubles(item.payKopecks),
          }),
          t('daysLeft', { days: item.daysLeft }),
        ],
      };
    const address = tc('apartment.title', {
      building: item.apartment.building,
      flat: item.apartment.flat,
    });
    switch (item.type) {
      case 'readings':
        return {
          key: `readings-${item.readingKind}-${item.apartment.id}`,
          href: `/meters/${item.readingKind}?apartment=${item.apartment.id}`,
          title: t('readings.title', { kind: item.readingKind }),
          badge: item.closingSoon ? t('urgent') : null,
          address,
          details: [
            t('readings.closes', { period: month(item.period), date: day(item.closesOn) }),
            t('daysLeft', { days: item.daysLeft }),
            t('readings.metersLeft', { count: item.metersLeft }),
          ],
        };
      case 'epd':
        return {
          key: `epd-${item.epdId}`,
          href: `/housing/epd/${item.epdId}`,
          title: t('epd.title', { period: month(item.period) }),
          badge: item.overdue ? t('overdue') : null,
          address,
          details: [
            t('epd.amount', { amount: rubles(item.totalKopecks) }),
            ...(item.overdue
              ? [t('epd.overdue', { date: fullDay(item.dueDate) })]
              : [
                  t('epd.dueBy', { date: fullDay(item.dueDate) }),
                  t('daysLeft', { days: item.daysLeft }),
                ]),
          ],
        };
      case 'verification': {
        const kind = tc(`apartment.meterKind.${item.meterKind}`);
        return {
          key: `verification-${item.meterId}`,
          href: `/cabinet/apartments/${item.apartment.id}`,
          title: t(item.expired ? 'verification.expiredTitle' : 'verification.title', {
            serial: item.serialNumber,
          }),
          badge: item.expired ? t('overdue') : null,
          address,
          details: item.expired
            ? [t('verification.expired', { kind, date: fullDay(item.verifiedUntil) })]
            : [
                t('verification.until', { kind, date: fullDay(item.verifiedUntil) }),
                t('daysLeft', { days: item.daysLeft }),
              ],
        };
      }
    }
  });

  return (
    <section aria-labelledby="due-this-month" className="flex flex-col gap-3">
      <h2 id="due-this-month" className="text-xl font-semibold">
        {t('title')}
      </h2>
      {shown.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-4 text-slate-700">
          {t('none')}
        </p>
      ) : (
        <ul className="grid gap-3 md:grid-cols-2">
          {shown.map((item) => (
            <li
              key={item.key}
              className={`flex flex-col gap-1 rounded-lg border-l-4 bg-white p-4 shadow-sm ${
                item.badge ? 'border-accent-600' : 'border-brand-600'
              }`}
            >
              <p className="flex flex-wrap items-center gap-2">
                {item.badge && (
                  <span className="rounded bg-accent-600 px-2 py-0.5 text-sm font-semibold text-white">
                    {item.badge}
                  </span>
                )}
                <Link href={item.href} className="font-semibold">
                  {item.title}
                  <span className="sr-only">: {item.address}</span>
                </Link>
              </p>
              <p className="text-sm text-slate-600">{item.address}</p>
              {item.details.map((detail) => (
                <p key={detail}>{detail}</p>
              ))}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
