import type { Metadata } from 'next';
import { getFormatter, getLocale, getTranslations } from 'next-intl/server';
import { Button } from '@/components/ui/button';
import { listNotifications } from '@/db/queries/notifications';
import { Pagination } from '@/components/ui/pagination';
import { requireViewer } from '@/server/auth/viewer';
import { resolveLocale } from '@/lib/i18n/config';
import { renderNotification } from '@/lib/notifications/render';
import { BackToCabinet, Flash } from '../_components/record-parts';
import { markAllReadAction, markReadAction, openNotificationAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('notifications.inbox');
  return { title: t('title') };
}

export default async function NotificationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const viewer = await requireViewer('/cabinet/notifications');
  const { page: pageParam, done } = await searchParams;
  const requested = Number.parseInt(typeof pageParam === 'string' ? pageParam : '1', 10);
  const [inbox, t, format, locale] = await Promise.all([
    listNotifications(viewer, Number.isFinite(requested) ? requested : 1),
    getTranslations('notifications.inbox'),
    getFormatter(),
    getLocale(),
  ]);
  if (!inbox) return null;
  const { items, page, pageCount, unread } = inbox;

  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6">
      <BackToCabinet />
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold">{t('title')}</h1>
          <p className="text-slate-700">{t('summary', { unread })}</p>
        </div>
        {unread > 0 && (
          <form action={markAllReadAction}>
            <input type="hidden" name="page" value={page} />
            <Button type="submit" variant="secondary">
              {t('markAllRead')}
            </Button>
          </form>
        )}
      </div>
      {done === 'all' && <Flash>{t('markedAllRead')}</Flash>}

      {items.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 bg-white p-4 text-slate-700">
          {t('empty')}
        </p>
      ) : (
        <ul className="flex flex-col gap-3">
          {items.map((n) => {
            const { title, text } = renderNotification(resolveLocale(locale), n);
            const isUnread = n.readAt === null;
            return (
              <li
                key={n.id}
                className={`flex flex-col gap-2 rounded-lg p-4 shadow-sm ${
                  isUnread ? 'border-l-4 border-brand-700 bg-white' : 'bg-slate-100'
                }`}
              >
                <div className="flex flex-wrap items-baseline justify-between gap-x-3">
                  <h2 className={`text-base ${isUnread ? 'font-bold' : 'font-medium'}`}>
                    {isUnread && (
                      <span className="mr-2 rounded bg-brand-700 px-1.5 py-0.5 text-xs font-semibold text-white uppercase">
                        {t('unread')}
                      </span>
                    )}
                    {/* A word apart from the badge for a screen reader too ("Новое Пароль изменён"). */}
                    {isUnread && ' '}
                    {title}
                  </h2>
                  <p className="text-sm text-slate-600">
                    <span className="sr-only">{t('receivedAt')}: </span>
                    <time dateTime={n.createdAt.toISOString()}>
                      {format.dateTime(n.createdAt, 'dateTime')}
                    </time>
                    {!isUnread && <span className="sr-only">. {t('read')}</span>}
                  </p>
                </div>
                {text && <p className="text-slate-800">{text}</p>}
                {(n.href || isUnread) && (
                  <div className="flex flex-wrap gap-3">
                    {n.href && (
                      <form action={openNotificationAction}>
                        <input type="hidden" name="id" value={n.id} />
                        <input type="hidden" name="page" value={page} />
                        <Button type="submit" className="text-sm">
                          {t('open')}
                          <span className="sr-only">: {title}</span>
                        </Button>
                      </form>
                    )}
                    {isUnread && (
                      <form action={markReadAction}>
                        <input type="hidden" name="id" value={n.id} />
                        <input type="hidden" name="page" value={page} />
                        <Button type="submit" variant="secondary" className="text-sm">
                          {t('markRead')}
                          <span className="sr-only">: {title}</span>
                        </Button>
                      </form>
                    )}
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}

      <Pagination
        path="/cabinet/notifications"
        page={page}
        pageCount={pageCount}
        labels={{
          nav: t('pagination'),
          newer: t('newer'),
          older: t('older'),
          pageOf: t('pageOf', { page, pages: pageCount }),
        }}
      />
    </div>
  );
}
