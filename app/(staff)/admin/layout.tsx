import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/layout/client-messages';
import { canListUsers, canReadAuditLog } from '@/lib/auth/policy';
import { getViewer } from '@/server/auth/viewer';
import { AdminNav } from './_components/admin-nav';

// Gated here as well as in each page, so a non-admin never sees even the section navigation:
// to them /admin does not exist.
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const viewer = await getViewer();
  if (!canListUsers(viewer) && !canReadAuditLog(viewer)) notFound();
  const t = await getTranslations('admin');
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-3 border-b border-slate-200 pb-3">
        <p className="text-sm font-semibold tracking-wide text-slate-600 uppercase">{t('title')}</p>
        <AdminNav
          label={t('nav.label')}
          links={[
            { href: '/admin/users', label: t('nav.users') },
            { href: '/admin/payments', label: t('nav.payments') },
            { href: '/admin/audit', label: t('nav.audit') },
          ]}
        />
      </div>
      <ClientMessages areas={['admin']}>{children}</ClientMessages>
    </div>
  );
}
