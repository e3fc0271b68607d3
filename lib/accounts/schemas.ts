import { z } from 'zod';
import { normalizeMobilePhone } from './contacts';

// Shared by the browser (react-hook-form) and the server action. Messages are keys of the
// `validation` namespace of the message files, so both sides show the same text in the user's language.

import { PASSWORD_MAX, PASSWORD_MIN } from './limits';

export { PASSWORD_MAX, PASSWORD_MIN };

const password = z
  .string({ error: 'required' })
  .min(1, 'required')
  .min(PASSWORD_MIN, 'passwordTooShort')
  .max(PASSWORD_MAX, 'passwordTooLong');

/** A password typed to be checked or repeated, not chosen: only required and bounded. */
const typedPassword = z
  .string({ error: 'required' })
  .min(1, 'required')
  .max(PASSWORD_MAX, 'passwordTooLong');

/** A new password and its repetition, which must match (the error goes on the repetition). */
const newPassword = { newPassword: password, newPasswordConfirm: typedPassword };
const newPasswordsMatch = (v: { newPassword: string; newPasswordConfirm: string }) =>
  v.newPassword === v.newPasswordConfirm;
const newPasswordsDiffer = { path: ['newPasswordConfirm'], message: 'passwordsDiffer' };

/** A login as typed: an e-mail or a phone number, told apart by the DAL (parseLogin). */
const login = z.string({ error: 'required' }).trim().min(1, 'required').max(254, 'tooLong');

export const fullNameSchema = z
  .string({ error: 'required' })
  .trim()
  .min(1, 'required')
  .max(150, 'tooLong')
  .regex(/^[\p{L}][\p{L}\s'’.-]*$/u, 'fullNameInvalid')
  .refine((v) => v.split(/\s+/).length >= 2, 'fullNameParts');

export const emailSchema = z
  .string({ error: 'required' })
  .trim()
  .min(1, 'required')
  .max(254, 'tooLong')
  .pipe(z.email('emailInvalid'))
  .transform((v) => v.toLowerCase());

export const phoneSchema = z
  .string({ error: 'required' })
  .trim()
  .min(1, 'required')
  .max(32, 'phoneInvalid')
  .refine((v) => normalizeMobilePhone(v) !== null, 'phoneInvalid')
  .transform((v) => normalizeMobilePhone(v)!);

export const registerSchema = z
  .object({
    fullName: fullNameSchema,
    email: emailSchema,
    phone: phoneSchema,
    password,
    passwordConfirm: typedPassword,
  })
  .refine((v) => v.password === v.passwordConfirm, {
    path: ['passwordConfirm'],
    message: 'passwordsDiffer',
  });
export type RegisterInput = z.input<typeof registerSchema>;

export const loginSchema = z.object({ login, password: typedPassword });
export type LoginInput = z.input<typeof loginSchema>;

export const changePasswordSchema = z
  .object({ currentPassword: typedPassword, ...newPassword })
  .refine(newPasswordsMatch, newPasswordsDiffer);
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;

export const profileSchema = z.object({ fullName: fullNameSchema, phone: phoneSchema });
export type ProfileInput = z.input<typeof profileSchema>;

export const resetRequestSchema = z.object({ login });
export type ResetRequestInput = z.input<typeof resetRequestSchema>;

export const resetPasswordSchema = z
  .object({
    /** The link's token, carried by the form; its shape is checked again by the DAL. */
    token: z.string().max(100),
    ...newPassword,
  })
  .refine(newPasswordsMatch, newPasswordsDiffer);
export type ResetPasswordInput = z.input<typeof resetPasswordSchema>;
