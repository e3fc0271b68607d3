import type { Metadata, Viewport } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/layout/client-messages';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { VisitBeacon } from '@/components/layout/visit-beacon';
import { getViewer } from '@/server/auth/viewer';
import { setLocaleAction } from './_actions/set-locale';
import { signOutAction } from './_actions/sign-out';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('common');
  return {
    title: { default: t('siteName'), template: `%s — ${t('siteName')}` },
    description: t('slogan'),
    manifest: '/manifest.webmanifest',
    icons: { icon: '/icon.svg', apple: '/apple-touch-icon.png' },
  };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#174a96' };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const [locale, t, viewer] = await Promise.all([
    getLocale(),
    getTranslations('common'),
    getViewer(),
  ]);
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <a
          href="#content"
          className="sr-only z-50 rounded bg-white px-3 py-2 focus:not-sr-only focus:absolute focus:top-2 focus:left-2"
        >
          {t('skipToContent')}
        </a>
        <ClientMessages>
          <SiteHeader viewer={viewer} signOut={signOutAction} setLocale={setLocaleAction} />
          <main
            id="content"
            tabIndex={-1}
            className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 focus:outline-none"
          >
            {children}
          </main>
          <SiteFooter year={new Date().getFullYear()} />
          <VisitBeacon />
        </ClientMessages>
      </body>
    </html>
  );
}
