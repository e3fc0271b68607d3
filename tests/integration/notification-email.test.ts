import { createServer, type Server, type Socket } from 'node:net';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/db';
import { sendPendingMails } from '@/db/queries/mail-outbox';
import {
  insertNotification,
  listNotifications,
  postNotification,
} from '@/db/queries/notifications';
import { outboxMails, users } from '@/db/schema';
import { newResident } from '../setup/fixtures';

// A tiny SMTP server: enough of the protocol for nodemailer to deliver a message, or to refuse it.
type Received = { to: string; data: string };
const received: Received[] = [];
let refuse = false;
let server: Server;

function session(socket: Socket) {
  let buffer = '';
  let inData = false;
  let to = '';
  const reply = (line: string) => socket.write(`${line}\r\n`);
  reply('220 test ESMTP');
  socket.on('data', (chunk) => {
    buffer += chunk.toString('utf8');
    for (;;) {
      if (inData) {
        const end = buffer.indexOf('\r\n.\r\n');
        if (end < 0) return;
        received.push({ to, data: buffer.slice(0, end) });
        buffer = buffer.slice(end + 5);
        inData = false;
        reply('250 queued');
        continue;
      }
      const eol = buffer.indexOf('\r\n');
      if (eol < 0) return;
      const line = buffer.slice(0, eol);
      buffer = buffer.slice(eol + 2);
      const verb = line.slice(0, 4).toUpperCase();
      if (verb === 'EHLO' || verb === 'HELO') reply('250 test');
      else if (verb === 'MAIL') reply(refuse ? '554 no thanks' : '250 ok');
      else if (verb === 'RCPT') {
        to = line.replace(/^RCPT TO:\s*<(.*)>.*$/i, '$1');
        reply('250 ok');
      } else if (verb === 'DATA') {
        inData = true;
        reply('354 go on');
      } else if (verb === 'QUIT') {
        reply('221 bye');
        socket.end();
      } else reply('250 ok');
    }
  });
}

beforeAll(async () => {
  server = createServer(session);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  // env() is read on first use, so this file's DAL sees the test mail server.
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
});

afterAll(async () => {
  delete process.env.SMTP_URL;
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** Quoted-printable text (the body, and `Q` encoded words in headers) as a reader sees it. */
function quotedPrintable(text: string): string {
  const soft = text.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < soft.length; i++) {
    const hex = soft.slice(i + 1, i + 3);
    if (soft[i] === '=' && /^[0-9A-F]{2}$/.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else bytes.push(soft.charCodeAt(i));
  }
  return Buffer.from(bytes).toString('utf8');
}

function parseMail(raw: string) {
  const split = raw.indexOf('\r\n\r\n');
  const [head, body] = [raw.slice(0, split), raw.slice(split + 4)];
  const subjectLine = /^Subject: (.*(?:\r\n .*)*)/m.exec(head)?.[1] ?? '';
  const subject = [...subjectLine.matchAll(/=\?UTF-8\?Q\?(.*?)\?=/g)]
    .map((m) => quotedPrintable(m[1]!.replace(/_/g, ' ')))
    .join('');
  return { subject: subject || subjectLine, body: quotedPrintable(body) };
}

describe('e-mail copies of notifications', () => {
  it('are sent in the language the person chose', async () => {
    const me = await newResident();
    await db.update(users).set({ locale: 'en' }).where(eq(users.id, me.id));
    const [row] = await db.select({ email: users.email }).from(users).where(eq(users.id, me.id));

    const { delivery } = await postNotification(me.id, {
      kind: 'vehicleLinked',
      params: { model: 'Lada Granta', plate: 'Т789СХ750' },
      href: '/cabinet',
    });
    await delivery;

    const mail = received.find((m) => m.to === row!.email);
    expect(mail).toBeDefined();
    const { subject, body } = parseMail(mail!.data);
    expect(subject).toBe('Vehicle added to your account — Moy Gorod');
    expect(body).toContain('Lada Granta, plate Т789СХ750, is now linked to your account.');
  });

  it('never fail the service that posts: the notification stays in the inbox', async () => {
    const me = await newResident();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    refuse = true;
    try {
      const { delivery } = await postNotification(me.id, { kind: 'childLinked' });
      await expect(delivery).resolves.toBeUndefined();
    } finally {
      refuse = false;
    }
    expect(logged).toHaveBeenCalledWith(
      expect.stringContaining('childLinked mail'),
      expect.any(String),
    );
    logged.mockRestore();
    expect((await listNotifications(me))?.items.map((n) => n.kind)).toEqual(['childLinked']);
  });
});

describe('the outbox: a message is never lost, and mailed at most once', () => {
  const mailsTo = async (userId: string) => {
    const [row] = await db.select({ email: users.email }).from(users).where(eq(users.id, userId));
    return received.filter((m) => m.to === row!.email).length;
  };

  it('mails a message written with its event even when the process died before sending', async () => {
    const me = await newResident();
    // The event and its message commit together; the sender never ran (the process died here).
    await db.transaction(async (tx) => {
      await insertNotification(tx, me.id, { kind: 'childLinked' });
    });
    expect(await mailsTo(me.id)).toBe(0);
    expect((await listNotifications(me))?.items.map((n) => n.kind)).toEqual(['childLinked']);

    // The next run of the job finds it and sends it, once.
    await sendPendingMails(new Date());
    await sendPendingMails(new Date());
    expect(await mailsTo(me.id)).toBe(1);
  });

  it('writes nothing, and mails nothing, for an event that rolled back', async () => {
    const me = await newResident();
    await expect(
      db.transaction(async (tx) => {
        await insertNotification(tx, me.id, { kind: 'childLinked' });
        throw new Error('the event failed');
      }),
    ).rejects.toThrow('the event failed');
    await sendPendingMails(new Date());
    expect(await mailsTo(me.id)).toBe(0);
    expect((await listNotifications(me))?.items).toEqual([]);
  });

  it('tries a refused copy again later, and sends it once it is accepted', async () => {
    const me = await newResident();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    refuse = true;
    try {
      await (
        await postNotification(me.id, { kind: 'childUnlinked' })
      ).delivery;
    } finally {
      refuse = false;
      logged.mockRestore();
    }
    expect(await mailsTo(me.id)).toBe(0);
    // Not before its retry time; then sent, and not again.
    await sendPendingMails(new Date());
    expect(await mailsTo(me.id)).toBe(0);
    const later = new Date(Date.now() + 3 * 60_000);
    await sendPendingMails(later);
    await sendPendingMails(later);
    expect(await mailsTo(me.id)).toBe(1);
  });

  it('never sends again a copy a sender claimed and then died with', async () => {
    const me = await newResident();
    await db.transaction((tx) => insertNotification(tx, me.id, { kind: 'childLinked' }));
    // Claimed (as a sender does just before it sends), and the sender was gone before it heard back.
    await db.update(outboxMails).set({ status: 'sending' }).where(eq(outboxMails.userId, me.id));
    await sendPendingMails(new Date(Date.now() + 60 * 60_000));
    expect(await mailsTo(me.id)).toBe(0);
  });
});
