/** How the portal addresses a person named `Фамилия Имя Отчество`: by name and patronymic. */
export function addressName(fullName: string): string {
  const parts = fullName.trim().split(/\s+/);
  return parts.length >= 2 ? parts.slice(1).join(' ') : fullName.trim();
}
