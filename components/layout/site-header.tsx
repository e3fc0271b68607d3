import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { canListUsers } from '@/lib/auth/policy';
import type { Viewer } from '@/lib/auth/roles';
import { LanguageSwitch } from './language-switch';
import { MobileMenu } from './mobile-menu';
import { NavLink } from './nav-link';

type Translate = Awaited<ReturnType<typeof getTranslations<'common'>>>;
type FormAction = (formData: FormData) => Promise<void>;

const layouts = {
  inline: {
    list: 'flex items-center gap-1 text-sm',
    item: 'inline-flex min-h-11 cursor-pointer items-center rounded px-3 text-white hover:bg-brand-600 hover:no-underline aria-[current=page]:bg-brand-800',
  },
  stacked: {
    list: 'mx-auto flex max-w-6xl flex-col px-2 py-2',
    item: 'flex min-h-12 w-full cursor-pointer items-center rounded px-3 text-left text-base text-white hover:bg-brand-600 hover:no-underline aria-[current=page]:font-bold aria-[current=page]:underline',
  },
};

/** The same links for the wide header and the narrow menu; sign-out is a form, so it needs no JS. */
function NavItems({
  viewer,
  t,
  layout,
  signOut,
}: {
  viewer: Viewer | null;
  t: Translate;
  layout: keyof typeof layouts;
  signOut: FormAction;
}) {
  const { list, item } = layouts[layout];
  const links = [
    { href: '/services', label: t('nav.services') },
    ...(viewer
      ? [
          { href: '/cabinet', label: t('nav.cabinet') },
          { href: '/payments', label: t('nav.payments') },
          ...(canListUsers(viewer) ? [{ href: '/admin/users', label: t('nav.admin') }] : []),
          { href: '/profile', label: t('nav.profile') },
        ]
      : [
          { href: '/login', label: t('nav.signIn') },
          { href: '/register', label: t('nav.register') },
        ]),
  ];
  return (
    <ul className={list}>
      {links.map((link) => (
        <li key={link.href}>
          <NavLink href={link.href} className={item}>
            {link.label}
          </NavLink>
        </li>
      ))}
      {viewer && (
        <li>
          <form action={signOut}>
            <button type="submit" className={item}>
              {t('nav.signOut')}
            </button>
          </form>
        </li>
      )}
    </ul>
  );
}

/** The header of every page; the app passes in who is signed in and the two actions it offers. */
export async function SiteHeader({
  viewer,
  signOut,
  setLocale,
}: {
  viewer: Viewer | null;
  signOut: FormAction;
  setLocale: FormAction;
}) {
  const t = await getTranslations('common');
  return (
    <header className="relative bg-brand-700 text-white">
      <div className="mx-auto flex max-w-6xl items-center gap-2 px-4 py-2 sm:gap-4">
        <Link
          href="/"
          className="mr-auto flex min-h-11 shrink-0 items-center gap-2 text-lg font-bold whitespace-nowrap text-white no-underline hover:underline"
        >
          <span aria-hidden="true" className="rounded bg-accent-600 px-1.5 text-base">
            МГ
          </span>
          {t('siteName')}
        </Link>
        <nav aria-label={t('nav.label')} className="hidden lg:block">
          <NavItems viewer={viewer} t={t} layout="inline" signOut={signOut} />
        </nav>
        <LanguageSwitch action={setLocale} />
        <MobileMenu label={t('nav.menu')}>
          <nav aria-label={t('nav.label')}>
            <NavItems viewer={viewer} t={t} layout="stacked" signOut={signOut} />
          </nav>
        </MobileMenu>
      </div>
    </header>
  );
}
