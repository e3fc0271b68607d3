import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NextIntlClientProvider } from 'next-intl';
import { describe, expect, it, vi } from 'vitest';
import { ReadingsForm, type FormMeter } from '@/app/(resident)/meters/_components/readings-form';
import type { ReadingsState } from '@/app/(resident)/meters/readings-state';
import { timeZone, type Locale } from '@/lib/i18n/config';
import { formats } from '@/lib/i18n/formats';
import { loadMessages } from '@/lib/i18n/messages';

const cold = '11111111-1111-4111-8111-111111111111';
const hot = '22222222-2222-4222-8222-222222222222';
const apartmentId = '33333333-3333-4333-8333-333333333333';

const meters: FormMeter[] = [
  {
    id: cold,
    kind: 'cold_water',
    serialNumber: 'ХВ-7701000015-1',
    zones: 1,
    overdue: false,
    previous: ['123.400'],
    submitted: null,
    details: <p>Холодная вода</p>,
  },
  {
    id: hot,
    kind: 'hot_water',
    serialNumber: 'ГВ-7701000015-1',
    zones: 1,
    overdue: true,
    previous: ['88.000'],
    submitted: null,
    details: <p>Истёк срок поверки</p>,
  },
];

type Action = (s: ReadingsState, f: FormData) => Promise<ReadingsState>;

async function renderForm(locale: Locale, action: Action) {
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
    expect(screen.queryByLabelText(/ГВ-7701000015-1/)).toBeNull();
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

  it('shows the receipt number once the readings are accepted', async () => {
    const action = vi.fn<Action>();
    action.mockResolvedValue({ status: 'success', receiptNumber: 'В-2026-11-00012345' });
    await renderForm('en', action);

    await userEvent.type(screen.getByLabelText(/Cold water, No\. ХВ-7701000015-1/), '130.5');
    await userEvent.click(screen.getByRole('button', { name: 'Send readings' }));

    expect(await screen.findByRole('status')).toHaveTextContent(
      'Readings accepted. Receipt number: В-2026-11-00012345.',
    );
  });
});
