import { describe, expect, it } from 'vitest';
import {
  listNotifications,
  markAllRead,
  markRead,
  NOTIFICATIONS_PAGE_SIZE,
  postNotification,
  unreadCount,
} from '@/db/queries/notifications';
import { newResident } from '../setup/fixtures';

describe('the inbox', () => {
  it('lists what was posted to the person, newest first, all unread', async () => {
    const me = await newResident();
    await postNotification(me.id, { kind: 'vehicleLinked', params: { plate: 'М456ОР199' } });
    await postNotification(me.id, { kind: 'vehicleUnlinked', href: '/cabinet' });
    const inbox = await listNotifications(me);
    expect(inbox).toMatchObject({ total: 2, unread: 2, page: 1, pageCount: 1 });
    expect(inbox?.items.map((n) => [n.kind, n.readAt])).toEqual([
      ['vehicleUnlinked', null],
      ['vehicleLinked', null],
    ]);
    expect(inbox?.items[1]?.params).toEqual({ plate: 'М456ОР199' });
    expect(await unreadCount(me)).toBe(2);
  });

  it('marks one read for its owner only, and answers where it points', async () => {
    const [me, other] = await Promise.all([newResident(), newResident()]);
    const { id } = await postNotification(me.id, {
      kind: 'apartmentLinked',
      href: '/cabinet/apartments/6f1c2a7e-8d4b-4c3a-9e2f-1a2b3c4d5e6f',
    });
    await postNotification(me.id, { kind: 'childLinked' });

    expect(await markRead(other, id)).toBeNull();
    expect(await unreadCount(me)).toBe(2);

    expect(await markRead(me, id)).toEqual({
      href: '/cabinet/apartments/6f1c2a7e-8d4b-4c3a-9e2f-1a2b3c4d5e6f',
    });
    expect(await unreadCount(me)).toBe(1);
    const read = (await listNotifications(me))?.items.find((n) => n.id === id);
    expect(read?.readAt).toBeInstanceOf(Date);

    expect(await markRead(me, 'not-a-uuid')).toBeNull();
    expect(await markRead(null, id)).toBeNull();
  });

  it('marks all of the viewer’s read and leaves everyone else’s alone', async () => {
    const [me, other] = await Promise.all([newResident(), newResident()]);
    await postNotification(me.id, { kind: 'childLinked' });
    await postNotification(me.id, { kind: 'childUnlinked' });
    await postNotification(other.id, { kind: 'childLinked' });
    expect(await markAllRead(me)).toBe(2);
    expect(await unreadCount(me)).toBe(0);
    expect(await unreadCount(other)).toBe(1);
    expect(await markAllRead(me)).toBe(0);
  });

  it('pages past twenty and clamps a page out of range', async () => {
    const me = await newResident();
    for (let i = 0; i < NOTIFICATIONS_PAGE_SIZE + 3; i++)
      await postNotification(me.id, { kind: 'vehicleLinked', params: { plate: `A${i}` } });
    const second = await listNotifications(me, 2);
    expect(second).toMatchObject({ page: 2, pageCount: 2, total: NOTIFICATIONS_PAGE_SIZE + 3 });
    expect(second?.items).toHaveLength(3);
    expect((await listNotifications(me, 99))?.page).toBe(2);
    expect((await listNotifications(me, -5))?.page).toBe(1);
    expect(await listNotifications(null)).toBeNull();
  });

  it('refuses to store a link that leads off the site', async () => {
    const me = await newResident();
    for (const href of ['https://evil.example/', '//evil.example', '/\\evil.example'])
      await expect(postNotification(me.id, { kind: 'x', href })).rejects.toThrow();
    expect((await listNotifications(me))?.total).toBe(0);
  });
});
