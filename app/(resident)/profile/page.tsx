import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { getProfile } from '@/db/queries/accounts';
import { formatPhone } from '@/lib/accounts/contacts';
import { requireViewer } from '@/server/auth/viewer';
import { changePasswordAction, signOutEverywhereAction, updateProfileAction } from './actions';
import { ChangePasswordForm } from './_components/change-password-form';
import { ProfileForm } from './_components/profile-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('auth.profile');
  return { title: t('title') };
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ProfilePage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await requireViewer('/profile');
  const profile = await getProfile(viewer);
  if (!profile) notFound();
  const [t, tRoles, format] = await Promise.all([
    getTranslations('auth.profile'),
    getTranslations('auth.roles'),
    getFormatter(),
  ]);
  // Set by the password change, which has to redirect to hand this device its new session.
  const passwordChanged = (await searchParams).notice === 'password-changed';

  const details = [
    ['fullName', profile.fullName],
    ['email', profile.email],
    ['phone', formatPhone(profile.phone)],
    ['role', tRoles(profile.role)],
    ['memberSince', format.dateTime(profile.createdAt, 'long')],
    ['passwordChangedAt', format.dateTime(profile.passwordChangedAt, 'dateTime')],
  ] as const;

  return (
    <div className="mx-auto flex max-w-2xl flex-col gap-8">
      <div className="flex flex-col gap-4">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        {passwordChanged && <FormAlert tone="success">{t('password.changed')}</FormAlert>}
      </div>

      <section
        aria-labelledby="profile-details"
        className="rounded-lg bg-white p-4 shadow-sm sm:p-6"
      >
        <h2 id="profile-details" className="mb-3 text-xl font-semibold">
          {t('details')}
        </h2>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          {details.map(([key, value]) => (
            <div key={key} className="contents">
              <dt className="text-slate-600">{t(key)}</dt>
              <dd className="mb-2 font-medium break-words sm:mb-0">{value}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="profile-edit" className="rounded-lg bg-white p-4 shadow-sm sm:p-6">
        <h2 id="profile-edit" className="mb-4 text-xl font-semibold">
          {t('edit.title')}
        </h2>
        <ProfileForm
          action={updateProfileAction}
          initial={{ fullName: profile.fullName, phone: formatPhone(profile.phone) }}
        />
      </section>

      <section
        aria-labelledby="profile-password"
        className="rounded-lg bg-white p-4 shadow-sm sm:p-6"
      >
        <h2 id="profile-password" className="text-xl font-semibold">
          {t('password.title')}
        </h2>
        <p className="mt-1 mb-4 text-slate-700">{t('password.intro')}</p>
        <ChangePasswordForm action={changePasswordAction} email={profile.email} />
      </section>

      <section
        aria-labelledby="profile-everywhere"
        className="rounded-lg bg-white p-4 shadow-sm sm:p-6"
      >
        <h2 id="profile-everywhere" className="text-xl font-semibold">
          {t('everywhere.title')}
        </h2>
        <p className="mt-1 mb-4 text-slate-700">{t('everywhere.intro')}</p>
        <form action={signOutEverywhereAction}>
          <Button type="submit" variant="danger">
            {t('everywhere.submit')}
          </Button>
        </form>
      </section>
    </div>
  );
}
