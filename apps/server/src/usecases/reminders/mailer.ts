import nodemailer from 'nodemailer';
import type { ServerConfig } from '../../config.js';

export type OutgoingMail = { id: string; to: string; subject: string; text: string };

/** Hands mails to an SMTP server. One transport per run; its connections are closed by `close`. */
export type Mailer = { send(mail: OutgoingMail): Promise<void>; close(): void };

/**
 * A mailer for the configured SMTP server, or null when there is none (reminders are then in-app only).
 * Each mail carries a Message-ID made from its outbox id, so a mail handed over twice (the run stopped
 * between the server's acceptance and our record of it) is recognisable as the same mail.
 */
export function createMailer(config: Pick<ServerConfig, 'smtp'>): Mailer | null {
  if (!config.smtp) return null;
  const { from } = config.smtp;
  const transport = nodemailer.createTransport(config.smtp.url, {
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  } as never);
  return {
    async send(mail) {
      await transport.sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        messageId: `<${mail.id}@overblik.invalid>`,
        headers: { 'X-Overblik-Mail-Id': mail.id },
      });
    },
    close: () => transport.close(),
  };
}
