import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { users } from '@/db/schema';
import { demoAccounts } from '@/db/seed';
import type { Viewer } from '@/lib/auth/roles';

/** A seeded demo account as the viewer the DAL expects (what a signed-in session resolves to). */
export async function viewerOf(email: (typeof demoAccounts)[number]['email']): Promise<Viewer> {
  const [row] = await db
    .select({ id: users.id, role: users.role, fullName: users.fullName })
    .from(users)
    .where(eq(users.email, email));
  if (!row) throw new Error(`no seeded account ${email}`);
  return row;
}

let counter = 0;
/** A fresh resident with nothing linked, written straight to the database. */
export async function newResident(): Promise<Viewer> {
  counter += 1;
  const n = `${Date.now()}${counter}`.slice(-9);
  const [row] = await db
    .insert(users)
    .values({
      fullName: 'Тестова Вера Петровна',
      email: `test${n}@moygorod.test`,
      phone: `+79${n.padStart(9, '0')}`,
      passwordHash: 'not-a-usable-hash',
    })
    .returning({ id: users.id, role: users.role, fullName: users.fullName });
  return row!;
}
