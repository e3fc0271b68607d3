import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect } from '@playwright/test';

// The mail the portal under test sends, read from its local mail outbox (scripts/e2e-server.mjs):
// what a resident would find in their mailbox.

const outbox = process.env.E2E_MAIL_DIR ?? '.data/e2e-mail';

export type Mail = { to: string; subject: string; text: string };

/** Undoes a header's RFC 2047 encoded words (`=?UTF-8?B?…?=`, `=?UTF-8?Q?…?=`). */
function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_, encoding: string, data: string) =>
      encoding.toLowerCase() === 'b'
        ? Buffer.from(data, 'base64').toString('utf8')
        : quotedPrintable(data.replace(/_/g, ' ')),
    );
}

function quotedPrintable(text: string): string {
  const bytes = text
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

function parse(raw: string): Mail {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const body = raw.slice(split + 4);
  const header = (name: string) =>
    new RegExp(`^${name}: (.*)$`, 'im').exec(head)?.[1]?.trim() ?? '';
  const encoding = header('Content-Transfer-Encoding').toLowerCase();
  const text =
    encoding === 'base64'
      ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
      : encoding === 'quoted-printable'
        ? quotedPrintable(body)
        : Buffer.from(body, 'latin1').toString('utf8');
  return { to: header('To'), subject: decodeWords(header('Subject')), text };
}

async function mailsTo(address: string): Promise<Mail[]> {
  const names = await readdir(outbox).catch(() => [] as string[]);
  const mails = await Promise.all(
    names
      .filter((n) => n.endsWith('.eml'))
      .sort()
      .map(async (n) => parse(await readFile(path.join(outbox, n), 'latin1'))),
  );
  return mails.filter((m) => m.to.toLowerCase().includes(address.toLowerCase()));
}

/** Waits for a message to this address whose subject contains `subject`, and answers the latest. */
export async function waitForMail(address: string, subject: string): Promise<Mail> {
  let found: Mail | undefined;
  await expect
    .poll(
      async () => {
        found = (await mailsTo(address)).filter((m) => m.subject.includes(subject)).at(-1);
        return found !== undefined;
      },
      { timeout: 15_000, message: `a mail to ${address} about «${subject}»` },
    )
    .toBe(true);
  return found!;
}
