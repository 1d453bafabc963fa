import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';

/** One message as the test SMTP server received it, headers and text decoded. */
export type ReceivedMail = {
  /** Envelope recipients (RCPT TO), lower case. */
  to: string[];
  from: string;
  /** The name the client gave in EHLO (nodemailer: the `name` option, e.g. smtp://host:port/?name=runner-a). */
  client: string;
  /** Header names in lower case; encoded words (RFC 2047) decoded; repeated headers joined by newlines. */
  headers: Map<string, string>;
  subject: string;
  messageId: string;
  /** X-Overblik-Mail-Id: the mail_outbox row the message came from. */
  mailId: string;
  /** The text body, transfer encoding undone, line ends as \n (of a multipart message: its text/plain part). */
  text: string;
  /** The parts of a multipart message that carry a file name (attachments), decoded. */
  attachments: Array<{ filename: string; contentType: string; content: Buffer }>;
  /** When the DATA stream ended (before any delay). */
  receivedAt: number;
};

/** What the server answers after DATA: accept (250), or an SMTP error code with text. */
export type Verdict = { accept: true } | { accept: false; code: number; message: string };

export type TestSmtp = {
  port: number;
  /** smtp://127.0.0.1:<port>, for OVERBLIK_SMTP_URL. */
  url: string;
  /** Messages answered with 250, in the order they were accepted. */
  readonly accepted: ReceivedMail[];
  /** Messages answered with an error (after DATA), in order. */
  readonly rejected: ReceivedMail[];
  /** Wait this long (a random value in [min, max] ms) before answering each DATA. */
  delay(min: number, max?: number): void;
  /** Answer every DATA with this error (e.g. 451) until `accept()`. */
  failWith(code: number, message?: string): void;
  accept(): void;
  /**
   * A decision per message, called after the message has been read and before the delay; it may wait
   * (e.g. to kill the sender). Returning undefined falls back to the fail/accept mode.
   */
  onMessage: ((mail: ReceivedMail) => Promise<Verdict | undefined> | Verdict | undefined) | null;
  /** Resolves when at least `count` messages have been accepted. */
  waitForAccepted(count: number, timeoutMs?: number): Promise<void>;
  /** Forgets received messages and goes back to accepting at once. */
  reset(): void;
  close(): Promise<void>;
};

/**
 * A real SMTP server on 127.0.0.1 (a free port), without TLS and authentication, that keeps what it
 * receives. Tests use it to see exactly which mails an SMTP client handed over, and to make it slow or failing.
 */
export async function startTestSmtp(): Promise<TestSmtp> {
  const accepted: ReceivedMail[] = [];
  const rejected: ReceivedMail[] = [];
  let delayRange: [number, number] = [0, 0];
  let failure: { code: number; message: string } | null = null;
  const waiters = new Set<() => void>();

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    disableReverseLookup: true,
    logger: false,
    socketTimeout: 30_000,
    closeTimeout: 1_000,
    onData(stream: SMTPServerDataStream, session: SMTPServerSession, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const mail = parseMessage(Buffer.concat(chunks), session);
        void (async () => {
          let verdict = (await t.onMessage?.(mail)) ?? undefined;
          if (!verdict) {
            const [min, max] = delayRange;
            const wait = min + Math.random() * (max - min);
            if (wait > 0) await new Promise((r) => setTimeout(r, wait));
            verdict = failure ? { accept: false, ...failure } : { accept: true };
          }
          if (verdict.accept) {
            accepted.push(mail);
            for (const wake of waiters) wake();
            callback();
          } else {
            rejected.push(mail);
            callback(Object.assign(new Error(verdict.message), { responseCode: verdict.code }));
          }
        })();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  server.on('error', () => {}); // a client that dies mid-message is expected in the crash tests
  const port = (server.server.address() as AddressInfo).port;

  const t: TestSmtp = {
    port,
    url: `smtp://127.0.0.1:${port}`,
    accepted,
    rejected,
    onMessage: null,
    delay(min, max = min) {
      delayRange = [min, max];
    },
    failWith(code, message = 'Midlertidig fejl, prøv igen senere') {
      failure = { code, message };
    },
    accept() {
      failure = null;
    },
    waitForAccepted(count, timeoutMs = 30_000) {
      if (accepted.length >= count) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`SMTP: ${accepted.length} of ${count} messages accepted within ${timeoutMs} ms`));
        }, timeoutMs);
        const check = () => {
          if (accepted.length < count) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve();
        };
        waiters.add(check);
      });
    },
    reset() {
      accepted.length = 0;
      rejected.length = 0;
      delayRange = [0, 0];
      failure = null;
      t.onMessage = null;
    },
    close() {
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
  return t;
}

/** A minimal RFC 5322 reader for what nodemailer sends: one text part, quoted-printable, base64 or 8bit. */
export function parseMessage(raw: Buffer, session: Pick<SMTPServerSession, 'envelope' | 'hostNameAppearsAs'>): ReceivedMail {
  const source = raw.toString('latin1'); // byte-preserving; decoded to UTF-8 per part below
  const { headers, bytes: whole, body } = readPart(source);
  let bytes = whole;
  const attachments: ReceivedMail['attachments'] = [];
  const boundary = /multipart\/[^;]+;.*boundary="?([^";]+)"?/is.exec(headers.get('content-type') ?? '')?.[1];
  if (boundary) {
    // A multipart message (nodemailer: text and attachments): the text part is the text, the named parts are files.
    bytes = Buffer.alloc(0);
    for (const chunk of body.split(`--${boundary}`).slice(1)) {
      if (chunk.startsWith('--')) break;
      const part = readPart(chunk.replace(/^\r?\n/, ''));
      const type = part.headers.get('content-type') ?? 'text/plain';
      const disposition = part.headers.get('content-disposition') ?? '';
      if (disposition.startsWith('attachment')) {
        // filename="x.pdf", or RFC 2231's filename*0*=utf-8''Referat%20… for a name with æ, ø, å (one part here).
        const named = /filename\*?(?:0\*?)?=(?:utf-8'')?"?([^";]+)"?/i.exec(disposition)?.[1] ?? 'attachment';
        attachments.push({ filename: decodeURIComponent(named), contentType: type.split(';')[0] ?? type, content: part.bytes });
      } else if (type.startsWith('text/plain')) bytes = part.bytes;
    }
  }
  const envelope = session.envelope;
  return {
    to: envelope.rcptTo.map((a) => a.address.toLowerCase()),
    from: envelope.mailFrom ? envelope.mailFrom.address : '',
    client: String(session.hostNameAppearsAs || ''),
    headers,
    subject: headers.get('subject') ?? '',
    messageId: headers.get('message-id') ?? '',
    mailId: headers.get('x-overblik-mail-id') ?? '',
    text: bytes.toString('utf8').replace(/\r\n/g, '\n').replace(/\n$/, ''),
    attachments,
    receivedAt: Date.now(),
  };
}

/** One part of a message (or the whole message): its headers, its raw body, and the body's bytes decoded. */
function readPart(source: string): { headers: Map<string, string>; body: string; bytes: Buffer } {
  const split = source.search(/\r?\n\r?\n/);
  const head = split === -1 ? source : source.slice(0, split);
  const body = split === -1 ? '' : source.slice(split).replace(/^\r?\n\r?\n/, '');
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = decodeWords(Buffer.from(line.slice(colon + 1).trim(), 'latin1').toString('utf8'));
    headers.set(name, headers.has(name) ? `${headers.get(name)}\n${value}` : value);
  }
  const encoding = (headers.get('content-transfer-encoding') ?? '7bit').toLowerCase();
  const bytes =
    encoding === 'base64'
      ? Buffer.from(body.replace(/\s+/g, ''), 'base64')
      : encoding === 'quoted-printable'
        ? decodeQuotedPrintable(body)
        : Buffer.from(body, 'latin1');
  return { headers, body, bytes };
}

function decodeQuotedPrintable(body: string): Buffer {
  const text = body.replace(/=\r?\n/g, '');
  const out: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const hex = text.slice(i + 1, i + 3);
    if (text[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      out.push(Number.parseInt(hex, 16));
      i += 2;
    } else out.push(text.charCodeAt(i) & 0xff);
  }
  return Buffer.from(out);
}

/**
 * RFC 2047 encoded words (=?UTF-8?Q?…?= / =?UTF-8?B?…?=): the bytes of adjacent words are joined before
 * decoding (a character may be split between two), and the whitespace between two words is dropped.
 */
function decodeWords(value: string): string {
  const word = /=\?[^?]+\?([BbQq])\?([^?]*)\?=/g;
  const parts: Buffer[] = [];
  let last = 0;
  let previousWasWord = false;
  for (const match of value.matchAll(word)) {
    const between = value.slice(last, match.index);
    if (!(previousWasWord && /^\s*$/.test(between))) parts.push(Buffer.from(between, 'utf8'));
    const [, kind = 'Q', data = ''] = match;
    parts.push(kind.toUpperCase() === 'B' ? Buffer.from(data, 'base64') : decodeQuotedPrintable(data.replace(/_/g, ' ')));
    last = match.index + match[0].length;
    previousWasWord = true;
  }
  parts.push(Buffer.from(value.slice(last), 'utf8'));
  return Buffer.concat(parts).toString('utf8');
}
