import { describe, expect, it } from 'vitest';
import {
  canChangeRole,
  canEditPromoPages,
  canListUsers,
  canManagePayments,
  canModerateContests,
  canReadAuditLog,
  canReadStatistics,
  canSeeOwnedRecord,
  canSeeSignUps,
  canUseResidentServices,
} from '@/lib/auth/policy';
import type { Viewer } from '@/lib/auth/roles';

const resident: Viewer = { id: 'u-resident', role: 'resident', fullName: 'Иванова Анна' };
const marketing: Viewer = { id: 'u-marketing', role: 'marketing', fullName: 'Соколова Дарья' };
const admin: Viewer = { id: 'u-admin', role: 'admin', fullName: 'Кузнецов Михаил' };
const viewers = { resident, marketing, admin, nobody: null } as const;
type Who = keyof typeof viewers;

// Each row: who may do it. Everyone not listed may not.
const table: [string, (v: Viewer | null) => boolean, Who[]][] = [
  ['use resident services', canUseResidentServices, ['resident', 'marketing', 'admin']],
  ['list users', canListUsers, ['admin']],
  ['read the audit log', canReadAuditLog, ['admin']],
  ['see every payment and refund one', canManagePayments, ['admin']],
  ['read statistics', canReadStatistics, ['admin']],
  ['edit promo pages', canEditPromoPages, ['marketing', 'admin']],
  ['moderate contests', canModerateContests, ['marketing', 'admin']],
  ['see sign-ups', canSeeSignUps, ['marketing', 'admin']],
];

describe.each(table)('who may %s', (_action, can, allowed) => {
  it.each(Object.keys(viewers) as Who[])('%s', (who) => {
    expect(can(viewers[who])).toBe(allowed.includes(who));
  });
});

describe('own records', () => {
  it.each([
    [resident, resident.id, true],
    [resident, marketing.id, false],
    [admin, resident.id, false], // admins do not read residents' records either
    [null, resident.id, false],
    [resident, null, false],
    [resident, undefined, false],
  ])('%o sees a record of %s: %s', (viewer, ownerId, expected) => {
    expect(canSeeOwnedRecord(viewer, ownerId)).toBe(expected);
  });
});

describe('changing roles', () => {
  it.each([
    ['admin makes a resident marketing', admin, resident, 'marketing', true],
    ['admin makes marketing an admin', admin, marketing, 'admin', true],
    ['admin demotes themselves', admin, admin, 'resident', false],
    ['admin sets the role a person already has', admin, resident, 'resident', false],
    ['marketing promotes a resident', marketing, resident, 'marketing', false],
    ['a resident promotes themselves', resident, resident, 'admin', false],
    ['nobody signed in', null, resident, 'admin', false],
  ] as const)('%s: %s', (_case, viewer, target, to, expected) => {
    expect(canChangeRole(viewer, target, to)).toBe(expected);
  });
});
