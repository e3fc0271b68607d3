import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NextIntlClientProvider } from 'next-intl';
import { describe, expect, it, vi } from 'vitest';
import type { LoginState } from '@/app/(auth)/login/actions';
import { LoginForm } from '@/app/(auth)/login/_components/login-form';
import type { RegisterState } from '@/app/(auth)/register/actions';
import { RegisterForm } from '@/app/(auth)/register/_components/register-form';
import auth from '@/lib/i18n/messages/ru/auth.json';
import common from '@/lib/i18n/messages/ru/common.json';
import validation from '@/lib/i18n/messages/ru/validation.json';

const inRussian = (ui: React.ReactNode) =>
  render(
    <NextIntlClientProvider
      locale="ru"
      timeZone="Europe/Moscow"
      messages={{ auth, common, validation }}
    >
      {ui}
    </NextIntlClientProvider>,
  );

const registerAction = () => vi.fn<(s: RegisterState, f: FormData) => Promise<RegisterState>>();

describe('the registration form', () => {
  it('explains an invalid phone and a short password as soon as one leaves the field', async () => {
    const action = registerAction();
    inRussian(<RegisterForm action={action} />);
    const user = userEvent.setup();

    await user.type(screen.getByLabelText('Мобильный телефон'), '+7 495 123-45-67');
    await user.type(screen.getByLabelText('Пароль'), 'Abc-123');
    await user.tab();

    const phone = screen.getByLabelText('Мобильный телефон');
    expect(phone).toHaveAttribute('aria-invalid', 'true');
    expect(phone).toHaveAccessibleDescription(
      'Например, +7\u00a0916\u00a0123-45-67 Введите номер мобильного телефона в формате +7\u00a09XX\u00a0XXX-XX-XX',
    );
    expect(screen.getByLabelText('Пароль')).toHaveAccessibleDescription(
      expect.stringContaining('Пароль должен быть не короче 8 символов'),
    );
    expect(action).not.toHaveBeenCalled();
  });

  it('does not send an incomplete form: it marks every empty field and focuses the error summary', async () => {
    const action = registerAction();
    inRussian(<RegisterForm action={action} />);
    await userEvent.click(screen.getByRole('button', { name: 'Зарегистрироваться' }));

    expect(await screen.findAllByRole('link', { name: 'Заполните это поле' })).toHaveLength(5);
    expect(screen.getByLabelText('ФИО')).toHaveAccessibleDescription(
      expect.stringContaining('Заполните это поле'),
    );
    expect(screen.getByRole('alert').parentElement).toHaveFocus();
    expect(action).not.toHaveBeenCalled();
  });

  it('says the confirmation differs without sending the form', async () => {
    const action = registerAction();
    inRussian(<RegisterForm action={action} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Пароль'), 'Belye-Nochi-2014');
    await user.type(screen.getByLabelText('Повторите пароль'), 'Belye-Nochi-2015');
    await user.tab();
    expect(screen.getByText('Пароли не совпадают')).toBeVisible();
    expect(action).not.toHaveBeenCalled();
  });

  it('sends a valid form and shows the server’s answer next to the phone', async () => {
    const action = registerAction().mockResolvedValue({
      status: 'error',
      fieldErrors: { phone: 'phoneTaken' },
      values: { fullName: 'Иванова Анна Сергеевна', email: 'anna@mail.ru', phone: '89160000001' },
    });
    inRussian(<RegisterForm action={action} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('ФИО'), 'Иванова Анна Сергеевна');
    await user.type(screen.getByLabelText('Электронная почта'), 'anna@mail.ru');
    await user.type(screen.getByLabelText('Мобильный телефон'), '89160000001');
    await user.type(screen.getByLabelText('Пароль'), 'Belye-Nochi-2014');
    await user.type(screen.getByLabelText('Повторите пароль'), 'Belye-Nochi-2014');
    await user.click(screen.getByRole('button', { name: 'Зарегистрироваться' }));

    const taken = 'Этот номер уже зарегистрирован на другую учётную запись';
    expect(await screen.findByRole('link', { name: taken })).toBeVisible();
    expect(screen.getByLabelText('Мобильный телефон')).toHaveAccessibleDescription(
      expect.stringContaining(taken),
    );
    expect(action).toHaveBeenCalledTimes(1);
    const sent = action.mock.calls[0]![1];
    expect(sent.get('phone')).toBe('89160000001');
    expect(sent.get('password')).toBe('Belye-Nochi-2014');
  });

  it('shows the typed password on request', async () => {
    inRussian(<RegisterForm action={registerAction()} />);
    const password = screen.getByLabelText('Пароль');
    expect(password).toHaveAttribute('type', 'password');
    const [toggle] = screen.getAllByRole('button', { name: 'Показать пароль' });
    await userEvent.click(toggle!);
    expect(password).toHaveAttribute('type', 'text');
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
  });
});

describe('the sign-in form', () => {
  const signIn = async (answer: LoginState) => {
    const action = vi
      .fn<(s: LoginState, f: FormData) => Promise<LoginState>>()
      .mockResolvedValue(answer);
    inRussian(<LoginForm action={action} next="/profile" />);
    const user = userEvent.setup();
    await user.type(
      screen.getByLabelText('Электронная почта или мобильный телефон'),
      'resident@moygorod.test',
    );
    await user.type(screen.getByLabelText('Пароль'), 'wrong-password');
    await user.click(screen.getByRole('button', { name: 'Войти' }));
    return action;
  };

  it('answers wrong credentials with one message that does not say which was wrong', async () => {
    const action = await signIn({
      status: 'error',
      fieldErrors: {},
      formError: 'invalidCredentials',
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('Неверный логин или пароль');
    expect(action.mock.calls[0]![1].get('next')).toBe('/profile');
  });

  it('tells a locked person how many minutes to wait', async () => {
    await signIn({ status: 'error', fieldErrors: {}, formError: 'locked', retryMinutes: 12 });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Слишком много попыток. Попробуйте через 12 мин.',
    );
  });
});
