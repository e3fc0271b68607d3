import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { FormAlert } from '@/components/ui/form-alert';
import { safeNextPath } from '@/lib/auth/safe-next';
import { getViewer } from '@/server/auth/viewer';
import { signInAction } from './actions';
import { LoginForm } from './_components/login-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('auth.login');
  return { title: t('title') };
}

/** Messages other pages send people here with (`?notice=`): a fixed list, never text from the URL. */
const notices = {
  'signed-out-everywhere': 'signedOutEverywhere',
  'password-changed': 'passwordChanged',
  'password-reset': 'passwordReset',
  registered: 'registered',
} as const;

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const next = safeNextPath(first(params.next));
  if (await getViewer()) redirect(next);

  const t = await getTranslations('auth.login');
  const noticeParam = first(params.notice);
  const notice =
    noticeParam && Object.hasOwn(notices, noticeParam)
      ? notices[noticeParam as keyof typeof notices]
      : undefined;
  // Auth.js itself sends failed sign-ins here when they come through its own endpoint.
  const locked = /^locked-(\d+)$/.exec(first(params.code) ?? '');
  const authError =
    first(params.error) === 'CredentialsSignin'
      ? locked
        ? t('locked', { minutes: Number(locked[1]) })
        : t('invalidCredentials')
      : undefined;

  return (
    <section aria-labelledby="login-title" className="mx-auto max-w-md">
      <h1 id="login-title" className="text-2xl font-bold">
        {t('title')}
      </h1>
      <p className="mt-2 mb-6 text-slate-700">{t('intro')}</p>
      <div className="mb-4 flex flex-col gap-2 empty:hidden">
        {notice && <FormAlert tone="success">{t(`notice.${notice}`)}</FormAlert>}
        {authError && <FormAlert>{authError}</FormAlert>}
      </div>
      <LoginForm action={signInAction} next={next} />
      <p className="mt-4">
        <Link href="/password/reset">{t('forgot')}</Link>
      </p>
      <p className="mt-2">
        {t('noAccount')} <Link href="/register">{t('register')}</Link>
      </p>
    </section>
  );
}
