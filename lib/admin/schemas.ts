import { z } from 'zod';
import { roles, type Role } from '@/lib/auth/roles';

// Administration forms and query strings. Field errors are keys of the `validation` namespace.

export const changeRoleSchema = z.object({
  userId: z.uuid({ error: 'invalid' }),
  role: z.enum(roles, { error: 'invalid' }),
});
export type ChangeRoleInput = z.input<typeof changeRoleSchema>;

/** What the role-change action answers its form. */
export type ChangeRoleState =
  | { status: 'idle' }
  | { status: 'success'; role: Role }
  | {
      status: 'error';
      fieldErrors?: Partial<Record<keyof ChangeRoleInput, string>>;
      /** A key of `admin.users.result`. */
      formError?: 'notFound' | 'self' | 'unchanged';
    };

export const USER_QUERY_MAX = 100;
export const USERS_PAGE_SIZE = 20;
export const AUDIT_PAGE_SIZE = 50;

// Query strings come from anywhere: a repeated key arrives as an array, and a bad value falls
// back to the default page instead of an error.
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

export const userListParamsSchema = z.object({
  q: z
    .preprocess(
      first,
      z.string().transform((s) => s.trim().slice(0, USER_QUERY_MAX)),
    )
    .catch(''),
  page: z.preprocess(first, z.coerce.number().int().min(1).max(1_000_000)).catch(1),
});

export const auditParamsSchema = z.object({
  before: z
    .preprocess(first, z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER).optional())
    .catch(undefined),
});

export const PAYMENTS_PAGE_SIZE = 25;

/** /admin/payments?q=: a receipt number (its start) or a payer's e-mail (any part). */
export const paymentListParamsSchema = userListParamsSchema;

/** The refund form: which payment, and the admin's explicit confirmation (it moves money). */
export const refundSchema = z.object({
  paymentId: z.uuid({ error: 'invalid' }),
  confirm: z.literal('yes', { error: 'refundConfirmRequired' }),
});

/** What the refund action answers its form; `formError` is a key of `admin.payments.result`. */
export type RefundState =
  | { status: 'idle' }
  | { status: 'success' }
  | {
      status: 'error';
      fieldErrors?: Partial<Record<'confirm' | 'paymentId', string>>;
      formError?: 'notFound' | 'notRefundable' | 'providerRefused';
    };
