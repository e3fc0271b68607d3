import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { DueCard } from '@/services/types';

/** The cabinet's «Due this month»: each thing to do, leading to the page where it is done. */
export async function DueThisMonth({ cards: shown }: { cards: DueCard[] }) {
  const t = await getTranslations('cabinet.due');
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
          {shown.map((item) => {
            const alarming = !!item.badge && item.urgent !== false;
            return (
              <li
                key={item.key}
                className={`flex flex-col gap-1 rounded-lg border-l-4 bg-white p-4 shadow-sm ${
                  alarming ? 'border-accent-600' : 'border-brand-600'
                }`}
              >
                <p className="flex flex-wrap items-center gap-2">
                  {item.badge && (
                    <span
                      className={`rounded px-2 py-0.5 text-sm font-semibold ${
                        alarming ? 'bg-accent-600 text-white' : 'bg-brand-50 text-brand-800'
                      }`}
                    >
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
                {item.action && (
                  <p className="mt-2">
                    <Link
                      href={item.action.href}
                      className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 py-2 font-semibold text-white"
                    >
                      {item.action.label}
                      <span className="sr-only">: {item.title}</span>
                    </Link>
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
