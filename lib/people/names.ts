/**
 * How the portal addresses a person. Names are kept as «Фамилия Имя Отчество»; the polite Russian
 * address is «Имя Отчество». With fewer than three parts the order is unknown, so the whole name
 * is used.
 */
export function addressName(fullName: string): string {
  const parts = fullName.trim().split(/\s+/).filter(Boolean);
  return parts.length >= 3 ? parts.slice(1).join(' ') : parts.join(' ');
}

// Patronymics whose stem changes: the fleeting «е» of Павел and Лев, the «й» of Михаил, the soft
// sign of Юрий and Игорь, and the names in -а/-я.
const irregularPatronymics: Record<string, readonly [male: string, female: string]> = {
  Павел: ['Павлович', 'Павловна'],
  Лев: ['Львович', 'Львовна'],
  Михаил: ['Михайлович', 'Михайловна'],
  Юрий: ['Юрьевич', 'Юрьевна'],
  Игорь: ['Игоревич', 'Игоревна'],
  Никита: ['Никитич', 'Никитична'],
  Илья: ['Ильич', 'Ильинична'],
  Фома: ['Фомич', 'Фоминична'],
};

/** The patronymic a son or a daughter of `father` (a first name) bears. */
export function patronymic(father: string, female: boolean): string {
  const irregular = irregularPatronymics[father];
  if (irregular) return irregular[female ? 1 : 0];
  // Сергей → Сергеевич, Николай → Николаевич, Дмитрий → Дмитриевич.
  if (father.endsWith('й')) return father.slice(0, -1) + (female ? 'евна' : 'евич');
  // Александр → Александрович, Пётр → Петрович.
  return father.replace('ё', 'е') + (female ? 'овна' : 'ович');
}
