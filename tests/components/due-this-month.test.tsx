import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DueThisMonth } from '@/app/(resident)/cabinet/_components/due-this-month';
import type { DueCard } from '@/services/types';

// The cabinet's «due this month» cards: what is late stands out, what only has a date does not, and
// a card with one thing to do offers it.

vi.mock('next-intl/server', async () => {
  const { createTranslator } = await import('next-intl');
  const { loadMessages } = await import('@/lib/i18n/messages');
  const messages = await loadMessages('ru');
  return {
    getTranslations: async (namespace: string) =>
      createTranslator({ locale: 'ru', messages, namespace: namespace as never }),
  };
});

const card = (over: Partial<DueCard>): DueCard => ({
  key: 'epd-1',
  href: '/housing/epd/1',
  title: 'ЕПД за ноябрь 2026',
  address: 'ул. Тверская, д. 7, кв. 15',
  badge: null,
  details: [],
  ...over,
});

describe('«due this month»', () => {
  it('offers the card’s action as a link named with its card', async () => {
    render(
      await DueThisMonth({
        cards: [
          card({
            badge: 'К оплате до 10 декабря',
            urgent: false,
            action: { href: '/housing/pay?epd=1', label: 'Оплатить' },
          }),
        ],
      }),
    );
    const pay = screen.getByRole('link', { name: 'Оплатить: ЕПД за ноябрь 2026' });
    expect(pay).toHaveAttribute('href', '/housing/pay?epd=1');
  });

  it('draws a late badge as an alert and a due date as a note', async () => {
    render(
      await DueThisMonth({
        cards: [
          card({ key: 'a', title: 'Просроченный', badge: 'Просрочен', urgent: true }),
          card({ key: 'b', title: 'Ещё в срок', badge: 'К оплате до 10 декабря', urgent: false }),
          card({ key: 'c', title: 'Штраф', badge: 'Срочно' }),
        ],
      }),
    );
    const items = screen.getAllByRole('listitem');
    const badge = (i: number, text: string) => within(items[i]!).getByText(text);
    expect(badge(0, 'Просрочен')).toHaveClass('bg-accent-600');
    expect(badge(1, 'К оплате до 10 декабря')).not.toHaveClass('bg-accent-600');
    expect(badge(2, 'Срочно')).toHaveClass('bg-accent-600');
  });
});
