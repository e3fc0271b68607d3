import 'server-only';
import { eq } from 'drizzle-orm';
import { db } from '@/db';
import { children } from '@/db/schema';
import type { NotificationParams } from '@/lib/notifications/render';

// A registry record as a resident proves it is theirs, for the cabinet's one link path
// (db/queries/links.ts): the look-up takes the proof as its schema normalised it and answers the
// record with what its notices say of it, or null. A wrong half of a proof is answered as an unknown
// one, so neither reveals that the other is right.

type Found = { id: string; params: NotificationParams } | null;

/**
 * A child by their birth certificate, for a person who has confirmed being the child's legal
 * representative (the schema requires it; without it nothing is found).
 */
export async function findChild(input: {
  birthCertificate: string;
  confirmRepresentative: true;
}): Promise<Found> {
  if (input.confirmRepresentative !== true) return null;
  const [child] = await db
    .select({ id: children.id, fullName: children.fullName })
    .from(children)
    .where(eq(children.birthCertificate, input.birthCertificate));
  return child ? { id: child.id, params: { name: child.fullName } } : null;
}

export async function childParams(id: string): Promise<NotificationParams> {
  const [child] = await db
    .select({ fullName: children.fullName })
    .from(children)
    .where(eq(children.id, id));
  return { name: child?.fullName ?? '' };
}
