import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NextIntlClientProvider } from 'next-intl';
import { describe, expect, it, vi } from 'vitest';
import { PayForm } from '@/app/(resident)/housing/pay/_components/pay-form';
import type { PayState } from '@/app/(resident)/housing/pay/pay-state';
import { timeZone, type Locale } from '@/lib/i18n/config';
import { formats } from '@/lib/i18n/formats';
import { loadMessages } from '@/lib/i18n/messages';

const epdId = '33333333-3333-4333-8333-333333333333';
const key = '44444444-4444-4444-8444-444444444444';

type Action = (s: PayState, f: FormData) => Promise<PayState>;

async function renderForm(action: Action, locale: Locale = 'ru') {
  const messages = await loadMessages(locale);
  return render(
    <NextIntlClientProvider
      locale={locale}
      messages={messages}
      timeZone={timeZone}
      formats={formats}
    >
      <PayForm
        epdId={epdId}
        idempotencyKey={key}
        defaultAmount="2 345,67"
        limit="5 000,00 ₽"
        action={action}
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

describe('the ЕПД payment form', () => {
  it('offers the remaining amount to pay', async () => {
    await renderForm(vi.fn<Action>());
    expect(screen.getByLabelText('Сумма, ₽')).toHaveValue('2 345,67');
  });

  it.each([
    ['abc', 'Введите сумму цифрами'],
    ['0', 'Сумма должна быть больше нуля'],
  ])('refuses %j with a message next to the amount, sending nothing', async (typed, message) => {
    const action = vi.fn<Action>();
    await renderForm(action);
    const input = screen.getByLabelText('Сумма, ₽');

    await userEvent.clear(input);
    await userEvent.type(input, typed);
    await userEvent.click(screen.getByRole('button', { name: 'Оплатить' }));

    await waitFor(() => expect(input).toHaveAttribute('aria-invalid', 'true'));
    expect(description(input)).toContain(message);
    expect(action).not.toHaveBeenCalled();
  });

  it('sends the amount with the ЕПД and the idempotency key the page rendered', async () => {
    const action = vi.fn<Action>().mockResolvedValue({ status: 'idle' });
    await renderForm(action);

    await userEvent.click(screen.getByRole('button', { name: 'Оплатить' }));

    await waitFor(() => expect(action).toHaveBeenCalledTimes(1));
    const sent = action.mock.calls[0]![1];
    expect(sent.get('amount')).toBe('2 345,67');
    expect(sent.get('epdId')).toBe(epdId);
    expect(sent.get('idempotencyKey')).toBe(key);
  });

  it('shows a payment already in progress with a link to it', async () => {
    const paymentId = '55555555-5555-4555-8555-555555555555';
    const action = vi.fn<Action>().mockResolvedValue({
      status: 'error',
      fieldErrors: {},
      formError: 'inProgress',
      paymentId,
    });
    await renderForm(action);

    await userEvent.click(screen.getByRole('button', { name: 'Оплатить' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Платёж по этому ЕПД уже начат');
    expect(screen.getByRole('link', { name: 'Открыть платёж' })).toHaveAttribute(
      'href',
      `/payments/${paymentId}`,
    );
  });
});
