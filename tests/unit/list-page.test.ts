import { describe, expect, it } from 'vitest';
import { pageOf } from '@/lib/lists/page';

describe('a page of a list', () => {
  it.each([
    // [total, requested, size, page, pageCount, offset]
    [0, 1, 20, 1, 1, 0],
    [45, 1, 20, 1, 3, 0],
    [45, 3, 20, 3, 3, 40],
    [45, 9, 20, 3, 3, 40],
    [45, 0, 20, 1, 3, 0],
    [45, -2, 20, 1, 3, 0],
    [45, 2.5, 20, 1, 3, 0],
    [45, Number.NaN, 20, 1, 3, 0],
    [40, 2, 20, 2, 2, 20],
  ])(
    '%i rows, page %d asked, %i a page → page %i of %i',
    (total, requested, size, page, pageCount, offset) => {
      expect(pageOf(total, requested, size)).toEqual({ page, pageCount, offset });
    },
  );
});
