import { z } from 'zod';
import { normalizeMobilePhone } from './contacts';

// Shared by the browser (react-hook-form) and the server action. Messages are keys of the
// `validation` namespace of the message files, so both sides show the same text in the user's language.

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

const password = z
  .string({ error: 'required' })
  .min(1, 'required')
  .min(PASSWORD_MIN, 'passwordTooShort')
  .max(PASSWORD_MAX, 'passwordTooLong');

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
    passwordConfirm: z
      .string({ error: 'required' })
      .min(1, 'required')
      .max(PASSWORD_MAX, 'passwordTooLong'),
  })
  .refine((v) => v.password === v.passwordConfirm, {
    path: ['passwordConfirm'],
    message: 'passwordsDiffer',
  });
export type RegisterInput = z.input<typeof registerSchema>;

export const loginSchema = z.object({
  login: z.string({ error: 'required' }).trim().min(1, 'required').max(254, 'tooLong'),
  password: z.string({ error: 'required' }).min(1, 'required').max(PASSWORD_MAX, 'passwordTooLong'),
});
export type LoginInput = z.input<typeof loginSchema>;

export const changePasswordSchema = z
  .object({
    currentPassword: z
      .string({ error: 'required' })
      .min(1, 'required')
      .max(PASSWORD_MAX, 'passwordTooLong'),
    newPassword: password,
    newPasswordConfirm: z
      .string({ error: 'required' })
      .min(1, 'required')
      .max(PASSWORD_MAX, 'passwordTooLong'),
  })
  .refine((v) => v.newPassword === v.newPasswordConfirm, {
    path: ['newPasswordConfirm'],
    message: 'passwordsDiffer',
  });
export type ChangePasswordInput = z.input<typeof changePasswordSchema>;

export const profileSchema = z.object({ fullName: fullNameSchema, phone: phoneSchema });
export type ProfileInput = z.input<typeof profileSchema>;

export const resetRequestSchema = z.object({
  login: z.string({ error: 'required' }).trim().min(1, 'required').max(254, 'tooLong'),
});
export type ResetRequestInput = z.input<typeof resetRequestSchema>;

export const resetPasswordSchema = z
  .object({
    /** The link's token, carried by the form; its shape is checked again by the DAL. */
    token: z.string().max(100),
    newPassword: password,
    newPasswordConfirm: z
      .string({ error: 'required' })
      .min(1, 'required')
      .max(PASSWORD_MAX, 'passwordTooLong'),
  })
  .refine((v) => v.newPassword === v.newPasswordConfirm, {
    path: ['newPasswordConfirm'],
    message: 'passwordsDiffer',
  });
export type ResetPasswordInput = z.input<typeof resetPasswordSchema>;
