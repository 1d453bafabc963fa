import nodemailer from 'nodemailer';
import type { ServerConfig } from '../../config.js';

/** A file a mail carries (read from the document store when the mail is sent). */
export type MailAttachment = { filename: string; content: Buffer; contentType: string };
export type OutgoingMail = { id: string; to: string; subject: string; text: string; attachments?: MailAttachment[] };

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
  const transport = nodemailer.createTransport(withTransportDefaults(config.smtp.url));
  return {
    async send(mail) {
      await transport.sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        ...(mail.attachments?.length && { attachments: mail.attachments }),
        messageId: `<${mail.id}@overblik.invalid>`,
        headers: { 'X-Overblik-Mail-Id': mail.id },
      });
    },
    close: () => transport.close(),
  };
}

/**
 * The SMTP URL with our defaults where the operator gave none (nodemailer reads options from the query):
 * one pooled connection reused for the run's mails, and timeouts well inside the mail claim (5 minutes).
 */
export function withTransportDefaults(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  const defaults = {
    pool: 'true',
    maxConnections: '1',
    connectionTimeout: '30000',
    greetingTimeout: '30000',
    socketTimeout: '60000',
  };
  for (const [key, value] of Object.entries(defaults)) if (!url.searchParams.has(key)) url.searchParams.set(key, value);
  return url.toString();
}
