import { describe, expect, it } from 'vitest';
import {
  changePasswordSchema,
  loginSchema,
  profileSchema,
  registerSchema,
} from '@/lib/accounts/schemas';

const valid = {
  fullName: 'Иванова Анна Сергеевна',
  email: 'Ivanova@Mail.ru',
  phone: '+7 916 123-45-67',
  password: 'Belye-Nochi-2014',
  passwordConfirm: 'Belye-Nochi-2014',
};

/** The message key of the first problem with one field, or undefined when the field is fine. */
const errorOf = (
  result: { error?: { issues: { path: PropertyKey[]; message: string }[] } },
  field: string,
) => result.error?.issues.find((i) => i.path[0] === field)?.message;

describe('registration form', () => {
  it('accepts a complete form and stores the email lower-cased and the phone as +7XXXXXXXXXX', () => {
    expect(registerSchema.parse(valid)).toMatchObject({
      fullName: 'Иванова Анна Сергеевна',
      email: 'ivanova@mail.ru',
      phone: '+79161234567',
    });
  });

  it.each([
    ['+7 916 123-45-67', '+79161234567'],
    ['+79161234567', '+79161234567'],
    ['8 (916) 123-45-67', '+79161234567'],
    ['89161234567', '+79161234567'],
    ['7 916 123 45 67', '+79161234567'],
    ['9161234567', '+79161234567'],
    ['  +7(916)123.45.67  ', '+79161234567'],
  ])('accepts the phone spelt %j as %s', (phone, stored) => {
    expect(registerSchema.parse({ ...valid, phone }).phone).toBe(stored);
  });

  it.each([
    ['', 'required'],
    ['+7 495 123-45-67', 'phoneInvalid'], // a landline
    ['+7 916 123-45-6', 'phoneInvalid'],
    ['+7 916 123-45-678', 'phoneInvalid'],
    ['+1 916 123-45-67', 'phoneInvalid'],
    ['916-CALL-ME', 'phoneInvalid'],
    ['9'.repeat(40), 'phoneInvalid'],
  ])('refuses the phone %j with %s', (phone, message) => {
    expect(errorOf(registerSchema.safeParse({ ...valid, phone }), 'phone')).toBe(message);
  });

  it.each([
    [7, 'passwordTooShort'],
    [8, undefined],
    [128, undefined],
    [129, 'passwordTooLong'],
  ])('a password of %i characters: %s', (length, message) => {
    const password = 'x'.repeat(length);
    const result = registerSchema.safeParse({ ...valid, password, passwordConfirm: password });
    expect(errorOf(result, 'password')).toBe(message);
  });

  it('asks for a password when it is empty', () => {
    const result = registerSchema.safeParse({ ...valid, password: '', passwordConfirm: '' });
    expect(errorOf(result, 'password')).toBe('required');
  });

  it('says the confirmation differs, next to the confirmation', () => {
    const result = registerSchema.safeParse({ ...valid, passwordConfirm: 'Belye-Nochi-2015' });
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ['passwordConfirm'], message: 'passwordsDiffer' }),
    ]);
  });

  it.each([
    ['Иванова', 'fullNameParts'],
    ['Иванова Анна 2', 'fullNameInvalid'],
    ['<script>alert(1)</script>', 'fullNameInvalid'],
    ['   ', 'required'],
    [`Иванова ${'а'.repeat(150)}`, 'tooLong'],
  ])('refuses the full name %j with %s', (fullName, message) => {
    expect(errorOf(registerSchema.safeParse({ ...valid, fullName }), 'fullName')).toBe(message);
  });

  it.each([
    ['ivanova', 'emailInvalid'],
    ['ivanova@', 'emailInvalid'],
    ['', 'required'],
    [`${'a'.repeat(250)}@mail.ru`, 'tooLong'],
  ])('refuses the email %j with %s', (email, message) => {
    expect(errorOf(registerSchema.safeParse({ ...valid, email }), 'email')).toBe(message);
  });

  it('asks for every field of an empty or forged form', () => {
    const result = registerSchema.safeParse({ fullName: 1, email: null });
    for (const field of ['fullName', 'email', 'phone', 'password', 'passwordConfirm'])
      expect(errorOf(result, field)).toBe('required');
  });
});

describe('sign-in form', () => {
  it.each([
    [{ login: ' resident@moygorod.test ', password: 'x' }, undefined, undefined],
    [{ login: '8 916 000-00-01', password: 'MoyGorod-2014' }, undefined, undefined],
    [{ login: '', password: 'x' }, 'required', undefined],
    [{ login: 'a', password: '' }, undefined, 'required'],
    [{ login: 'a'.repeat(255), password: 'x' }, 'tooLong', undefined],
    [{ login: 'a', password: 'x'.repeat(129) }, undefined, 'passwordTooLong'],
  ])('%o → login %s, password %s', (input, loginError, passwordError) => {
    const result = loginSchema.safeParse(input);
    expect(errorOf(result, 'login')).toBe(loginError);
    expect(errorOf(result, 'password')).toBe(passwordError);
  });

  it('does not judge the length of a password being checked, only that it was given', () => {
    expect(loginSchema.safeParse({ login: 'a@b.ru', password: '1234' }).success).toBe(true);
  });
});

describe('password change form', () => {
  const base = {
    currentPassword: 'MoyGorod-2014',
    newPassword: 'Zimnie-Vechera-15',
    newPasswordConfirm: 'Zimnie-Vechera-15',
  };

  it('accepts a new password confirmed twice', () => {
    expect(changePasswordSchema.safeParse(base).success).toBe(true);
  });

  it.each([
    [7, 'passwordTooShort'],
    [8, undefined],
    [128, undefined],
    [129, 'passwordTooLong'],
  ])('a new password of %i characters: %s', (length, message) => {
    const newPassword = 'y'.repeat(length);
    const result = changePasswordSchema.safeParse({
      ...base,
      newPassword,
      newPasswordConfirm: newPassword,
    });
    expect(errorOf(result, 'newPassword')).toBe(message);
  });

  it('says a mismatched confirmation differs, next to the confirmation', () => {
    const result = changePasswordSchema.safeParse({
      ...base,
      newPasswordConfirm: 'Zimnie-Vechera-16',
    });
    expect(errorOf(result, 'newPasswordConfirm')).toBe('passwordsDiffer');
    expect(errorOf(result, 'newPassword')).toBeUndefined();
  });

  it('asks for the current password', () => {
    expect(
      errorOf(changePasswordSchema.safeParse({ ...base, currentPassword: '' }), 'currentPassword'),
    ).toBe('required');
  });
});

describe('profile form', () => {
  it('normalises the phone like registration does', () => {
    expect(profileSchema.parse({ fullName: 'Петров Олег', phone: '8-916-000-00-02' })).toEqual({
      fullName: 'Петров Олег',
      phone: '+79160000002',
    });
  });

  it('refuses a landline', () => {
    const result = profileSchema.safeParse({ fullName: 'Петров Олег', phone: '8 495 000-00-02' });
    expect(errorOf(result, 'phone')).toBe('phoneInvalid');
  });
});
