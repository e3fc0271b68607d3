import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { listUsers } from '@/db/queries/accounts';
import { formatPhone } from '@/lib/accounts/contacts';
import { USER_QUERY_MAX, USERS_PAGE_SIZE, userListParamsSchema } from '@/lib/admin/schemas';
import { getViewer } from '@/server/auth/viewer';
import { ListPages, ListSearch } from '../_components/list-controls';
import { RoleForm } from './_components/role-form';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.users');
  return { title: t('title') };
}

export default async function AdminUsersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { q, page } = userListParamsSchema.parse(await searchParams);
  const viewer = await getViewer();
  const list = await listUsers(viewer, { query: q, page, pageSize: USERS_PAGE_SIZE });
  if (!list || !viewer) notFound();

  const [t, format] = await Promise.all([getTranslations('admin'), getFormatter()]);
  const pages = Math.max(1, Math.ceil(list.total / USERS_PAGE_SIZE));

  return (
    <section aria-labelledby="admin-users-title" className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 id="admin-users-title" className="text-2xl font-bold">
          {t('users.title')}
        </h1>
        <p className="max-w-3xl text-slate-700">{t('users.intro')}</p>
      </header>

      <ListSearch
        path="/admin/users"
        q={q}
        maxLength={USER_QUERY_MAX}
        text={{
          label: t('users.search.label'),
          hint: t('users.search.hint'),
          submit: t('users.search.submit'),
          reset: t('users.search.reset'),
        }}
      />

      <p role="status" className="font-medium">
        {q
          ? t('users.totalFor', { count: list.total, query: q })
          : t('users.total', { count: list.total })}
      </p>
      {list.total === 0 && <p className="text-slate-700">{t('users.empty')}</p>}

      {list.users.length > 0 && (
        <ul aria-label={t('users.listLabel')} className="flex flex-col gap-3">
          {list.users.map((user) => (
            <li
              key={user.id}
              className="grid gap-3 rounded-lg border border-slate-200 bg-white p-4 md:grid-cols-[1fr_auto]"
            >
              <div className="flex min-w-0 flex-col gap-1">
                <h2 className="text-lg font-semibold">{user.fullName}</h2>
                <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm text-slate-700">
                  <dt>{t('users.email')}</dt>
                  <dd className="break-all">{user.email}</dd>
                  <dt>{t('users.phone')}</dt>
                  <dd>{formatPhone(user.phone)}</dd>
                  <dt>{t('users.registered')}</dt>
                  <dd>
                    <time dateTime={user.createdAt.toISOString()}>
                      {format.dateTime(user.createdAt, 'short')}
                    </time>
                  </dd>
                </dl>
              </div>
              <div className="md:w-80">
                {user.id === viewer.id ? (
                  <div className="flex flex-col gap-1 text-sm">
                    <p>
                      <span className="font-medium">{t('users.role')}:</span>{' '}
                      {t(`roles.${user.role}`)}
                    </p>
                    <p className="text-slate-600">{t('users.you')}</p>
                  </div>
                ) : (
                  <RoleForm userId={user.id} userName={user.fullName} currentRole={user.role} />
                )}
              </div>
            </li>
          ))}
        </ul>
      )}

      <ListPages
        path="/admin/users"
        q={q}
        page={page}
        pages={pages}
        text={{
          label: t('users.pagination.label'),
          previous: t('users.pagination.previous'),
          next: t('users.pagination.next'),
          status: t('users.pagination.status', { page, pages }),
        }}
      />
    </section>
  );
}
