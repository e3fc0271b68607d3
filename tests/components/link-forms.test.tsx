import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NextIntlClientProvider } from 'next-intl';
import { describe, expect, it, vi } from 'vitest';
import { LinkApartmentForm } from '@/services/housing/link-apartment-form';
import { LinkChildForm } from '@/services/family/link-child-form';
import { LinkVehicleForm } from '@/services/fines/link-vehicle-form';
import type { LinkState } from '@/lib/registry/link-state';
import { timeZone, type Locale } from '@/lib/i18n/config';
import { formats } from '@/lib/i18n/formats';
import { loadMessages } from '@/lib/i18n/messages';

async function renderIn(locale: Locale, ui: React.ReactNode) {
  const messages = await loadMessages(locale);
  return render(
    <NextIntlClientProvider
      locale={locale}
      messages={messages}
      timeZone={timeZone}
      formats={formats}
    >
      {ui}
    </NextIntlClientProvider>,
  );
}

/** The text a screen reader announces with a field: its error and hint, by aria-describedby. */
const description = (input: HTMLElement) =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent)
    .join(' ');

describe('the vehicle link form', () => {
  it('says which letters an СТС may have, next to the field, without sending anything', async () => {
    const action = vi.fn<(s: LinkState<'sts'>, f: FormData) => Promise<LinkState<'sts'>>>();
    await renderIn('ru', <LinkVehicleForm action={action} />);
    const sts = screen.getByLabelText('Серия и номер СТС');

    await userEvent.type(sts, '77 ЖШ 123456');
    await userEvent.click(screen.getByRole('button', { name: 'Привязать автомобиль' }));

    expect(sts).toHaveAttribute('aria-invalid', 'true');
    expect(description(sts)).toContain(
      'В серии СТС бывают только буквы А, В, Е, К, М, Н, О, Р, С, Т, У, Х',
    );
    expect(action).not.toHaveBeenCalled();
  });

  it('sends a well-formed СТС and shows the registry’s answer above the form', async () => {
    const action = vi.fn<(s: LinkState<'sts'>, f: FormData) => Promise<LinkState<'sts'>>>();
    action.mockResolvedValue({
      status: 'error',
      fieldErrors: {},
      formError: 'vehicle.linkedToAnother',
    });
    await renderIn('en', <LinkVehicleForm action={action} />);

    await userEvent.type(screen.getByLabelText('СТС series and number'), '50 km 246810');
    await userEvent.click(screen.getByRole('button', { name: 'Link the vehicle' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This vehicle is already linked to another account.',
    );
    expect(action.mock.calls[0]![1].get('sts')).toBe('50 km 246810');
  });
});

describe('the apartment link form', () => {
  it('shows a message under each wrong field in Russian', async () => {
    const action = vi.fn();
    await renderIn('ru', <LinkApartmentForm action={action} />);
    const payerCode = screen.getByLabelText('Код плательщика');
    const flat = screen.getByLabelText('Номер квартиры');

    await userEvent.type(payerCode, '77020001');
    await userEvent.type(flat, 'кв');
    await userEvent.click(screen.getByRole('button', { name: 'Привязать квартиру' }));

    expect(description(payerCode)).toContain('Код плательщика — это 10 цифр');
    expect(description(flat)).toContain('Номер квартиры — цифры и, если есть, буква');
    expect(screen.getByRole('alert').parentElement).toHaveFocus();
    expect(action).not.toHaveBeenCalled();
  });

  it('offers the way to an apartment that is already the person’s', async () => {
    const id = '6f1c2a7e-8d4b-4c3a-9e2f-1a2b3c4d5e6f';
    const action = vi.fn().mockResolvedValue({
      status: 'error',
      fieldErrors: {},
      formError: 'apartment.alreadyLinkedToYou',
      existingId: id,
    });
    await renderIn('ru', <LinkApartmentForm action={action} />);
    await userEvent.type(screen.getByLabelText('Код плательщика'), '7701000015');
    await userEvent.type(screen.getByLabelText('Номер квартиры'), '15');
    await userEvent.click(screen.getByRole('button', { name: 'Привязать квартиру' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Эта квартира уже есть в вашем личном кабинете.',
    );
    expect(screen.getByRole('link', { name: 'Открыть' })).toHaveAttribute(
      'href',
      `/cabinet/apartments/${id}`,
    );
  });
});

describe('the child link form', () => {
  it('asks the person to confirm they are the legal representative', async () => {
    // Answers like the real action, so the form has a state to render once the answer lands.
    const action = vi.fn().mockResolvedValue({ status: 'idle' });
    await renderIn('ru', <LinkChildForm action={action} />);
    await userEvent.type(
      screen.getByLabelText('Серия и номер свидетельства о рождении'),
      'III-МЮ 777001',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Привязать ребёнка' }));

    const confirm = screen.getByRole('checkbox', {
      name: 'Я являюсь законным представителем этого ребёнка',
    });
    expect(description(confirm)).toContain('Подтвердите, что вы законный представитель ребёнка');
    expect(action).not.toHaveBeenCalled();

    await userEvent.click(confirm);
    await userEvent.click(screen.getByRole('button', { name: 'Привязать ребёнка' }));
    expect(action).toHaveBeenCalledOnce();
    const sent = action.mock.calls[0]![1] as FormData;
    expect(sent.get('birthCertificate')).toBe('III-МЮ 777001');
    expect(sent.get('confirmRepresentative')).toBe('on');
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Привязать ребёнка' })).toBeEnabled(),
    );
  });
});
