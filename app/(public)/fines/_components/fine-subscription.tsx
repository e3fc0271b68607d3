import { getFormatter, getTranslations } from 'next-intl/server';
import { Button } from '@/components/ui/button';
import { mailEnabled } from '@/server/mail';
import { subscribeAction, unsubscribeAction } from '../subscription-actions';

/** What getFineSubscription answers; null for an anonymous visitor. */
type Subscription = { subscribed: boolean; since?: Date } | null;

/**
 * Notices of new fines: the resident's subscription and the button that turns it on or off. A plain
 * form, so it works without JavaScript. An anonymous visitor sees the offer; the button asks them to
 * sign in first (the action redirects).
 */
export async function FineSubscription({ subscription }: { subscription: Subscription }) {
  const [t, format] = await Promise.all([getTranslations('fines.subscription'), getFormatter()]);
  const since = subscription?.subscribed ? subscription.since : undefined;
  // Promise e-mail only where the server can send it.
  const mail = mailEnabled() ? 'yes' : 'no';
  return (
    <section
      aria-labelledby="fine-subscription-title"
      className="flex flex-col items-start gap-3 border-t pt-4"
    >
      <h3 id="fine-subscription-title" className="text-lg font-semibold">
        {t('title')}
      </h3>
      <p className="text-slate-700">
        {since ? t('on', { since: format.dateTime(since, 'long'), mail }) : t('off', { mail })}
      </p>
      <form action={since ? unsubscribeAction : subscribeAction}>
        <Button type="submit" variant={since ? 'secondary' : 'primary'}>
          {since ? t('unsubscribe') : t('subscribe')}
        </Button>
      </form>
    </section>
  );
}
