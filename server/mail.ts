import 'server-only';
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import { env } from '@/server/env';

// The portal's outgoing mail: by SMTP when SMTP_URL is configured, otherwise into a local mail
// outbox, a folder of .eml files a developer can open (MAIL_OUTBOX_DIR, `.data/mail` by default):
// a message is never shown on a page instead, and never silently dropped.

let transport: Transporter | undefined;

/** Whether mail goes out at all: always, by SMTP or to the local outbox. */
export const mailEnabled = () => true;

function smtpTransport(url: string): Transporter {
  transport ??= nodemailer.createTransport(url, {
    from: env().SMTP_FROM,
    // A slow or absent mail server must not keep sockets open for minutes (nodemailer's defaults).
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return transport;
}

const fileTransport = nodemailer.createTransport({ streamTransport: true, buffer: true });

/** Sends one plain-text message; rejects on failure, so the caller decides what a failure means. */
export async function sendMail(message: { to: string; subject: string; text: string }) {
  const { SMTP_URL, SMTP_FROM, MAIL_OUTBOX_DIR } = env();
  if (SMTP_URL) {
    await smtpTransport(SMTP_URL).sendMail(message);
    return;
  }
  const info = await fileTransport.sendMail({ from: SMTP_FROM, ...message });
  await mkdir(MAIL_OUTBOX_DIR, { recursive: true });
  const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(4).toString('hex')}.eml`;
  await writeFile(path.join(MAIL_OUTBOX_DIR, name), info.message as Buffer);
}
