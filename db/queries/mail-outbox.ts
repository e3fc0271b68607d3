import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { db, rowsOf, type Db, type Tx } from '@/db';
import { outboxMails } from '@/db/schema';
import { sendMail } from '@/server/mail';

// The outbox of the portal's mail (decision 021). A message is written, already rendered, with the
// caller's transaction: it is sent if and only if its event committed, and never lost in between.

export type OutgoingMail = {
  /** The person it is for, if it is for an account. */
  userId: string | null;
  to: string;
  subject: string;
  text: string;
  /** What it is, for the log: a notification kind, `passwordReset`… */
  kind: string;
};

/** Queues a message with the caller's transaction; call `kickMailDelivery()` after it commits. */
export async function queueMail(tx: Db | Tx, mail: OutgoingMail, now: Date = new Date()) {
  await tx.insert(outboxMails).values({ ...mail, nextAt: now, createdAt: now });
}

/** A refused message is tried again after 2, 4, 8 and 16 minutes, then given up. */
export const MAIL_ATTEMPTS = 5;
const retryDelayMs = (attempts: number) => 2 ** attempts * 60_000;

type Claimed = {
  id: string;
  to: string;
  subject: string;
  text: string;
  kind: string;
  attempts: number;
};

/**
 * Sends the messages that are due, at most `limit`, and answers how many were sent. Each is claimed
 * (`sending`) in a committed statement before it is sent, so two senders never send one twice; one
 * the mail server accepted is marked `sent`, one it refused is tried again later. A sender that dies
 * between the claim and the answer leaves the message `sending`: it is not sent again (at most once).
 */
export async function sendPendingMails(now: Date = new Date(), limit = 50): Promise<number> {
  const claimed = await rowsOf<Claimed>(
    db.execute(sql`
      update ${outboxMails}
      set status = 'sending', attempts = attempts + 1
      where id in (
        select id from ${outboxMails}
        where status = 'pending' and next_at <= ${now.toISOString()}::timestamptz
        order by next_at
        limit ${limit}
        for update skip locked)
      returning id, "to", subject, text, kind, attempts`),
  );
  let sent = 0;
  for (const mail of claimed) {
    let failure: unknown;
    try {
      await sendMail({ to: mail.to, subject: mail.subject, text: mail.text });
    } catch (error) {
      failure = error ?? new Error('refused');
    }
    if (failure === undefined) {
      // Accepted by the mail server: if this mark fails, the message stays `sending`, never resent.
      await db
        .update(outboxMails)
        .set({ status: 'sent', sentAt: new Date(), error: null })
        .where(eq(outboxMails.id, mail.id));
      sent++;
      continue;
    }
    const reason = failure instanceof Error ? failure.message : String(failure);
    console.error(`[mail] ${mail.kind} mail ${mail.id} failed:`, reason);
    const last = mail.attempts >= MAIL_ATTEMPTS;
    await db
      .update(outboxMails)
      .set({
        status: last ? 'failed' : 'pending',
        nextAt: last ? undefined : new Date(now.getTime() + retryDelayMs(mail.attempts)),
        error: reason.slice(0, 500),
      })
      .where(eq(outboxMails.id, mail.id));
  }
  return sent;
}

// One sender at a time in this process: a kick while one runs sends again after it, so a message
// written during a run is not left to the next minute's job.
let sending: Promise<void> = Promise.resolve();

/** Sends the messages due now, after any send already under way; never rejects. */
export function kickMailDelivery(): Promise<void> {
  sending = sending.then(() =>
    sendPendingMails().then(
      () => undefined,
      (error: unknown) => console.error('[mail] delivery failed:', error),
    ),
  );
  return sending;
}
