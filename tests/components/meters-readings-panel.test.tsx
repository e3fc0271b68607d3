import { render, screen, waitFor, within } from '@testing-library/react';
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

const hot: MeterView = {
  ...cold,
  id: '22222222-2222-4222-8222-222222222222',
  kind: 'hot_water',
  serialNumber: 'ГВ-7701000015-1',
  previous: { period: '2014-10-01', values: ['88.000'] },
};

type Action = (s: ReadingsState, f: FormData) => Promise<ReadingsState>;

/** The page's text as it is shown on screen: without what only screen readers get. */
function shownText(root: HTMLElement) {
  const copy = root.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('.sr-only, title').forEach((e) => e.remove());
  return copy.textContent ?? '';
}

const accepted = (number: string): ReadingsState => ({
  status: 'success',
  accepted: {
    meters: [{ ...cold, submitted: ['130.000'] }],
    receipt: { number, submittedAt: new Date('2014-11-20T09:30:00Z') },
  },
});

async function renderPanel(
  locale: 'ru' | 'en',
  windowDays: { startDay: number; endDay: number },
  action: Action = vi.fn<Action>(),
  meters: MeterView[] = [cold],
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
        meters={meters}
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
      accepted: {
        meters: [after],
        receipt: { number: 'В-2014-11-04821937', submittedAt: new Date('2014-11-20T09:30:00Z') },
      },
    }));
    await renderPanel('ru', { startDay: 15, endDay: 3 }, action);
    const history = screen.getByRole('article', { name: 'Холодная вода, №\u00a0ХВ-7701000015-1' });
    expect(within(history).queryByRole('row', { name: /ноябрь 2014/i })).toBeNull();

    await userEvent.type(screen.getByLabelText(/ХВ-7701000015-1: Показание/), '130');
    await userEvent.click(screen.getByRole('button', { name: 'Передать показания' }));

    const row = await within(history).findByRole('row', { name: /ноябрь 2014/i });
    expect(row).toHaveTextContent('130');
    expect(row).toHaveTextContent('6,6');
    expect(screen.getByText(/^Показания за ноябрь 2014 г\. приняты/)).toHaveTextContent(
      'Номер квитанции: В-2014-11-04821937',
    );
    expect(screen.getByText('Принято за период')).toBeInTheDocument();
  });

  it('names each meter once, in the heading its details, fields and history are under', async () => {
    const { container } = await renderPanel('ru', { startDay: 15, endDay: 3 }, undefined, [
      cold,
      hot,
    ]);

    for (const [meter, name] of [
      [cold, 'Холодная вода, №\u00a0ХВ-7701000015-1'],
      [hot, 'Горячая вода, №\u00a0ГВ-7701000015-1'],
    ] as const) {
      expect(shownText(container).split(meter.serialNumber)).toHaveLength(2);
      const section = screen.getByRole('article', { name });
      // toHaveTextContent reads the no-break space as an ordinary one.
      expect(within(section).getByRole('heading', { level: 3 })).toHaveTextContent(
        name.replace('\u00a0', ' '),
      );
      // The field still says which meter it is for, though only the heading shows it.
      expect(within(section).getByRole('textbox')).toHaveAccessibleName(`${name}: Показание, м³`);
      expect(within(section).getByText('Предыдущее показание')).toBeInTheDocument();
      expect(within(section).getByRole('img', { name: /^Расход по месяцам/ })).toBeInTheDocument();
    }
  });

  it('says the readings were accepted once, and puts the focus there', async () => {
    const action = vi.fn<Action>();
    action
      .mockResolvedValueOnce(accepted('В-2014-11-04821937'))
      .mockResolvedValueOnce(accepted('В-2014-11-55500011'));
    await renderPanel('ru', { startDay: 15, endDay: 3 }, action);

    await userEvent.type(screen.getByRole('textbox'), '130');
    await userEvent.click(screen.getByRole('button', { name: 'Передать показания' }));

    const receipt = await screen.findByText(/Номер квитанции: В-2014-11-04821937/);
    expect(screen.getAllByText(/Номер квитанции/)).toHaveLength(1);
    // Focus moves once the confirmation is on the page (an effect after the render).
    await waitFor(() => expect(receipt).toHaveFocus());

    // A correction: the same one confirmation, with the new number, focused again.
    await userEvent.click(screen.getByRole('button', { name: 'Передать показания' }));
    await screen.findByText(/Номер квитанции: В-2014-11-55500011/);
    expect(screen.getAllByText(/Номер квитанции/)).toHaveLength(1);
    await waitFor(() => expect(screen.getByText(/Номер квитанции/)).toHaveFocus());
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
