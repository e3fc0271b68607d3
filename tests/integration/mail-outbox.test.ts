import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { postNotification } from '@/db/queries/notifications';
import { users } from '@/db/schema';
import { newResident } from '../setup/fixtures';

// Without SMTP configured, the portal's mail goes to the local outbox a developer can read, not to
// a page and not nowhere (the tests' outbox is MAIL_OUTBOX_DIR of vitest.config.ts).

const outbox = process.env.MAIL_OUTBOX_DIR!;

async function mailsTo(email: string): Promise<string[]> {
  const names = await readdir(outbox).catch(() => [] as string[]);
  const texts = await Promise.all(
    names.filter((n) => n.endsWith('.eml')).map((n) => readFile(path.join(outbox, n), 'utf8')),
  );
  return texts.filter((t) => t.includes(`To: ${email}`));
}

describe('the local mail outbox', () => {
  it('receives a notification’s e-mail copy as an .eml file when no SMTP server is set', async () => {
    expect(process.env.SMTP_URL).toBeUndefined();
    const me = await newResident();
    const [row] = await db.select({ email: users.email }).from(users).where(eq(users.id, me.id));

    await (
      await postNotification(me.id, { kind: 'childLinked', params: { name: 'Орлова Софья' } })
    ).delivery;

    const mails = await mailsTo(row!.email);
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatch(/^Subject: /m);
    expect(mails[0]).toContain('From: =?UTF-8?');
  });
});
