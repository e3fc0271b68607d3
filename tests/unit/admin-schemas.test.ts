import { describe, expect, it } from 'vitest';
import { auditParamsSchema, changeRoleSchema, userListParamsSchema } from '@/lib/admin/schemas';

const ID = '6f1c2a7e-8d4b-4c3a-9e2f-1a2b3c4d5e6f';

describe('the role change form', () => {
  it.each([
    [{ userId: ID, role: 'marketing' }, true],
    [{ userId: ID, role: 'admin' }, true],
    [{ userId: ID, role: 'superuser' }, false],
    [{ userId: ID, role: '' }, false],
    [{ userId: ID }, false],
    [{ userId: "1' OR '1'='1", role: 'admin' }, false],
    [{ userId: '', role: 'admin' }, false],
  ])('%o is accepted: %s', (input, ok) => {
    expect(changeRoleSchema.safeParse(input).success).toBe(ok);
  });

  it('answers a forged role with the invalid-value message', () => {
    const result = changeRoleSchema.safeParse({ userId: ID, role: 'root' });
    expect(result.error?.issues[0]).toMatchObject({ path: ['role'], message: 'invalid' });
  });
});

describe('the user list address', () => {
  it.each([
    [{}, { q: '', page: 1 }],
    [
      { q: '  Петров ', page: '2' },
      { q: 'Петров', page: 2 },
    ],
    [
      { q: ['a', 'b'], page: ['3', '4'] },
      { q: 'a', page: 3 },
    ],
    [{ page: '0' }, { q: '', page: 1 }],
    [{ page: '-5' }, { q: '', page: 1 }],
    [{ page: '2.5' }, { q: '', page: 1 }],
    [{ page: 'abc' }, { q: '', page: 1 }],
    [{ page: '1e12' }, { q: '', page: 1 }],
    [{ q: 'x'.repeat(5000) }, { q: 'x'.repeat(100), page: 1 }],
  ])('%o → %o', (input, expected) => {
    expect(userListParamsSchema.parse(input)).toEqual(expected);
  });
});

describe('the audit log address', () => {
  it.each([
    [{}, undefined],
    [{ before: '120' }, 120],
    [{ before: ['7', '9'] }, 7],
    [{ before: '0' }, undefined],
    [{ before: '' }, undefined],
    [{ before: 'DROP TABLE' }, undefined],
    [{ before: '99999999999999999999' }, undefined],
  ])('%o → before %s', (input, before) => {
    expect(auditParamsSchema.parse(input).before).toBe(before);
  });
});
