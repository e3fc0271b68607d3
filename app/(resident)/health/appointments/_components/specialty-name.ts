import type { Locale } from '@/lib/i18n/config';
import { specialties } from '@/lib/health/specialties';

/** A specialty's name in the page's language; an unknown code (an old record) is shown as it is. */
export function specialtyName(code: string, locale: Locale): string {
  const specialty = specialties.find((s) => s.code === code);
  return specialty ? specialty[locale] : code;
}
