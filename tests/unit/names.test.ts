import { describe, expect, it } from 'vitest';
import { fatherNames } from '@/db/seed/names';
import { addressName, patronymic } from '@/lib/people/names';

describe('addressName', () => {
  it.each([
    ['Кузнецов Михаил Андреевич', 'Михаил Андреевич'],
    ['  Иванова   Анна Сергеевна ', 'Анна Сергеевна'],
    ['Мамедов Эльдар Рашид оглы', 'Эльдар Рашид оглы'],
    ['Анна Смирнова', 'Анна Смирнова'],
    ['Smith', 'Smith'],
  ])('greets «%s» as «%s»', (fullName, expected) => {
    expect(addressName(fullName)).toBe(expected);
  });
});

describe('patronymic', () => {
  it.each([
    ['Александр', 'Александрович', 'Александровна'],
    ['Сергей', 'Сергеевич', 'Сергеевна'],
    ['Дмитрий', 'Дмитриевич', 'Дмитриевна'],
    ['Андрей', 'Андреевич', 'Андреевна'],
    ['Алексей', 'Алексеевич', 'Алексеевна'],
    ['Иван', 'Иванович', 'Ивановна'],
    ['Михаил', 'Михайлович', 'Михайловна'],
    ['Николай', 'Николаевич', 'Николаевна'],
    ['Владимир', 'Владимирович', 'Владимировна'],
    ['Павел', 'Павлович', 'Павловна'],
    ['Юрий', 'Юрьевич', 'Юрьевна'],
    ['Игорь', 'Игоревич', 'Игоревна'],
    ['Виктор', 'Викторович', 'Викторовна'],
    ['Петр', 'Петрович', 'Петровна'],
    ['Пётр', 'Петрович', 'Петровна'],
    ['Лев', 'Львович', 'Львовна'],
    ['Никита', 'Никитич', 'Никитична'],
    ['Илья', 'Ильич', 'Ильинична'],
  ])('of %s: %s, %s', (father, son, daughter) => {
    expect(patronymic(father, false)).toBe(son);
    expect(patronymic(father, true)).toBe(daughter);
  });

  it('is right for every father’s name the demo city is seeded with', () => {
    const known = new Set(['Юрий', 'Игорь', 'Павел', 'Михаил']);
    for (const father of fatherNames) {
      const son = patronymic(father, false);
      expect(son, father).toMatch(/(ович|евич|ич)$/);
      // No stem left unchanged where Russian changes it.
      if (known.has(father)) expect(son.startsWith(father), father).toBe(false);
    }
  });
});
