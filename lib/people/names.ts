/**
 * How the portal addresses a person. Names are kept as «Фамилия Имя Отчество»; the polite Russian
 * address is «Имя Отчество». With fewer than three parts the order is unknown, so the whole name
 * is used.
 */
export function addressName(fullName: string): string {
  const parts = fullName.trim().split(/\s+/).filter(Boolean);
  return parts.length >= 3 ? parts.slice(1).join(' ') : parts.join(' ');
}
