import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { signOutAction } from '@/app/_actions/sign-out';
import { canListUsers } from '@/lib/auth/policy';
import { getViewer } from '@/lib/auth/viewer';
import { LanguageSwitch } from './language-switch';

export async function SiteHeader() {
  const [viewer, t] = await Promise.all([getViewer(), getTranslations('common')]);
  return (
    <header className="bg-brand-700 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <Link
          href="/"
          className="mr-auto text-lg font-bold text-white no-underline hover:no-underline"
        >
          <span aria-hidden="true" className="mr-1 inline-block rounded bg-accent-600 px-1.5">
            МГ
          </span>{' '}
          {t('siteName')}
        </Link>
        <LanguageSwitch />
        <nav aria-label={t('nav.label')} className="w-full sm:w-auto">
          <ul className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
            <li>
              <Link className="text-white" href="/services">
                {t('nav.services')}
              </Link>
            </li>
            {viewer ? (
              <>
                <li>
                  <Link className="text-white" href="/cabinet">
                    {t('nav.cabinet')}
                  </Link>
                </li>
                {canListUsers(viewer) && (
                  <li>
                    <Link className="text-white" href="/admin/users">
                      {t('nav.admin')}
                    </Link>
                  </li>
                )}
                <li>
                  <Link className="text-white" href="/profile">
                    {t('nav.profile')}
                  </Link>
                </li>
                <li>
                  <form action={signOutAction}>
                    <button
                      type="submit"
                      className="cursor-pointer text-white underline-offset-2 hover:underline"
                    >
                      {t('nav.signOut')}
                    </button>
                  </form>
                </li>
              </>
            ) : (
              <>
                <li>
                  <Link className="text-white" href="/login">
                    {t('nav.signIn')}
                  </Link>
                </li>
                <li>
                  <Link className="text-white" href="/register">
                    {t('nav.register')}
                  </Link>
                </li>
              </>
            )}
          </ul>
        </nav>
      </div>
    </header>
  );
}
