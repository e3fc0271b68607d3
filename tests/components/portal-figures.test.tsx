import { render, screen, within } from '@testing-library/react';
import { NextIntlClientProvider } from 'next-intl';
import type { ComponentProps } from 'react';
import { describe, expect, it } from 'vitest';
import { PortalFigures } from '@/app/(public)/_components/portal-figures';
import { timeZone, type Locale } from '@/lib/i18n/config';
import { formats } from '@/lib/i18n/formats';
import { loadMessages } from '@/lib/i18n/messages';

// The home page's figures: the portal's own, of this year, each beside the Moscow portal's 2014
// figure, named as such, with where the 2014 figures come from.

const live: ComponentProps<typeof PortalFigures>['figures'] = {
  year: 2026,
  registeredUsers: 1_204,
  usesThisYear: 38_517,
  paidThisYearKopecks: 1_234_567_00,
};

async function renderFigures(locale: Locale, figures = live) {
  const messages = await loadMessages(locale);
  render(
    <NextIntlClientProvider
      locale={locale}
      messages={messages}
      timeZone={timeZone}
      formats={formats}
    >
      <PortalFigures figures={figures} />
    </NextIntlClientProvider>,
  );
  return screen.getByRole('region', {
    name: locale === 'ru' ? 'Портал в цифрах' : 'The portal in figures',
  });
}

/** Each figure's label and what is said of it, as a screen reader reads the list. */
function figuresIn(region: HTMLElement) {
  return within(region)
    .getAllByRole('term')
    .map((term) => {
      const [value, then] = [...term.parentElement!.querySelectorAll('dd')].map((dd) =>
        dd.textContent!.replace(/[\u00a0\u202f]/g, ' '),
      );
      return { label: term.textContent, value, then };
    });
}

describe('PortalFigures', () => {
  it('shows this year’s live figures, each beside the Moscow portal’s 2014 one', async () => {
    const region = await renderFigures('ru');
    expect(figuresIn(region)).toEqual([
      {
        label: 'зарегистрированных пользователей',
        value: '1 204',
        then: 'У портала Москвы в 2014 году — 3,7 млн',
      },
      {
        label: 'обращений к услугам в 2026 году',
        value: '38 517',
        then: 'У портала Москвы в 2014 году — 34,3 млн обращений к десяти самым популярным услугам',
      },
      {
        label: 'оплачено через портал в 2026 году',
        value: '1,2 млн ₽',
        then: 'Через портал Москвы в 2014 году оплачено более 2 млрд ₽',
      },
    ]);
  });

  it('says where the 2014 figures come from', async () => {
    const region = await renderFigures('ru');
    expect(region).toHaveTextContent(
      'Цифры 2014 года — данные Портала государственных услуг города Москвы (pgu.mos.ru) на декабрь 2014 года.',
    );
    expect(within(region).getByRole('heading', { level: 2 })).not.toHaveTextContent('2014');
  });

  it('speaks English, and shows a small sum exactly', async () => {
    const region = await renderFigures('en', { ...live, paidThisYearKopecks: 98_765_43 });
    expect(figuresIn(region)[2]).toEqual({
      label: 'paid through the portal in 2026',
      value: 'RUB 98,765',
      then: 'Paid through Moscow’s portal in 2014: over RUB 2B',
    });
  });
});
