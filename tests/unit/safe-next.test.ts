import { describe, expect, it } from 'vitest';
import { safeNextPath } from '@/lib/auth/safe-next';

describe('where to go after signing in', () => {
  it.each([
    ['/cabinet', '/cabinet'],
    ['/profile', '/profile'],
    ['/cabinet/meters?apartment=2#water', '/cabinet/meters?apartment=2#water'],
    ['/services/%D0%B2%D0%BE%D0%B4%D0%B0', '/services/%D0%B2%D0%BE%D0%B4%D0%B0'],
    ['/', '/'],
  ])('follows the path %j', (next, expected) => {
    expect(safeNextPath(next)).toBe(expected);
  });

  it.each([
    [undefined],
    [null],
    [''],
    [['/profile']],
    ['cabinet'],
    ['//evil.example'],
    ['//evil.example/cabinet'],
    ['///evil.example'],
    ['/\\evil.example'],
    ['\\/evil.example'],
    ['/\t/evil.example'],
    ['/\n/evil.example'],
    [' /cabinet'],
    ['https://evil.example/'],
    ['http://localhost:3000/cabinet'],
    ['javascript:alert(1)'],
    ['data:text/html,hi'],
    ['/login'],
    ['/login?next=/cabinet'],
    ['/register'],
    ['/api/auth/signout'],
    [`/${'a'.repeat(2048)}`],
  ])('refuses %j and goes to the cabinet', (next) => {
    expect(safeNextPath(next)).toBe('/cabinet');
  });

  it('uses the given fallback', () => {
    expect(safeNextPath('//evil.example', '/')).toBe('/');
  });
});
