import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NextIntlClientProvider } from 'next-intl';
import { describe, expect, it, vi } from 'vitest';
import { ReadingsForm } from '@/app/(resident)/meters/_components/readings-form';
import type { ReadingsState } from '@/app/(resident)/meters/readings-state';
import type { MeterView } from '@/lib/housing/readings-view';
import { timeZone, type Locale } from '@/lib/i18n/config';
import { formats } from '@/lib/i18n/formats';
import { loadMessages } from '@/lib/i18n/messages';

const cold = '11111111-1111-4111-8111-111111111111';
const hot = '22222222-2222-4222-8222-222222222222';
const apartmentId = '33333333-3333-4333-8333-333333333333';

const meter = (over: Partial<MeterView>): MeterView => ({
  id: cold,
  kind: 'cold_water',
  serialNumber: 'ХВ-7701000015-1',
  zones: 1,
  verifiedUntil: '2019-05-01',
  overdue: false,
  previous: { period: '2014-10-01', values: ['123.400'] },
  submitted: null,
  history: [],
  ...over,
});

const meters: MeterView[] = [
  meter({}),
  meter({
    id: hot,
    kind: 'hot_water',
    serialNumber: 'ГВ-7701000015-1',
    verifiedUntil: '2014-05-01',
    overdue: true,
    previous: { period: '2014-10-01', values: ['88.000'] },
  }),
];

type Action = (s: ReadingsState, f: FormData) => Promise<ReadingsState>;

async function renderForm(
  locale: Locale,
  action: Action,
  onAccepted?: (accepted: NonNullable<ReadingsState['accepted']>) => void,
) {
  const messages = await loadMessages(locale);
  return render(
    <NextIntlClientProvider
      locale={locale}
      messages={messages}
      timeZone={timeZone}
      formats={formats}
    >
      <ReadingsForm
        kind="water"
        apartmentId={apartmentId}
        meters={meters}
        action={action}
        onAccepted={onAccepted}
        locale={locale}
      />
    </NextIntlClientProvider>,
  );
}

/** The text a screen reader announces with a field: its hint and error, by aria-describedby. */
const description = (input: HTMLElement) =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent)
    .join(' ');

const coldLabel = /Холодная вода, № ХВ-7701000015-1: Показание, м³/;

describe('the water readings form', () => {
  it('says a reading may have at most 3 decimals, next to the field, sending nothing', async () => {
    const action = vi.fn<Action>();
    await renderForm('ru', action);
    const input = screen.getByLabelText(coldLabel);

    await userEvent.type(input, '12,34567');
    await userEvent.click(screen.getByRole('button', { name: 'Передать показания' }));

    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(description(input)).toContain('Не больше 3 знаков после запятой');
    expect(action).not.toHaveBeenCalled();
  });

  it('has no field for a meter past its verification date', async () => {
    await renderForm('ru', vi.fn<Action>());
    expect(screen.getAllByRole('textbox')).toHaveLength(1);
    expect(screen.queryByRole('textbox', { name: /ГВ-7701000015-1/ })).toBeNull();
  });

  it('sends a comma reading, then shows what looks unusual and a button to confirm it', async () => {
    const action = vi.fn<Action>();
    action.mockResolvedValue({
      status: 'error',
      fieldErrors: {},
      confirmation: {
        token: `m_${cold}_1=273.400`,
        concerns: [
          {
            field: `m_${cold}_1`,
            serialNumber: 'ХВ-7701000015-1',
            zone: 1,
            zones: 1,
            kind: 'cold_water',
            value: '273.400',
            consumption: '150.000',
            reasons: ['aboveNorm'],
            normLimit: '20.805',
            averageLimit: null,
          },
        ],
      },
    });
    await renderForm('ru', action);

    await userEvent.type(screen.getByLabelText(coldLabel), '273,4');
    await userEvent.click(screen.getByRole('button', { name: 'Передать показания' }));

    const sent = action.mock.calls[0]![1];
    expect(sent.get(`m_${cold}_1`)).toBe('273,4');
    expect(sent.get('apartmentId')).toBe(apartmentId);
    expect(sent.get('confirmed')).toBeNull();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('расход 150 м³');
    expect(alert).toHaveTextContent('больше нормы для вашей квартиры (20,805 м³ в месяц)');

    await userEvent.click(screen.getByRole('button', { name: 'Да, показания верны' }));
    expect(action.mock.calls[1]![1].get('confirmed')).toBe(`m_${cold}_1=273.400`);
  });

  it('hands the accepted readings to the page, which shows the receipt', async () => {
    const answer = {
      meters: [meter({ submitted: ['130.500'] })],
      receipt: { number: 'В-2026-11-00012345', submittedAt: new Date('2026-11-20T09:30:00Z') },
    };
    const action = vi.fn<Action>();
    action.mockResolvedValue({ status: 'success', accepted: answer });
    const onAccepted = vi.fn();
    await renderForm('en', action, onAccepted);

    await userEvent.type(
      screen.getByRole('textbox', { name: /^Cold water, No\.\sХВ-7701000015-1/ }),
      '130.5',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Send readings' }));

    await vi.waitFor(() => expect(onAccepted).toHaveBeenCalledWith(answer));
    // The page's receipt is the one confirmation: the form adds none of its own.
    expect(screen.queryByRole('status')).toBeNull();
  });
});
