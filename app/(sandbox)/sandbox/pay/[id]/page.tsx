import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getLocale, getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/layout/client-messages';
import { serverSandbox } from '@/server/payments/sandbox-acquirer';
import { resolveLocale } from '@/lib/i18n/config';
import { formatRubles } from '@/lib/payments/amount';
import { SANDBOX_CHALLENGE_CODE, SANDBOX_TEST_CARDS } from '@/lib/payments/sandbox-cards';
import { confirmChallengeAction, payWithCardAction } from './actions';
import { CardForm } from './_components/card-form';
import { ChallengeForm } from './_components/challenge-form';

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('payments.sandbox');
  return { title: t('title'), robots: { index: false } };
}

/**
 * The sandbox acquirer's card page: "the bank's", not the portal's, so it needs no sign-in and shows
 * only the amount and the description; an id the acquirer does not know is a 404.
 */
export default async function SandboxPayPage({ params }: Props) {
  const { id } = await params;
  const [payment, t, locale] = await Promise.all([
    serverSandbox().page(id),
    getTranslations('payments.sandbox'),
    getLocale().then(resolveLocale),
  ]);
  if (!payment) notFound();

  return (
    <div className="mx-auto flex max-w-xl flex-col gap-6 rounded-xl border-4 border-emerald-800 bg-emerald-50 p-4 sm:p-6">
      <header className="flex flex-col gap-2">
        <p className="text-sm font-bold tracking-wide text-emerald-800 uppercase">
          {t('bankName')}
        </p>
        <h1 className="text-2xl font-bold text-emerald-950">{t('title')}</h1>
        <p className="rounded-md bg-amber-100 px-3 py-2 text-amber-950">{t('note')}</p>
      </header>

      <dl className="grid gap-x-4 gap-y-1 rounded-lg bg-white p-4 shadow-sm sm:grid-cols-[max-content_1fr]">
        <dt className="text-slate-600">{t('amount')}</dt>
        <dd className="text-xl font-bold tabular-nums">
          {formatRubles(payment.amountKopecks, locale)}
        </dd>
        <dt className="text-slate-600">{t('description')}</dt>
        <dd className="font-medium break-words">{payment.description}</dd>
      </dl>

      <section className="flex flex-col gap-4 rounded-lg bg-white p-4 shadow-sm">
        {payment.state === 'awaiting_card' ? (
          <ClientMessages areas={['payments']}>
            <CardForm id={payment.id} action={payWithCardAction} />
          </ClientMessages>
        ) : payment.state === 'challenge' ? (
          <>
            <h2 className="text-xl font-semibold">{t('challengeTitle')}</h2>
            <p>{t('challengeText', { code: SANDBOX_CHALLENGE_CODE })}</p>
            <ClientMessages areas={['payments']}>
              <ChallengeForm id={payment.id} action={confirmChallengeAction} />
            </ClientMessages>
          </>
        ) : (
          <>
            <p>{t('finished')}</p>
            <p>
              <a href={payment.returnUrl} className="font-semibold">
                {t('backToShop')}
              </a>
            </p>
          </>
        )}
      </section>

      {payment.state === 'awaiting_card' && (
        <section aria-labelledby="test-cards" className="flex flex-col gap-2">
          <h2 id="test-cards" className="text-lg font-semibold text-emerald-950">
            {t('testCards')}
          </h2>
          <p className="text-sm">{t('testCardsText')}</p>
          <table className="w-full rounded-lg bg-white text-left text-sm shadow-sm">
            <thead>
              <tr className="border-b border-slate-300 text-slate-600">
                <th scope="col" className="px-3 py-2 font-medium">
                  {t('colNumber')}
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  {t('colOutcome')}
                </th>
              </tr>
            </thead>
            <tbody>
              {SANDBOX_TEST_CARDS.map((card) => (
                <tr key={card.number} className="border-b border-slate-200">
                  <td className="px-3 py-2 font-mono whitespace-nowrap">{card.number}</td>
                  <td className="px-3 py-2">
                    {t(`outcome.${card.outcome}`, { code: SANDBOX_CHALLENGE_CODE })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </div>
  );
}
