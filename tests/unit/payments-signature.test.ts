import { describe, expect, it } from 'vitest';
import { signBody, verifyBody } from '@/lib/payments';

const secret = 'sandbox-callback-secret';
const body = '{"paymentId":"p-1","status":"succeeded","amountKopecks":123456}';
const good = signBody(body, secret);

describe('a signed provider callback', () => {
  it('signs with HMAC-SHA256 as lowercase hex', () => {
    // RFC 4231 test case 2.
    expect(signBody('what do ya want for nothing?', 'Jefe')).toBe(
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
    expect(good).toMatch(/^[0-9a-f]{64}$/);
  });

  it('accepts the body it was signed over', () => {
    expect(verifyBody(body, good, secret)).toBe(true);
  });

  it('accepts the same signature in uppercase hex (the same bytes)', () => {
    expect(verifyBody(body, good.toUpperCase(), secret)).toBe(true);
  });

  it.each([
    ['a tampered body', body.replace('123456', '923456'), good, secret],
    ['a body with a trailing newline', `${body}\n`, good, secret],
    ['a wrong secret', body, good, 'another-secret'],
    ['an empty secret', body, signBody(body, secret), ''],
    ['a missing signature (null)', body, null, secret],
    ['a missing signature (undefined)', body, undefined, secret],
    ['an empty signature', body, '', secret],
    ['a signature one byte short', body, good.slice(0, -2), secret],
    ['a signature one byte long', body, `${good}00`, secret],
    ['a signature that is not hex', body, `${good.slice(0, -1)}g`, secret],
    ['a signature with a prefix', body, `sha256=${good}`, secret],
    ['a signature with spaces around it', body, ` ${good} `, secret],
    ['a base64 signature', body, Buffer.from(good, 'hex').toString('base64'), secret],
  ])('refuses %s without throwing', (_case, text, signature, key) => {
    expect(verifyBody(text, signature, key)).toBe(false);
  });
});
