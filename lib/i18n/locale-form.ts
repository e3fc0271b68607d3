import { z } from 'zod';
import { resolveLocale } from './config';

// Apart from lib/i18n/config.ts, which the browser loads with every page: zod stays out of it.

/** The language switch's form: any value is a language, the default when it is not one of ours. */
export const localeFormSchema = z.object({
  locale: z
    .string()
    .catch('')
    .transform((value) => resolveLocale(value)),
});
