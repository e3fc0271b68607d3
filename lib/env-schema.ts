// The environment's shape, validated once at server start (instrumentation.ts) and on first use.
import { z } from 'zod';
import { DEFAULT_DIRECT_SPECIALTIES, DISTRICT, parseDirectSpecialties } from './health/specialties';
import { parseWindowConfig } from './housing/window-config';

const flag = z
  .enum(['true', 'false', '1', '0'])
  .optional()
  .transform((v) => v === 'true' || v === '1');

/** A reading window, `<start day>-<end day>` in Moscow days of the month; parsed to its config. */
const readingWindow = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((text, ctx) => {
      const parsed = parseWindowConfig(text);
      if (parsed.ok) return parsed.config;
      ctx.addIssue({ code: 'custom', message: parsed.message });
      return z.NEVER;
    });

/** The specialists a resident books without a referral: comma-separated specialty codes. */
const directSpecialties = z
  .string()
  .default(DEFAULT_DIRECT_SPECIALTIES.join(','))
  .transform((text, ctx) => {
    const parsed = parseDirectSpecialties(text);
    if (!parsed.ok) {
      ctx.addIssue({ code: 'custom', message: parsed.message });
      return z.NEVER;
    }
    // The first visit to a district doctor is always self-booked (needsReferral ignores the list
    // for them too), so a list that leaves them out still means them.
    return [...new Set([...DISTRICT, ...parsed.specialties])];
  });

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** Unset: the embedded PGlite database under PGLITE_DATA_DIR. */
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  PGLITE_DATA_DIR: z.string().min(1).default('.data/pglite'),
  AUTH_SECRET: z
    .string()
    .min(32, 'AUTH_SECRET must be at least 32 characters (openssl rand -base64 32)'),
  /** Comma-separated host[:port] list allowed to call server actions besides the site itself. */
  SERVER_ACTIONS_ALLOWED_ORIGINS: z.string().optional(),
  /** e.g. smtps://user:pass@smtp.example.ru:465; unset: notifications stay in the inbox only. */
  SMTP_URL: z.string().optional(),
  SMTP_FROM: z.string().default('Мой город <noreply@moygorod.local>'),
  /** Without SMTP_URL, mail is written here as .eml files (a local outbox for development). */
  MAIL_OUTBOX_DIR: z.string().min(1).default('.data/mail'),
  /** The in-server scheduled jobs (the monthly ЕПД); `off` for benchmarks and one-off servers. */
  JOBS: z.enum(['on', 'off']).default('on'),
  /** Water readings: the 15th to the 3rd of the next month (Moscow practice; federal default "by the 25th"). */
  READING_WINDOW_WATER: readingWindow('15-3'),
  READING_WINDOW_ELECTRICITY: readingWindow('15-26'),
  /** Unset: Moscow's list of specialists booked without a referral, plus the district doctors. */
  DIRECT_BOOKING_SPECIALTIES: directSpecialties,
  /** The sandbox acquirer's callback signing secret; unset: derived from AUTH_SECRET. */
  PAYMENTS_SANDBOX_SECRET: z.string().min(32).optional(),
  /** The base URL the sandbox posts confirmations to; unset: this server over loopback (PORT). */
  PAYMENTS_CALLBACK_BASE_URL: z.url({ protocol: /^https?$/ }).optional(),
  /**
   * The portal's address as residents reach it (`https://moygorod.example.ru`), for links in mail
   * (a password reset); unset: http://localhost:<PORT>. Never taken from a request's Host header,
   * which anyone can forge to have a reset link point at their own site.
   */
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** Use `__Secure-`/`__Host-` cookie prefixes; on by default in production. */
  SECURE_COOKIES: flag,
});

export type Env = z.infer<typeof schema>;

/** Validates the environment once; a clear message names every missing or wrong variable. */
export function loadEnv(source: Record<string, string | undefined>): Env {
  return parse(schema, source);
}

const windowsSchema = schema.pick({ READING_WINDOW_WATER: true, READING_WINDOW_ELECTRICITY: true });

/** The configured reading windows alone, for scripts that need no secret (npm run jobs:epd). */
export function loadReadingWindows(source: Record<string, string | undefined>) {
  const e = parse(windowsSchema, source);
  return { water: e.READING_WINDOW_WATER, electricity: e.READING_WINDOW_ELECTRICITY };
}

function parse<T>(target: z.ZodType<T>, source: Record<string, string | undefined>): T {
  // An empty variable (`DATABASE_URL= npm start`) means unset, as it does for the shell scripts.
  const present = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ''));
  const parsed = target.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
