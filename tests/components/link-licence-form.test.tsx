import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NextIntlClientProvider } from 'next-intl';
import { describe, expect, it, vi } from 'vitest';
import { LinkLicenceForm } from '@/services/fines/link-licence-form';
import type { LinkState } from '@/lib/registry/link-state';
import { timeZone, type Locale } from '@/lib/i18n/config';
import { formats } from '@/lib/i18n/formats';
import { loadMessages } from '@/lib/i18n/messages';

type State = LinkState<'number' | 'issuedOn'>;
const actionMock = () => vi.fn<(s: State, f: FormData) => Promise<State>>();

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

/** The text a screen reader announces with a field: its hint and error, by aria-describedby. */
const description = (input: HTMLElement) =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent)
    .join(' ');

describe('the driving licence link form', () => {
  it('says what is wrong next to each field in Russian, without sending anything', async () => {
    const action = actionMock();
    await renderIn('ru', <LinkLicenceForm action={action} />);
    const number = screen.getByLabelText('Серия и номер удостоверения');
    const issuedOn = screen.getByLabelText('Дата выдачи');

    await userEvent.type(number, '77 ЖШ 123456');
    await userEvent.type(issuedOn, '01.01.2999');
    await userEvent.click(screen.getByRole('button', { name: 'Привязать удостоверение' }));

    expect(number).toHaveAttribute('aria-invalid', 'true');
    expect(description(number)).toContain(
      'В серии удостоверения бывают только буквы А, В, Е, К, М, Н, О, Р, С, Т, У, Х',
    );
    expect(issuedOn).toHaveAttribute('aria-invalid', 'true');
    expect(description(issuedOn)).toContain('Дата выдачи не может быть позже сегодняшнего дня');
    expect(screen.getByRole('alert').parentElement).toHaveFocus();
    expect(action).not.toHaveBeenCalled();
  });

  it('asks for both fields and for a real calendar day, in English', async () => {
    const action = actionMock();
    await renderIn('en', <LinkLicenceForm action={action} />);
    const number = screen.getByLabelText('Licence series and number');
    const issuedOn = screen.getByLabelText('Date of issue');

    await userEvent.type(issuedOn, '31.04.2019');
    await userEvent.click(screen.getByRole('button', { name: 'Link the licence' }));

    expect(description(number)).toContain('Enter the driving licence series and number');
    expect(description(issuedOn)).toContain('The date of issue is a day, month and year');
    expect(action).not.toHaveBeenCalled();
  });

  it('sends what was typed and shows the registry’s answer above the form', async () => {
    const action = actionMock();
    action.mockResolvedValue({
      status: 'error',
      fieldErrors: {},
      formError: 'licence.notFound',
      values: { number: '50 23 246810', issuedOn: '11.02.2023' },
    });
    await renderIn('ru', <LinkLicenceForm action={action} />);

    await userEvent.type(screen.getByLabelText('Серия и номер удостоверения'), '50 23 246810');
    await userEvent.type(screen.getByLabelText('Дата выдачи'), '11.02.2023');
    await userEvent.click(screen.getByRole('button', { name: 'Привязать удостоверение' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Удостоверение с таким номером и датой выдачи не найдено.',
    );
    const sent = action.mock.calls[0]![1];
    expect(sent.get('number')).toBe('50 23 246810');
    expect(sent.get('issuedOn')).toBe('11.02.2023');
  });

  it('shows the server’s verdict on a field next to it, with what was typed kept', async () => {
    // The server checks the date by its own clock; a browser whose clock runs ahead lets it through.
    const action = actionMock();
    action.mockResolvedValue({
      status: 'error',
      fieldErrors: { issuedOn: 'issueDateInFuture' },
      values: { number: '50 23 246810', issuedOn: '10.02.2023' },
    });
    await renderIn('ru', <LinkLicenceForm action={action} />);
    const number = screen.getByLabelText('Серия и номер удостоверения');
    const issuedOn = screen.getByLabelText('Дата выдачи');
    await userEvent.type(number, '50 23 246810');
    await userEvent.type(issuedOn, '10.02.2023');
    await userEvent.click(screen.getByRole('button', { name: 'Привязать удостоверение' }));

    await waitFor(() =>
      expect(description(issuedOn)).toContain('Дата выдачи не может быть позже сегодняшнего дня'),
    );
    expect(number).not.toHaveAttribute('aria-invalid');
    expect(number).toHaveValue('50 23 246810');
  });

  it('offers the way to a licence that is already the person’s', async () => {
    const id = '6f1c2a7e-8d4b-4c3a-9e2f-1a2b3c4d5e6f';
    const action = actionMock();
    action.mockResolvedValue({
      status: 'error',
      fieldErrors: {},
      formError: 'licence.alreadyLinkedToYou',
      existingId: id,
    });
    await renderIn('ru', <LinkLicenceForm action={action} />);
    await userEvent.type(screen.getByLabelText('Серия и номер удостоверения'), '7719123456');
    await userEvent.type(screen.getByLabelText('Дата выдачи'), '2019-06-15');
    await userEvent.click(screen.getByRole('button', { name: 'Привязать удостоверение' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Это удостоверение уже есть в вашем личном кабинете.',
    );
    expect(screen.getByRole('link', { name: 'Открыть' })).toHaveAttribute(
      'href',
      `/cabinet/licences/${id}`,
    );
  });
});
