import type { Random } from './random';

const maleFirst = [
  'Александр',
  'Сергей',
  'Дмитрий',
  'Андрей',
  'Алексей',
  'Максим',
  'Иван',
  'Михаил',
  'Николай',
  'Владимир',
  'Павел',
  'Артём',
  'Егор',
  'Кирилл',
  'Роман',
  'Олег',
] as const;
const femaleFirst = [
  'Анна',
  'Мария',
  'Елена',
  'Ольга',
  'Наталья',
  'Татьяна',
  'Ирина',
  'Екатерина',
  'Светлана',
  'Юлия',
  'Дарья',
  'Анастасия',
  'Ксения',
  'Полина',
  'Виктория',
  'Софья',
] as const;
const fatherNames = [
  'Александр',
  'Сергей',
  'Дмитрий',
  'Андрей',
  'Алексей',
  'Иван',
  'Михаил',
  'Николай',
  'Владимир',
  'Павел',
  'Юрий',
  'Игорь',
  'Виктор',
  'Петр',
] as const;
// Surnames given in the masculine form; the feminine is derived.
const surnames = [
  'Иванов',
  'Смирнов',
  'Кузнецов',
  'Попов',
  'Васильев',
  'Петров',
  'Соколов',
  'Михайлов',
  'Новиков',
  'Фёдоров',
  'Морозов',
  'Волков',
  'Алексеев',
  'Лебедев',
  'Семёнов',
  'Егоров',
  'Павлов',
  'Козлов',
  'Степанов',
  'Николаев',
  'Орлов',
  'Андреев',
  'Макаров',
  'Никитин',
  'Захаров',
  'Зайцев',
  'Соловьёв',
  'Борисов',
  'Яковлев',
  'Григорьев',
  'Романов',
  'Воробьёв',
  'Сергеев',
  'Кузьмин',
  'Фролов',
  'Александров',
  'Дмитриев',
  'Королёв',
  'Гусев',
  'Киселёв',
  'Ильин',
  'Максимов',
  'Поляков',
  'Сорокин',
  'Виноградов',
  'Ковалёв',
  'Белов',
  'Медведев',
  'Антонов',
  'Тарасов',
  'Жуков',
  'Баранов',
  'Филиппов',
  'Комаров',
  'Давыдов',
  'Беляев',
  'Герасимов',
  'Богданов',
  'Осипов',
  'Сидоров',
] as const;

function patronymic(father: string, female: boolean): string {
  const irregular: Record<string, [string, string]> = {
    Никита: ['Никитич', 'Никитична'],
    Илья: ['Ильич', 'Ильинична'],
  };
  if (irregular[father]) return irregular[father][female ? 1 : 0];
  if (father.endsWith('й')) return father.slice(0, -1) + (female ? 'евна' : 'евич');
  return father + (female ? 'овна' : 'ович');
}

export type Person = { fullName: string; female: boolean; surname: string };

/** A Russian full name, «Фамилия Имя Отчество»; pass a surname to name a family member. */
export function personName(
  random: Random,
  opts: { female?: boolean; surname?: string } = {},
): Person {
  const female = opts.female ?? random.next() < 0.5;
  const base = opts.surname ?? random.pick(surnames);
  const surname = female ? base + 'а' : base;
  const first = female ? random.pick(femaleFirst) : random.pick(maleFirst);
  return {
    fullName: `${surname} ${first} ${patronymic(random.pick(fatherNames), female)}`,
    female,
    surname: base,
  };
}

export const districts: Record<string, readonly string[]> = {
  Хамовники: [
    'ул. Льва Толстого',
    'Комсомольский проспект',
    'ул. Усачёва',
    'Фрунзенская набережная',
  ],
  Тверской: [
    'ул. Тверская',
    'ул. Малая Дмитровка',
    'Новослободская ул.',
    'ул. Садовая-Триумфальная',
  ],
  Басманный: ['ул. Покровка', 'Старая Басманная ул.', 'ул. Бауманская', 'Лялин пер.'],
  Пресненский: [
    'ул. Красная Пресня',
    'Большая Грузинская ул.',
    'ул. 1905 года',
    'Малая Грузинская ул.',
  ],
  Замоскворечье: ['ул. Большая Ордынка', 'Пятницкая ул.', 'ул. Малая Полянка', 'Кожевническая ул.'],
  Марьино: ['ул. Марьинский Парк', 'Люблинская ул.', 'Перерва ул.', 'ул. Братиславская'],
  Строгино: ['ул. Исаковского', 'Строгинский бульвар', 'ул. Маршала Катукова', 'ул. Кулакова'],
  Митино: ['Митинская ул.', 'Пятницкое шоссе', 'ул. Барышиха', 'Дубравная ул.'],
  'Южное Бутово': ['ул. Поляны', 'бульвар Адмирала Ушакова', 'ул. Изюмская', 'Чечёрский проезд'],
  Измайлово: [
    'Измайловский проспект',
    '9-я Парковая ул.',
    'Первомайская ул.',
    'ул. Константина Федина',
  ],
  Отрадное: ['ул. Декабристов', 'Алтуфьевское шоссе', 'ул. Хачатуряна', 'Высоковольтный проезд'],
  'Тёплый Стан': [
    'ул. Профсоюзная',
    'ул. Островитянова',
    'ул. Генерала Тюленева',
    'Новоясеневский проспект',
  ],
};

export const districtNames = Object.keys(districts);

export function address(random: Random, district?: string): { district: string; building: string } {
  const d = district ?? random.pick(districtNames);
  const street = random.pick(districts[d]!);
  const house = random.int(1, 60);
  const korpus = random.next() < 0.3 ? `, корп. ${random.int(1, 4)}` : '';
  return { district: d, building: `г. Москва, ${street}, д. ${house}${korpus}` };
}
