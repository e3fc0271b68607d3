import { describe, expect, it } from 'vitest';
import { addressName } from '@/lib/people/names';

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
