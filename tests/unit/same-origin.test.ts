import { describe, expect, it } from 'vitest';
import { allowedOriginsOf, isCrossOrigin } from '@/lib/security/same-origin';

describe('a form post from another site', () => {
  const allowed = allowedOriginsOf(' pay.moygorod.ru, *.mos.example ');

  it.each([
    // [Origin, Host, cross-origin]
    ['http://localhost:3000', 'localhost:3000', false],
    ['https://moygorod.ru', 'MoyGorod.ru', false],
    ['http://evil.example', 'localhost:3000', true],
    ['http://localhost:3001', 'localhost:3000', true],
    ['https://moygorod.ru.evil.example', 'moygorod.ru', true],
    ['null', 'moygorod.ru', true],
    ['not a url', 'moygorod.ru', true],
    ['https://pay.moygorod.ru', 'moygorod.ru', false],
    ['https://a.mos.example', 'moygorod.ru', false],
    ['https://mos.example.evil', 'moygorod.ru', true],
    // A proxy's X-Forwarded-Host may list several: the first is the client's.
    ['https://moygorod.ru', 'moygorod.ru, internal:3000', false],
  ] as const)('Origin %s to host %s: %s', (origin, host, cross) => {
    expect(isCrossOrigin(origin, host, allowed)).toBe(cross);
  });

  it('leaves a post without an Origin to the other checks', () => {
    expect(isCrossOrigin(null, 'moygorod.ru', [])).toBe(false);
  });
});
