import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NextIntlClientProvider } from 'next-intl';
import { describe, expect, it, vi } from 'vitest';
import { ReadingsPanel } from '@/app/(resident)/meters/_components/readings-panel';
import type { ReadingsState } from '@/app/(resident)/meters/readings-state';
import type { ReadingWindow } from '@/lib/housing';
import type { MeterView } from '@/lib/housing/readings-view';
import { timeZone } from '@/lib/i18n/config';
import { formats } from '@/lib/i18n/formats';
import { loadMessages } from '@/lib/i18n/messages';

const apartment = {
  id: '33333333-3333-4333-8333-333333333333',
  building: 'ул. Тверская, 7',
  flat: '15',
};
const window: ReadingWindow = {
  period: '2014-11-01',
  opensAt: new Date('2014-11-14T21:00:00Z'),
  closesAt: new Date('2014-12-03T20:59:59.999Z'),
  open: true,
  next: {
    period: '2014-12-01',
    opensAt: new Date('2014-12-14T21:00:00Z'),
    closesAt: new Date('2015-01-03T20:59:59.999Z'),
  },
};
const cold: MeterView = {
  id: '11111111-1111-4111-8111-111111111111',
  kind: 'cold_water',
  serialNumber: 'ХВ-7701000015-1',
  zones: 1,
  verifiedUntil: '2019-05-01',
  overdue: false,
  previous: { period: '2014-10-01', values: ['123.400'] },
  submitted: null,
  history: [
    { period: '2014-10-01', values: ['123.400'], consumption: ['5.100'] },
    { period: '2014-09-01', values: ['118.300'], consumption: [null] },
  ],
};

type Action = (s: ReadingsState, f: FormData) => Promise<ReadingsState>;

async function renderPanel(
  locale: 'ru' | 'en',
  windowDays: { startDay: number; endDay: number },
  action: Action = vi.fn<Action>(),
) {
  return render(
    <NextIntlClientProvider
      locale={locale}
      messages={await loadMessages(locale)}
      timeZone={timeZone}
      formats={formats}
    >
      <ReadingsPanel
        kind="water"
        apartment={apartment}
        window={window}
        windowDays={windowDays}
        meters={[cold]}
        receipt={null}
        action={action}
        locale={locale}
      />
    </NextIntlClientProvider>,
  );
}

describe('the readings panel', () => {
  it('shows the new reading in the history and the receipt as soon as the submission is answered', async () => {
    const after: MeterView = {
      ...cold,
      submitted: ['130.000'],
      history: [
        { period: '2014-11-01', values: ['130.000'], consumption: ['6.600'] },
        ...cold.history,
      ],
    };
    const action = vi.fn<Action>(async () => ({
      status: 'success',
      receiptNumber: 'В-2014-11-04821937',
      accepted: {
        meters: [after],
        receipt: { number: 'В-2014-11-04821937', submittedAt: new Date('2014-11-20T09:30:00Z') },
      },
    }));
    await renderPanel('ru', { startDay: 15, endDay: 3 }, action);
    const history = screen.getByRole('article');
    expect(within(history).queryByRole('row', { name: /ноябрь 2014/i })).toBeNull();

    await userEvent.type(screen.getByLabelText(/ХВ-7701000015-1: Показание/), '130');
    await userEvent.click(screen.getByRole('button', { name: 'Передать показания' }));

    const row = await within(history).findByRole('row', { name: /ноябрь 2014/i });
    expect(row).toHaveTextContent('130');
    expect(row).toHaveTextContent('6,6');
    const receipt = screen
      .getAllByRole('status')
      .find((s) => s.textContent?.startsWith('Показания за ноябрь 2014 г. приняты'));
    expect(receipt).toHaveTextContent('Номер квитанции: В-2014-11-04821937');
    expect(screen.getByText('Принято за период')).toBeInTheDocument();
  });

  it('states the window this city configures, in each language', async () => {
    await renderPanel('ru', { startDay: 15, endDay: 3 });
    expect(
      screen.getByText(
        'Показания воды принимаются с 15-го числа по 3-е число следующего месяца (время московское).',
      ),
    ).toBeInTheDocument();
  });

  it('says a window inside one month without "the next month", with English ordinals', async () => {
    await renderPanel('en', { startDay: 1, endDay: 22 });
    expect(
      screen.getByText(
        'Water readings are accepted from the 1st to the 22nd of the month (Moscow time).',
      ),
    ).toBeInTheDocument();
  });
});
