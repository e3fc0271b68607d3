import 'server-only';
import { listMyFines } from '@/db/queries/fines';
import { formatLicence, formatPlate } from '@/lib/fines/documents';
import { fineDueDeadline, finesDue, type FineDueItem } from '@/lib/fines/due';
import { dueCardTexts } from '@/services/due-cards';
import type { DueSource } from '@/services/types';

/** The fines' «due this month»: a discount or a term to pay about to end. */
export const finesDueSource: DueSource<FineDueItem> = {
  types: ['fine'],
  async list(viewer, now) {
    return finesDue((await listMyFines(viewer, now))?.fines ?? [], now);
  },
  deadline: fineDueDeadline,
  async card(item) {
    const { t, day, rubles } = await dueCardTexts();
    return {
      key: `fine-${item.fineId}`,
      href: `/fines/${item.fineId}`,
      title: t(item.reason === 'discount' ? 'fine.discountTitle' : 'fine.dueTitle', {
        article: item.articleTitle,
        date: day(item.until),
      }),
      badge: item.urgent ? t('urgent') : null,
      address: item.plate
        ? t('fine.vehicle', { plate: formatPlate(item.plate) })
        : item.licenceNumber
          ? t('fine.licence', { number: formatLicence(item.licenceNumber) })
          : t('fine.uin', { uin: item.uin }),
      details: [
        t(item.reason === 'discount' ? 'fine.discountAmount' : 'fine.amount', {
          amount: rubles(item.payKopecks),
        }),
        t('daysLeft', { days: item.daysLeft }),
      ],
    };
  },
};
