import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NextIntlClientProvider } from 'next-intl';
import { describe, expect, it, vi } from 'vitest';
import { CardForm } from '@/app/(sandbox)/sandbox/pay/[id]/_components/card-form';
import type { CardState } from '@/app/(sandbox)/sandbox/pay/[id]/card-state';
import { timeZone } from '@/lib/i18n/config';
import { formats } from '@/lib/i18n/formats';
import { loadMessages } from '@/lib/i18n/messages';

const id = 'sb_0123456789abcdef01234567';

type Action = (s: CardState, f: FormData) => Promise<CardState>;

async function renderForm(action: Action) {
  const messages = await loadMessages('ru');
  return render(
    <NextIntlClientProvider locale="ru" messages={messages} timeZone={timeZone} formats={formats}>
      <CardForm id={id} action={action} />
    </NextIntlClientProvider>,
  );
}

const description = (input: HTMLElement) =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((ref) => document.getElementById(ref)?.textContent)
    .join(' ');

async function fill(number: string) {
  await userEvent.type(screen.getByLabelText('Номер карты'), number);
  await userEvent.type(screen.getByLabelText('Срок действия (ММ/ГГ)'), '12/39');
  await userEvent.type(screen.getByLabelText('CVC'), '123');
  await userEvent.type(screen.getByLabelText('Владелец карты'), 'IVAN PETROV');
  await userEvent.click(screen.getByRole('button', { name: 'Оплатить' }));
}

describe('the sandbox card form', () => {
  it('says the card number is wrong when it fails the Luhn check, sending nothing', async () => {
    const action = vi.fn<Action>();
    await renderForm(action);

    await fill('4111 1111 1111 1112');

    const number = screen.getByLabelText('Номер карты');
    expect(number).toHaveAttribute('aria-invalid', 'true');
    expect(description(number)).toContain('Неверный номер карты');
    expect(screen.getByLabelText('Владелец карты')).not.toHaveAttribute('aria-invalid');
    expect(action).not.toHaveBeenCalled();
  });

  it('sends a test card with the acquirer payment id', async () => {
    const action = vi.fn<Action>().mockResolvedValue({ status: 'idle' });
    await renderForm(action);

    await fill('4111 1111 1111 1111');

    expect(action).toHaveBeenCalledTimes(1);
    const sent = action.mock.calls[0]![1];
    expect(sent.get('id')).toBe(id);
    expect(sent.get('number')).toBe('4111 1111 1111 1111');
  });
});
