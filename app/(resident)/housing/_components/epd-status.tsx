import Link from 'next/link';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import type { EpdStatus, EpdStatusKind } from '@/lib/housing/epd-status';
import type { EpdStatusText } from '@/lib/housing/epd-status-text';

// An ЕПД's status as the list, its page and the pay page show it (the cabinet's card says it in the
// same words): a badge whose word carries the meaning, and a sentence with the sums and the date.

const tones: Record<EpdStatusKind, BadgeTone> = {
  toPay: 'waiting',
  partlyPaid: 'waiting',
  overdue: 'danger',
  paid: 'success',
  nothingToPay: 'neutral',
  carried: 'neutral',
};

export function EpdStatusView({
  status,
  text,
  children,
}: {
  status: EpdStatus;
  text: EpdStatusText;
  /** The pay button, where there is something to pay. */
  children?: React.ReactNode;
}) {
  return (
    <div className="flex flex-col items-start gap-1">
      <Badge tone={tones[status.kind]}>{text.badge(status)}</Badge>
      <p className="text-sm text-slate-700">{text.summary(status)}</p>
      {children}
    </div>
  );
}

export function EpdPayLink({ epdId, children }: { epdId: string; children: React.ReactNode }) {
  return (
    <Link
      href={`/housing/pay?epd=${epdId}`}
      className="mt-1 inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-800"
    >
      {children}
    </Link>
  );
}
