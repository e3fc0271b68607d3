import 'server-only';
import nodemailer, { type Transporter } from 'nodemailer';
import { env } from '@/server/env';

// E-mail copies of notifications, when SMTP_URL is configured. The inbox is the record; mail is a courtesy.

let transport: Transporter | undefined;

export const mailEnabled = () => !!env().SMTP_URL;

function mailTransport(): Transporter {
  transport ??= nodemailer.createTransport(env().SMTP_URL!, {
    from: env().SMTP_FROM,
    // A slow or absent mail server must not keep sockets open for minutes (nodemailer's defaults).
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return transport;
}

/** Sends one plain-text message; rejects on failure, so the caller decides what a failure means. */
export async function sendMail(message: { to: string; subject: string; text: string }) {
  await mailTransport().sendMail(message);
}
