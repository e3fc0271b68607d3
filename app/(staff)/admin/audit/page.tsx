import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { listAuditEntries, type AuditLogEntry } from '@/db/queries/audit';
import { AUDIT_PAGE_SIZE, auditParamsSchema } from '@/lib/admin/schemas';
import { roles, type Role } from '@/lib/auth/roles';
import { getViewer } from '@/server/auth/viewer';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('admin.audit');
  return { title: t('title') };
}

const isRole = (value: unknown): value is Role => roles.includes(value as Role);

const columns = ['time', 'actor', 'action', 'subject'] as const;
type Column = (typeof columns)[number];

export default async function AdminAuditPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { before } = auditParamsSchema.parse(await searchParams);
  const log = await listAuditEntries(await getViewer(), { before, limit: AUDIT_PAGE_SIZE });
  if (!log) notFound();

  const [t, format] = await Promise.all([getTranslations('admin'), getFormatter()]);

  // Entries written by newer code than this page still show, under their raw names.
  const actionLabel = (action: string) =>
    t.has(`audit.actions.${action}`) ? t(`audit.actions.${action}`) : action;
  const subjectTypeLabel = (type: string) =>
    t.has(`audit.subjects.${type}`) ? t(`audit.subjects.${type}`) : type;

  const detailsOf = (entry: AuditLogEntry): string | null => {
    const { from, to, scope } = entry.details;
    if (entry.action === 'role_change' && isRole(from) && isRole(to))
      return t('audit.roleChange', { from: t(`roles.${from}`), to: t(`roles.${to}`) });
    if (entry.action === 'sign_in_locked' && (scope === 'account' || scope === 'address'))
      return t(`audit.lockScope.${scope}`);
    return null;
  };

  const rows = log.entries.map((entry) => {
    const details = detailsOf(entry);
    const cells: Record<Column, React.ReactNode> = {
      time: (
        <time dateTime={entry.at.toISOString()} className="whitespace-nowrap">
          {format.dateTime(entry.at, {
            day: '2-digit',
            month: '2-digit',
            year: 'numeric',
            hour: '2-digit',
            minute: '2-digit',
            second: '2-digit',
          })}
        </time>
      ),
      actor: entry.actor ? (
        <>
          <span className="block font-medium">{entry.actor.fullName}</span>
          <span className="block break-words text-slate-600">{entry.actor.email}</span>
        </>
      ) : (
        <span className="text-slate-600">{t('audit.unknownActor')}</span>
      ),
      action: (
        <>
          <span className="block font-medium">{actionLabel(entry.action)}</span>
          {details && <span className="block text-slate-600">{details}</span>}
        </>
      ),
      subject: (
        <>
          {entry.subjectType && (
            <span className="block">{subjectTypeLabel(entry.subjectType)}</span>
          )}
          {entry.subjectUser ? (
            <span className="block break-words text-slate-600">
              {entry.subjectUser.fullName}, {entry.subjectUser.email}
            </span>
          ) : (
            entry.subjectId && (
              <span className="block font-mono text-xs break-all text-slate-600">
                {entry.subjectId}
              </span>
            )
          )}
        </>
      ),
    };
    return { id: entry.id, cells };
  });

  return (
    <section aria-labelledby="admin-audit-title" className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 id="admin-audit-title" className="text-2xl font-bold">
          {t('audit.title')}
        </h1>
        <p className="max-w-3xl text-slate-700">{t('audit.intro')}</p>
      </header>

      {log.entries.length === 0 ? (
        <p>{t('audit.empty')}</p>
      ) : (
        <>
          {/* Phones get one card per entry; wider screens a table with the same cells. */}
          <ol aria-label={t('audit.tableLabel')} className="flex flex-col gap-3 md:hidden">
            {rows.map(({ id, cells }) => (
              <li key={id} className="rounded-lg border border-slate-200 bg-white p-4">
                <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-2 text-sm">
                  {columns.map((column) => (
                    <div key={column} className="contents">
                      <dt className="font-medium text-slate-600">{t(`audit.${column}`)}</dt>
                      <dd className="min-w-0">{cells[column]}</dd>
                    </div>
                  ))}
                </dl>
              </li>
            ))}
          </ol>
          <div className="hidden overflow-hidden rounded-lg border border-slate-200 bg-white md:block">
            <table className="w-full text-left text-sm">
              <caption className="sr-only">{t('audit.tableLabel')}</caption>
              <thead className="bg-slate-100">
                <tr>
                  {columns.map((column) => (
                    <th key={column} scope="col" className="px-3 py-2">
                      {t(`audit.${column}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map(({ id, cells }) => (
                  <tr key={id} className="border-t border-slate-200 align-top">
                    {columns.map((column) => (
                      <td key={column} className="px-3 py-2">
                        {cells[column]}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}

      {(before || log.olderBefore) && (
        <nav aria-label={t('audit.pagination')} className="flex flex-wrap gap-4">
          {before && <Link href="/admin/audit">{t('audit.newest')}</Link>}
          {log.olderBefore && (
            <Link href={`/admin/audit?before=${log.olderBefore}`} rel="next">
              {t('audit.older')}
            </Link>
          )}
        </nav>
      )}
    </section>
  );
}
