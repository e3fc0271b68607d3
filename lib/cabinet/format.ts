/**
 * A calendar date from a `date` column (`YYYY-MM-DD`) as an instant that formats as that same day in
 * the city's time zone: midday UTC is 15:00 in Moscow, far from either midnight.
 */
export function calendarDate(day: string): Date {
  return new Date(`${day}T12:00:00Z`);
}

/** How the portal addresses a person named `Фамилия Имя Отчество`: by name and patronymic. */
export function addressName(fullName: string): string {
  const parts = fullName.trim().split(/\s+/);
  return parts.length >= 2 ? parts.slice(1).join(' ') : fullName.trim();
}
