import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { LoginState } from '@/app/(auth)/login/actions';
import { LoginForm } from '@/app/(auth)/login/_components/login-form';
import type { RegisterState } from '@/app/(auth)/register/actions';
import { RegisterForm } from '@/app/(auth)/register/_components/register-form';
import type { LinkState } from '@/lib/registry/link-state';
import { LinkChildForm } from '@/services/family/link-child-form';
import { LinkApartmentForm } from '@/services/housing/link-apartment-form';
import { links, pageTitle, renderIn, summary, onTitledPage } from './error-summary-helpers';

// The portal's forms refuse a submission GOV.UK's way: an error summary at the top with a link to
// each field in error (in the order of the form), the focus on it, "Ошибка: " before the page's title.

onTitledPage();

describe('the registration form’s summary', () => {
  const action = () => vi.fn<(s: RegisterState, f: FormData) => Promise<RegisterState>>();
  const submit = () => userEvent.click(screen.getByRole('button', { name: 'Зарегистрироваться' }));
  const inputs = () =>
    ['ФИО', 'Электронная почта', 'Мобильный телефон', 'Пароль', 'Повторите пароль'].map((label) =>
      screen.getByLabelText(label),
    );

  it('lists the empty fields in the form’s order, takes the focus and names the error in the title', async () => {
    const sent = action();
    await renderIn('ru', <RegisterForm action={sent} />);
    expect(screen.queryByRole('alert')).toBeNull();

    await submit();
    // The first check waits for the schema to load (the form loads it as it is first used).
    await screen.findByRole('alert');

    await waitFor(() => expect(summary()).toHaveFocus());
    expect(links()).toEqual(inputs().map((input) => ['Заполните это поле', input.id]));
    expect(document.title).toBe(`Ошибка: ${pageTitle}`);
    expect(sent).not.toHaveBeenCalled();

    // A link leads to its field.
    await userEvent.click(within(screen.getByRole('alert')).getAllByRole('link')[0]!);
    expect(screen.getByLabelText('ФИО')).toHaveFocus();
  });

  it('shows no summary for a mistake seen on leaving a field, before any submission', async () => {
    await renderIn('ru', <RegisterForm action={action()} />);
    await userEvent.type(screen.getByLabelText('Мобильный телефон'), '12345');
    await userEvent.tab();
    expect(screen.getByLabelText('Мобильный телефон')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.title).toBe(pageTitle);
  });

  it('drops each field as it is fixed, and gives the title back when none is left', async () => {
    await renderIn('ru', <RegisterForm action={action()} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('ФИО'), 'Иванова Анна Сергеевна');
    await user.type(screen.getByLabelText('Электронная почта'), 'anna@mail.ru');
    await user.type(screen.getByLabelText('Мобильный телефон'), '+7 916 000-00-01');
    await user.type(screen.getByLabelText('Пароль'), 'Belye-Nochi-2014');
    await submit();
    expect(links().map(([text]) => text)).toEqual(['Заполните это поле']);

    await user.type(screen.getByLabelText('Повторите пароль'), 'Belye-Nochi-2014');
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
    expect(document.title).toBe(pageTitle);
  });

  it('takes the focus again on each refused submission', async () => {
    await renderIn('ru', <RegisterForm action={action()} />);
    await submit();
    await waitFor(() => expect(summary()).toHaveFocus());
    await userEvent.click(screen.getByLabelText('ФИО'));
    await submit();
    await waitFor(() => expect(summary()).toHaveFocus());
  });

  it('lists the server’s verdict on a field, in the same words as beside it', async () => {
    const sent = action().mockResolvedValue({
      status: 'error',
      fieldErrors: { email: 'emailTaken' },
      values: { fullName: 'Иванова Анна Сергеевна', email: 'anna@mail.ru', phone: '89160000001' },
    });
    await renderIn('ru', <RegisterForm action={sent} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('ФИО'), 'Иванова Анна Сергеевна');
    await user.type(screen.getByLabelText('Электронная почта'), 'anna@mail.ru');
    await user.type(screen.getByLabelText('Мобильный телефон'), '89160000001');
    await user.type(screen.getByLabelText('Пароль'), 'Belye-Nochi-2014');
    await user.type(screen.getByLabelText('Повторите пароль'), 'Belye-Nochi-2014');
    await submit();

    const taken = 'Этот адрес уже зарегистрирован. Войдите или восстановите пароль';
    await waitFor(() =>
      expect(links()).toEqual([[taken, screen.getByLabelText('Электронная почта').id]]),
    );
    await waitFor(() => expect(summary()).toHaveFocus());
    expect(screen.getByLabelText('Электронная почта')).toHaveAccessibleDescription(taken);
  });
});

describe('the sign-in form’s summary', () => {
  const action = () => vi.fn<(s: LoginState, f: FormData) => Promise<LoginState>>();

  it('links both empty fields, in English too', async () => {
    document.title = 'Sign in — My city';
    await renderIn('en', <LoginForm action={action()} next="/profile" />);
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'There is a problem' })).toBeVisible();
    expect(links().map(([, id]) => id)).toEqual([
      screen.getByLabelText('Email or mobile number').id,
      screen.getByLabelText('Password').id,
    ]);
    await waitFor(() => expect(summary()).toHaveFocus());
    expect(document.title).toBe('Error: Sign in — My city');
  });

  it('lists the server’s refusal of the credentials as an item, and focuses it', async () => {
    const sent = action().mockResolvedValue({
      status: 'error',
      fieldErrors: {},
      formError: 'locked',
      retryMinutes: 12,
    });
    await renderIn('ru', <LoginForm action={sent} next="/profile" />);
    const user = userEvent.setup();
    await user.type(
      screen.getByLabelText('Электронная почта или мобильный телефон'),
      'resident@moygorod.test',
    );
    await user.type(screen.getByLabelText('Пароль'), 'wrong-password');
    await user.click(screen.getByRole('button', { name: 'Войти' }));

    await waitFor(() => expect(summary()).toHaveFocus());
    expect(within(screen.getByRole('alert')).getByRole('listitem')).toHaveTextContent(
      'Слишком много попыток. Попробуйте через 12 мин.',
    );
    expect(links()).toEqual([]);
    expect(document.title).toBe(`Ошибка: ${pageTitle}`);
  });
});

describe('a link form’s summary', () => {
  it('links the apartment’s wrong fields in order, with the registry’s answer after a resend', async () => {
    const sent = vi
      .fn<(s: LinkState, f: FormData) => Promise<LinkState>>()
      .mockResolvedValue({ status: 'error', fieldErrors: {}, formError: 'apartment.notFound' });
    await renderIn('ru', <LinkApartmentForm action={sent} />);
    const payerCode = screen.getByLabelText('Код плательщика');
    const flat = screen.getByLabelText('Номер квартиры');
    const user = userEvent.setup();
    await user.type(payerCode, '77020');
    await user.click(screen.getByRole('button', { name: 'Привязать квартиру' }));

    await waitFor(() => expect(summary()).toHaveFocus());
    expect(links()).toEqual([
      ['Код плательщика — это 10 цифр, например 7702000108', payerCode.id],
      ['Введите номер квартиры', flat.id],
    ]);
    await user.click(screen.getByRole('link', { name: 'Введите номер квартиры' }));
    expect(flat).toHaveFocus();

    await user.clear(payerCode);
    await user.type(payerCode, '7702000108');
    await user.type(flat, '1');
    await user.click(screen.getByRole('button', { name: 'Привязать квартиру' }));
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        'Квартира с таким кодом плательщика и номером не найдена',
      ),
    );
    expect(links()).toEqual([]);
    await waitFor(() => expect(summary()).toHaveFocus());
  });

  it('leads to the child’s unticked confirmation box', async () => {
    await renderIn('ru', <LinkChildForm action={vi.fn()} />);
    await userEvent.type(
      screen.getByLabelText('Серия и номер свидетельства о рождении'),
      'III-МЮ 777001',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Привязать ребёнка' }));

    await waitFor(() => expect(summary()).toHaveFocus());
    await userEvent.click(
      screen.getByRole('link', { name: 'Подтвердите, что вы законный представитель ребёнка' }),
    );
    expect(
      screen.getByRole('checkbox', { name: 'Я являюсь законным представителем этого ребёнка' }),
    ).toHaveFocus();
  });
});
