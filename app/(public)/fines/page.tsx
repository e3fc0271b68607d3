import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/layout/client-messages';
import { finesClientParts } from './_components/client-parts';
import {
  getFineSubscription,
  type FineSubscription as FineSubscriptionState,
} from '@/db/queries/fine-notices';
import { listMyFines, type MyFines } from '@/db/queries/fines';
import { getViewer } from '@/server/auth/viewer';
import { CHECK_KINDS, type CheckKind } from '@/lib/fines/check-schemas';
import { formatLicence, formatPlate } from '@/lib/fines/documents';
import { checkByLicenceAction, checkByUinAction, checkByVehicleAction } from './actions';
import { payFinesAction } from './pay-actions';
import { CheckByLicenceForm, CheckByUinForm, CheckByVehicleForm } from './_components/check-forms';
import { FineSubscription } from './_components/fine-subscription';
import { FineSummary } from './_components/fine-summary';
import { PayFinesForm, type PayableFine } from './_components/pay-fines-form';

// Traffic fines: a signed-in resident's own (of the vehicles and licence linked to them), which they
// pay here, and a check by documents open to anyone.

type Props = { searchParams: Promise<{ by?: string | string[] }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('fines.page');
  return { title: t('title') };
}

const card = 'flex flex-col gap-4 rounded-lg bg-white p-4 shadow-sm sm:p-6';
// Chosen here rather than from a map exported by the client module: a server component sees a
// client module's exports as references, and a plain object of them cannot be indexed.
const checkForm = {
  vehicle: () => <CheckByVehicleForm action={checkByVehicleAction} />,
  licence: () => <CheckByLicenceForm action={checkByLicenceAction} />,
  uin: () => <CheckByUinForm action={checkByUinAction} />,
};

export default async function FinesPage({ searchParams }: Props) {
  const { by } = await searchParams;
  const kind: CheckKind = CHECK_KINDS.find((k) => k === by) ?? 'vehicle';
  const viewer = await getViewer();
  const [mine, t] = await Promise.all([listMyFines(viewer, new Date()), getTranslations('fines')]);

  // One provider of the fines messages for the page's client forms (the check and the payment).
  return (
    <ClientMessages areas={['fines', 'documents']} parts={finesClientParts}>
      <div className="mx-auto flex max-w-3xl flex-col gap-6">
        <h1 className="text-2xl font-bold">{t('page.title')}</h1>
        <p className="text-slate-700">{t('page.intro')}</p>

        {mine ? (
          <MyFinesSection mine={mine} subscription={await getFineSubscription(viewer)} />
        ) : viewer ? null : (
          <p className="rounded-md border-l-4 border-brand-700 bg-brand-50 px-4 py-3">
            {t.rich('page.signInToSee', {
              link: (chunks) => (
                <Link href="/login?next=%2Ffines" className="font-semibold">
                  {chunks}
                </Link>
              ),
            })}
          </p>
        )}

        <section aria-labelledby="check" className={card}>
          <h2 id="check" className="text-xl font-semibold">
            {t('check.title')}
          </h2>
          <p className="text-slate-700">{t('check.intro')}</p>
          <nav aria-label={t('check.how')}>
            <ul className="flex flex-wrap gap-2">
              {CHECK_KINDS.map((k) => (
                <li key={k}>
                  <Link
                    href={`/fines?by=${k}#check`}
                    aria-current={k === kind ? 'page' : undefined}
                    className="inline-flex min-h-11 items-center rounded-full border border-brand-700 px-4 py-2 font-medium no-underline aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
                  >
                    {t(`check.tab.${k}`)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          {checkForm[kind]()}
        </section>
      </div>
    </ClientMessages>
  );
}

async function MyFinesSection({
  mine,
  subscription,
}: {
  mine: MyFines;
  subscription: FineSubscriptionState;
}) {
  const t = await getTranslations('fines');
  const nothingLinked = mine.vehicles.length === 0 && mine.licences.length === 0;
  const unpaid = mine.fines.filter((f) => f.status.kind !== 'paid');
  const paid = mine.fines.filter((f) => f.status.kind === 'paid');
  const payable: PayableFine[] = unpaid
    .filter((f) => !f.paymentInProgress)
    .map((f) => ({
      id: f.id,
      title: f.articleTitle,
      uin: f.uin,
      payKopecks: 'payKopecks' in f.status ? f.status.payKopecks : 0,
      discount: f.status.kind === 'discount',
    }));

  return (
    <section aria-labelledby="my-fines" className={card}>
      <h2 id="my-fines" className="text-xl font-semibold">
        {t('mine.title')}
      </h2>
      {nothingLinked ? (
        <p>
          {t.rich('mine.nothingLinked', {
            vehicle: (chunks) => (
              <Link href="/cabinet/link/vehicle" className="font-semibold">
                {chunks}
              </Link>
            ),
            licence: (chunks) => (
              <Link href="/cabinet/link/licence" className="font-semibold">
                {chunks}
              </Link>
            ),
          })}
        </p>
      ) : (
        <>
          <p className="text-slate-700">
            {t('mine.documents', {
              documents: [
                ...mine.vehicles.map((v) => formatPlate(v.plate)),
                ...mine.licences.map((l) => formatLicence(l.number)),
              ].join(', '),
            })}
          </p>
          {unpaid.length === 0 ? (
            <p role="status" className="font-semibold text-green-900">
              {t('mine.nothingToPay')}
            </p>
          ) : payable.length > 0 ? (
            <PayFinesForm
              fines={payable}
              listed={unpaid}
              idempotencyKey={crypto.randomUUID()}
              back="/fines"
              action={payFinesAction}
            />
          ) : (
            <ul className="flex flex-col gap-3" aria-label={t('mine.unpaid')}>
              {unpaid.map((fine) => (
                <li key={fine.id}>
                  <FineSummary fine={fine} href={`/fines/${fine.id}`} />
                </li>
              ))}
            </ul>
          )}
          {paid.length > 0 && (
            <details className="flex flex-col gap-3">
              <summary className="cursor-pointer font-semibold">
                {t('mine.paid', { count: paid.length })}
              </summary>
              <ul className="mt-3 flex flex-col gap-3">
                {paid.map((fine) => (
                  <li key={fine.id}>
                    <FineSummary fine={fine} href={`/fines/${fine.id}`} />
                  </li>
                ))}
              </ul>
            </details>
          )}
        </>
      )}
      <FineSubscription subscription={subscription} />
    </section>
  );
}
