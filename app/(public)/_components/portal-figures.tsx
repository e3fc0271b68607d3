import { useFormatter, useTranslations } from 'next-intl';
import { mostUsedServices } from '@/lib/catalogue/services';
import { kopecksToRoubles } from '@/lib/i18n/formats';

// The Moscow portal's figures for December 2014 (DOMAIN.md), which this portal was built around:
// shown beside the live ones, and always as 2014's.
const moscow2014 = {
  registeredUsers: 3_700_000,
  /** Uses of its ten most used services, from the catalogue's 2014 figures. */
  topTenUses: mostUsedServices(10).reduce((sum, s) => sum + (s.usage2014 ?? 0), 0),
  paidRoubles: 2_000_000_000,
};

/** The figures as the page reads them (db/queries/home-figures.ts `homeFigures`). */
type LiveFigures = {
  year: number;
  registeredUsers: number;
  usesThisYear: number;
  paidThisYearKopecks: number;
};

/** The portal's own figures today, each with the Moscow portal's 2014 figure beside it. */
export function PortalFigures({ figures }: { figures: LiveFigures }) {
  const t = useTranslations('catalogue.portalFigures');
  const format = useFormatter();
  // Exact while short, «3,7 млн» once long: the figure must fit a third of a phone-wide card row.
  const count = (n: number) =>
    format.number(n, n >= 1_000_000 ? { notation: 'compact', maximumFractionDigits: 1 } : {});
  const roubles = (n: number) =>
    format.number(n, {
      style: 'currency',
      currency: 'RUB',
      minimumFractionDigits: 0,
      maximumFractionDigits: n >= 1_000_000 ? 1 : 0,
      ...(n >= 1_000_000 ? { notation: 'compact' } : {}),
    });
  const rows = [
    {
      key: 'users',
      label: t('users'),
      value: count(figures.registeredUsers),
      then: t('users2014', { value: count(moscow2014.registeredUsers) }),
    },
    {
      key: 'uses',
      label: t('uses', { year: figures.year }),
      value: count(figures.usesThisYear),
      then: t('uses2014', { value: count(moscow2014.topTenUses) }),
    },
    {
      key: 'paid',
      label: t('paid', { year: figures.year }),
      value: roubles(kopecksToRoubles(figures.paidThisYearKopecks)),
      then: t('paid2014', { value: roubles(moscow2014.paidRoubles) }),
    },
  ];

  return (
    <section aria-labelledby="figures-heading" className="space-y-4">
      <div className="space-y-1">
        <h2 id="figures-heading" className="text-2xl font-bold">
          {t('title')}
        </h2>
        <p className="max-w-3xl text-slate-700">{t('lead')}</p>
      </div>
      <dl className="grid gap-4 sm:grid-cols-3">
        {rows.map((row) => (
          <div
            key={row.key}
            className="flex flex-col rounded-lg border border-slate-200 bg-white p-4"
          >
            <dt className="text-slate-700">{row.label}</dt>
            <dd className="order-first text-3xl font-bold wrap-anywhere text-brand-700">
              {row.value}
            </dd>
            <dd className="mt-2 border-t border-slate-200 pt-2 text-sm text-slate-600">
              {row.then}
            </dd>
          </div>
        ))}
      </dl>
      <p className="text-sm text-slate-600">{t('source')}</p>
    </section>
  );
}
