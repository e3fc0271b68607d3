import { encode } from 'next-auth/jwt';
import { describe, expect, it } from 'vitest';
import { sessionOf } from '@/server/auth/session';

// The session cookie as Auth.js writes it, read back the way every request reads it.
const secret = 'a-test-secret-of-at-least-thirty-two-characters';
const name = 'authjs.session-token';
const options = { secret, secureCookie: false };

const cookieWith = async (claims: Record<string, unknown>, maxAge = 3600) =>
  `theme=dark; ${name}=${await encode({ token: claims, secret, salt: name, maxAge })}`;

describe('reading the session cookie', () => {
  it('gives the person and token version of a signed-in browser', async () => {
    const cookie = await cookieWith({ sub: 'user-1', tv: 3 });
    expect(await sessionOf(cookie, options)).toMatchObject({ userId: 'user-1', tokenVersion: 3 });
    // Read again (from the process's memory this time), the answer is the same.
    expect(await sessionOf(cookie, options)).toMatchObject({ userId: 'user-1', tokenVersion: 3 });
  });

  it('refuses a cookie sealed with another secret, a tampered one and none at all', async () => {
    const cookie = await cookieWith({ sub: 'user-2', tv: 0 });
    expect(await sessionOf(cookie, { ...options, secret: `${secret}-rotated` })).toBeNull();
    expect(await sessionOf(cookie.slice(0, -4) + 'AAAA', options)).toBeNull();
    expect(await sessionOf('theme=dark', options)).toBeNull();
  });

  it('refuses a token without the claims the portal puts in it', async () => {
    expect(await sessionOf(await cookieWith({ sub: 'user-3' }), options)).toBeNull();
  });

  it('ends a session when its token expires, even one read before', async () => {
    const cookie = await cookieWith({ sub: 'user-4', tv: 1 }, 60);
    const session = await sessionOf(cookie, options);
    expect(session).not.toBeNull();
    expect(await sessionOf(cookie, { ...options, now: session!.expiresAt + 1 })).toBeNull();
    expect(await sessionOf(await cookieWith({ sub: 'user-5', tv: 1 }, -60), options)).toBeNull();
  });

  it('reads the production cookie under its __Secure- name only when cookies are secure', async () => {
    const secure = `__Secure-${name}`;
    const token = await encode({ token: { sub: 'user-6', tv: 0 }, secret, salt: secure });
    expect(await sessionOf(`${secure}=${token}`, { secret, secureCookie: true })).toMatchObject({
      userId: 'user-6',
    });
    expect(await sessionOf(`${secure}=${token}`, options)).toBeNull();
  });
});
