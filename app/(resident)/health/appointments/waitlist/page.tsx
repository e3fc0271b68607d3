import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { listWaitlist } from '@/db/queries/waitlist';
import { requireViewer } from '@/server/auth/viewer';
import { errorParam } from '../appointment-input';
import { BackToAppointments } from '../_components/page-parts';
import { waitlistFlash, WaitlistSection } from '../_components/waitlist-section';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('health.waitlist');
  return { title: t('title') };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// The address the offer notifications link to (with `#<entry id>`). It renders the section rather
// than redirecting to «Мои записи», which would lose the fragment in some browsers.
export default async function WaitlistPage({ searchParams }: Props) {
  const viewer = await requireViewer('/health/appointments/waitlist');
  const [entries, asked] = await Promise.all([listWaitlist(viewer, new Date()), searchParams]);
  return (
    <div className="flex flex-col gap-6">
      <BackToAppointments />
      <WaitlistSection
        entries={entries}
        viewerName={viewer.fullName}
        from="waitlist"
        heading="h1"
        flash={waitlistFlash(asked)}
        error={errorParam(asked.error)}
      />
    </div>
  );
}
