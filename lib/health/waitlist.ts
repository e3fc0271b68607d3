// The waitlist: a freed slot goes to whoever has waited longest for that specialty at that clinic,
// and is held for them for a limited time before it passes on.

import type { Specialty } from './specialties';

export const OFFER_HOLD_MINUTES = 30;

export type WaitlistStatus = 'waiting' | 'offered' | 'served' | 'left' | 'expired';

export type WaitlistEntry = {
  id: string;
  specialty: Specialty;
  clinicId: string;
  joinedAt: Date;
  status: WaitlistStatus;
};

/** Until when an offer made at `now` is held. */
export function offerExpiresAt(now: Date): Date {
  return new Date(now.getTime() + OFFER_HOLD_MINUTES * 60_000);
}

/** The earliest-joined entry still waiting for the slot's specialty and clinic (ties: by id), or null. */
export function nextWaiting<E extends WaitlistEntry>(
  entries: readonly E[],
  slot: { specialty: Specialty; clinicId: string },
): E | null {
  let first: E | null = null;
  for (const e of entries) {
    if (e.status !== 'waiting' || e.specialty !== slot.specialty || e.clinicId !== slot.clinicId)
      continue;
    const earlier =
      first === null ||
      e.joinedAt.getTime() < first.joinedAt.getTime() ||
      (e.joinedAt.getTime() === first.joinedAt.getTime() && e.id < first.id);
    if (earlier) first = e;
  }
  return first;
}
