import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type DatabaseConfig, databaseConfigFromEnv } from '@overblik/db';

export type ServerConfig = {
  port: number;
  host: string;
  /** The address people use to reach Overblik; links in setup and invitation messages start with it. */
  publicUrl: string;
  database: DatabaseConfig;
  webDir: string;
  bootstrapAdmin: { email: string; password: string } | null;
  maxJsonBytes: number;
  /** Largest spreadsheet accepted by an import. */
  maxImportBytes: number;
  /** Largest document (contract PDF, appendix …) accepted by an upload. */
  maxDocumentBytes: number;
  /** Largest e-invoice (XML) accepted; larger files are refused before they are parsed. */
  maxInvoiceBytes: number;
  /** How many invoice files one upload may carry. */
  maxInvoiceFiles: number;
  /** A watched folder of e-invoices (e.g. where an access point drops NemHandel/Peppol files); null: none. */
  invoiceInbox: string | null;
  /** Folder of the content-addressed document store (files named by their SHA-256). */
  filesDir: string;
  /**
   * Whose `X-Forwarded-For` to believe for the client address (Fastify's `trustProxy`): false (nobody), the
   * proxies' addresses/CIDRs (comma-separated), or true (anyone: only when the proxy overwrites the header).
   */
  trustProxy: boolean | string;
  /** Bearer token that GET /metrics requires; null: none (then `metricsPublic` decides). */
  metricsToken: string | null;
  /** Without a token: whether GET /metrics answers anyone (true) or 404 `metrics_disabled` (false). */
  metricsPublic: boolean;
  logLevel: string;
  sessionIdleMinutes: number;
  sessionMaxHours: number;
  /** Login, setup and setup-link look-ups allowed per client address per minute. */
  authRateLimitPerMinute: number;
  /** SMTP server for reminder mails (nodemailer URL, e.g. smtp://user:pass@host:587); null: reminders only in the app. */
  smtp: { url: string; from: string } | null;
  /** How long a reminder run may hold a mail before another run takes it over (it stopped mid-way). */
  mailClaimSeconds: number;
  /** The hour (Danish time) from which each day's digest mails go out. */
  digestHour: number;
  /** false: this instance runs no scheduled jobs (another one does; or `overblik reminders run` from cron). */
  runJobs: boolean;
};

/** All configuration comes from environment variables (documented in docs/operations.md). */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = integer(env.PORT, 8080, 'PORT');
  const adminEmail = env.OVERBLIK_ADMIN_EMAIL?.trim();
  const adminPassword = env.OVERBLIK_ADMIN_PASSWORD;
  if (Boolean(adminEmail) !== Boolean(adminPassword)) {
    throw new Error('Set both OVERBLIK_ADMIN_EMAIL and OVERBLIK_ADMIN_PASSWORD, or neither');
  }
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    publicUrl: (env.OVERBLIK_PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/+$/, ''),
    database: databaseConfigFromEnv(env),
    webDir: env.OVERBLIK_WEB_DIR ?? fileURLToPath(new URL('../../web/dist/', import.meta.url)),
    bootstrapAdmin: adminEmail && adminPassword ? { email: adminEmail, password: adminPassword } : null,
    maxJsonBytes: integer(env.OVERBLIK_MAX_JSON_BYTES, 256 * 1024, 'OVERBLIK_MAX_JSON_BYTES'),
    maxImportBytes: integer(env.OVERBLIK_MAX_IMPORT_BYTES, 10 * 1024 * 1024, 'OVERBLIK_MAX_IMPORT_BYTES'),
    maxDocumentBytes: integer(env.OVERBLIK_MAX_DOCUMENT_BYTES, 50 * 1024 * 1024, 'OVERBLIK_MAX_DOCUMENT_BYTES'),
    maxInvoiceBytes: integer(env.OVERBLIK_MAX_INVOICE_BYTES, 20 * 1024 * 1024, 'OVERBLIK_MAX_INVOICE_BYTES'),
    maxInvoiceFiles: integer(env.OVERBLIK_MAX_INVOICE_FILES, 200, 'OVERBLIK_MAX_INVOICE_FILES'),
    invoiceInbox: env.OVERBLIK_INVOICE_INBOX ? path.resolve(env.OVERBLIK_INVOICE_INBOX) : null,
    filesDir: path.resolve(env.OVERBLIK_FILES_DIR ?? path.join(env.OVERBLIK_DATA_DIR ?? 'data', 'files')),
    trustProxy: trustProxy(env.OVERBLIK_TRUST_PROXY),
    metricsToken: env.OVERBLIK_METRICS_TOKEN || null,
    metricsPublic: metricsPublic(env),
    logLevel: env.LOG_LEVEL ?? (env.NODE_ENV === 'test' ? 'warn' : 'info'),
    sessionIdleMinutes: integer(env.OVERBLIK_SESSION_IDLE_MINUTES, 8 * 60, 'OVERBLIK_SESSION_IDLE_MINUTES'),
    sessionMaxHours: integer(env.OVERBLIK_SESSION_MAX_HOURS, 7 * 24, 'OVERBLIK_SESSION_MAX_HOURS'),
    authRateLimitPerMinute: integer(env.OVERBLIK_AUTH_RATE_LIMIT_PER_MINUTE, 20, 'OVERBLIK_AUTH_RATE_LIMIT_PER_MINUTE'),
    smtp: env.OVERBLIK_SMTP_URL
      ? { url: env.OVERBLIK_SMTP_URL, from: env.OVERBLIK_MAIL_FROM || 'Overblik <overblik@localhost>' }
      : null,
    mailClaimSeconds: integer(env.OVERBLIK_MAIL_CLAIM_SECONDS, 300, 'OVERBLIK_MAIL_CLAIM_SECONDS'),
    digestHour: hour(env.OVERBLIK_DIGEST_HOUR, 7),
    runJobs: env.OVERBLIK_RUN_JOBS !== 'false',
  };
}

/** OVERBLIK_TRUST_PROXY: `false`, `true`, or the proxies' addresses/CIDRs, comma-separated (`10.0.0.5, 10.1.0.0/16`). */
function trustProxy(value: string | undefined): boolean | string {
  const text = value?.trim() ?? '';
  if (text === '' || text === 'false') return false;
  if (/^\d+$/.test(text)) {
    throw new Error(
      `OVERBLIK_TRUST_PROXY must be true, false or the proxies' addresses (e.g. 10.0.0.5, 10.1.0.0/16), got "${text}"`,
    );
  }
  return text === 'true' ? true : text;
}

/**
 * OVERBLIK_METRICS_PUBLIC, `true` or `false`. Unset, metrics are open only on a developer's machine or in tests
 * (NODE_ENV `development` or `test`): `npm start` sets no NODE_ENV, so an installation is closed unless it opts in.
 */
function metricsPublic(env: NodeJS.ProcessEnv): boolean {
  const value = env.OVERBLIK_METRICS_PUBLIC;
  if (value === undefined || value === '') return env.NODE_ENV === 'development' || env.NODE_ENV === 'test';
  if (value === 'true' || value === 'false') return value === 'true';
  throw new Error(`OVERBLIK_METRICS_PUBLIC must be true or false, got "${value}"`);
}

function hour(value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 23) throw new Error(`OVERBLIK_DIGEST_HOUR must be 0–23, got "${value}"`);
  return n;
}

function integer(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive integer, got "${value}"`);
  return n;
}
