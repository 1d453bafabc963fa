import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Clock, systemClock } from '@overblik/core';
import type { DialectName } from '@overblik/db';
import { createTestDatabase, type TestDatabase } from '@overblik/db/testing';
import type { LightMyRequestResponse } from 'fastify';
import { buildApp, type OverblikApp } from '../src/app.js';
import { configFromEnv, type ServerConfig } from '../src/config.js';
import { ensureFirstAdministrator } from '../src/usecases/users/bootstrap.js';
import { invoiceXml } from './fixtures/invoice-xml.js';

export const ADMIN_EMAIL = 'admin@overblik.test';
export const ADMIN_PASSWORD = 'korrekt hest batteri hæfteklamme';

export type TestApp = {
  app: OverblikApp;
  database: TestDatabase;
  config: ServerConfig;
  /** The app's clock, for use cases a test calls directly (`{ db, config, clock }`). */
  clock: Clock;
  close(): Promise<void>;
};

/**
 * A real server (in-process, via inject) on a fresh database of the given dialect. Its business time comes from
 * `clock`: the system clock unless the test sets one (`fixedClock(…)` from core).
 */
export async function startTestApp(
  dialect: DialectName,
  env: NodeJS.ProcessEnv = {},
  clock: Clock = systemClock,
): Promise<TestApp> {
  const database = await createTestDatabase(dialect);
  const filesDir = await mkdtemp(path.join(tmpdir(), 'overblik-files-'));
  const config: ServerConfig = {
    ...configFromEnv({
      NODE_ENV: 'test',
      OVERBLIK_ADMIN_EMAIL: ADMIN_EMAIL,
      OVERBLIK_ADMIN_PASSWORD: ADMIN_PASSWORD,
      OVERBLIK_PUBLIC_URL: 'http://overblik.test',
      OVERBLIK_AUTH_RATE_LIMIT_PER_MINUTE: '10000',
      // No mail goes out between a test's own steps (an invitation's at once) unless the test asks for it.
      OVERBLIK_RUN_JOBS: 'false',
      ...env,
    }),
    database: database.connection,
    webDir: env.OVERBLIK_WEB_DIR ?? '/nonexistent-web-dir',
    filesDir: env.OVERBLIK_FILES_DIR ?? filesDir,
  };
  const app = await buildApp({ db: database.db, config, clock });
  await ensureFirstAdministrator({ db: database.db, config, clock });
  await app.ready();
  return {
    app,
    database,
    config,
    clock,
    async close() {
      await app.close();
      await database.drop();
      await rm(filesDir, { recursive: true, force: true });
    },
  };
}

type Auth = { kind: 'anonymous' } | { kind: 'session'; cookie: string; csrf: string } | { kind: 'bearer'; token: string };

export type Response = LightMyRequestResponse & { body: string; data: any };

/** An HTTP client for one caller: anonymous, a logged-in person (cookie + CSRF) or an API token. */
export class Client {
  constructor(
    readonly app: OverblikApp,
    readonly auth: Auth = { kind: 'anonymous' },
    readonly locale: 'da' | 'en' = 'da',
  ) {}

  async request(method: string, url: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> {
    const h: Record<string, string> = { 'accept-language': this.locale, ...headers };
    if (this.auth.kind === 'session') {
      h.cookie = `overblik_session=${this.auth.cookie}`;
      h['x-csrf-token'] ??= this.auth.csrf;
    }
    if (this.auth.kind === 'bearer') h.authorization = `Bearer ${this.auth.token}`;
    const payload =
      body === undefined ? undefined : typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body);
    if (payload !== undefined) h['content-type'] ??= 'application/json';
    const response = await this.app.inject({
      method: method as 'GET',
      url,
      headers: h,
      ...(payload !== undefined && { payload }),
    });
    const type = String(response.headers['content-type'] ?? '');
    const data = type.includes('json') && response.body ? JSON.parse(response.body) : undefined;
    return Object.assign(response, { data });
  }
  get(url: string) {
    return this.request('GET', url);
  }
  post(url: string, body?: unknown) {
    return this.request('POST', url, body ?? {});
  }
  patch(url: string, body: unknown) {
    return this.request('PATCH', url, body);
  }
  put(url: string, body: unknown) {
    return this.request('PUT', url, body);
  }
  delete(url: string) {
    return this.request('DELETE', url);
  }
}

/** Logs in through the public API and returns a client carrying the session cookie and CSRF token. */
export async function logIn(app: OverblikApp, email: string, password: string, locale: 'da' | 'en' = 'da'): Promise<Client> {
  const response = await new Client(app, { kind: 'anonymous' }, locale).post('/api/v1/auth/login', { email, password });
  if (response.statusCode !== 200) throw new Error(`login failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'overblik_session');
  if (!cookie) throw new Error('no session cookie');
  return new Client(app, { kind: 'session', cookie: cookie.value, csrf: response.data.csrfToken }, locale);
}

export function bearer(app: OverblikApp, token: string): Client {
  return new Client(app, { kind: 'bearer', token });
}

/** Accepts an invitation link through the public API and returns the new person's client. */
export async function acceptInvitation(app: OverblikApp, invitationUrl: string, password: string): Promise<Client> {
  const token = new URL(invitationUrl).searchParams.get('token') ?? '';
  const response = await new Client(app).post('/api/v1/auth/setup', { token, password });
  if (response.statusCode !== 200) throw new Error(`setup failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'overblik_session');
  return new Client(app, { kind: 'session', cookie: cookie?.value ?? '', csrf: response.data.csrfToken });
}

const ASCII = { administrator: 'admin', redaktør: 'redaktoer', læser: 'laeser' } as const;

export const MEMBER_PASSWORD = 'en helt anden lang adgangskode';

/**
 * A person with a password and a membership, made through the public API without mail: the system
 * administrator creates the person (whose setup link sets the password), invites the address into the
 * organisation, and the person accepts the invitation when logged in (`/me/invitations`).
 */
export async function addPerson(
  app: OverblikApp,
  sysadmin: Client,
  organisationId: string,
  person: { email: string; name: string; role: 'administrator' | 'redaktør' | 'læser'; password?: string },
): Promise<{ client: Client; memberId: string; userId: string }> {
  const created = await sysadmin.post('/api/v1/users', { email: person.email, name: person.name });
  if (created.statusCode !== 201) throw new Error(`create person: ${created.body}`);
  const client = await acceptInvitation(app, created.data.invitationUrl, person.password ?? MEMBER_PASSWORD);
  const invited = await sysadmin.post(`/api/v1/organisations/${organisationId}/members`, {
    email: person.email,
    role: person.role,
  });
  if (invited.statusCode !== 201) throw new Error(`invite: ${invited.body}`);
  const accepted = await client.post(`/api/v1/me/invitations/${invited.data.invitation.id}/accept`);
  if (accepted.statusCode !== 200) throw new Error(`accept: ${accepted.body}`);
  const membership = accepted.data.memberships.find((m: { organisationId: string }) => m.organisationId === organisationId);
  return { client, memberId: membership.id, userId: accepted.data.user.id };
}

export type OrgFixture = {
  organisationId: string;
  admin: Client;
  adminMemberId: string;
  editor: Client;
  reader: Client;
  unitId: string;
  supplierId: string;
  contactId: string;
  contractId: string;
  priceElementId: string;
  optionId: string;
  documentId: string;
  versionId: string;
  activityId: string;
  feedId: string;
  invoiceId: string;
  orderReferenceId: string;
  readerMemberId: string;
  readerUserId: string;
  token: { id: string; secret: string };
};

/**
 * A municipality with an administrator, a redaktør, a læser, a unit and a read-write API token,
 * all made through the public API by the system administrator.
 */
export async function organisationFixture(
  app: OverblikApp,
  sysadmin: Client,
  municipalityCode: string,
  tag: string,
): Promise<OrgFixture> {
  const list = await sysadmin.get(`/api/v1/organisations?q=${municipalityCode}`);
  const organisationId: string = list.data.items[0].id;
  const base = `/api/v1/organisations/${organisationId}`;
  const people: Record<string, { client: Client; memberId: string; userId: string }> = {};
  for (const role of ['administrator', 'redaktør', 'læser'] as const) {
    people[role] = await addPerson(app, sysadmin, organisationId, {
      email: `${ASCII[role]}-${tag}@kommune.test`,
      name: `${role} ${tag}`,
      role,
    });
  }
  const admin = people.administrator as { client: Client; memberId: string };
  const unit = await admin.client.post(`${base}/units`, { name: `Digitalisering ${tag}` });
  const token = await admin.client.post('/api/v1/tokens', { organisationId, name: `Integration ${tag}`, scope: 'read-write' });
  const supplier = await admin.client.post(`${base}/suppliers`, {
    name: `Leverandør ${tag}`,
    country: 'SE',
    foreignId: `SE-${tag}`,
  });
  const contact = await admin.client.post(`${base}/suppliers/${supplier.data.id}/contacts`, { name: `Kontakt ${tag}` });
  const contract = await admin.client.post(`${base}/contracts`, {
    number: `KTR-${tag}`,
    name: `Kontrakt ${tag}`,
    supplierId: supplier.data.id,
    inForceFrom: '2025-01-01',
    termKind: 'months',
    termMonths: 36,
    responsibleUnitId: unit.data.id,
    responsibilities: [{ role: 'systemejer', userId: (people.læser as { userId: string }).userId }],
  });
  if (contract.statusCode !== 201) throw new Error(`create contract: ${contract.body}`);
  const contractBase = `${base}/contracts/${contract.data.id}`;
  const priceElement = await admin.client.post(`${contractBase}/price-elements`, {
    number: '1',
    name: `Priselement ${tag}`,
    unitPrice: '100',
    payingUnitIds: [unit.data.id],
  });
  const option = await admin.client.post(`${contractBase}/options`, { kind: 'extension', periods: 1, periodMonths: 12 });
  const document = await admin.client.request(
    'POST',
    `${contractBase}/documents?fileName=bilag-${tag}.txt`,
    Buffer.from(`Bilag ${tag}: servicemål og bod`),
    { 'content-type': 'text/plain' },
  );
  if (document.statusCode !== 201) throw new Error(`upload document: ${document.body}`);
  const activity = await admin.client.post(`${base}/activities`, {
    contractId: contract.data.id,
    type: 'status_meeting',
    title: `Statusmøde ${tag}`,
    anchorOn: '2027-03-15',
    recurrence: 'quarterly',
    responsibleUserId: (people.administrator as { userId: string }).userId,
  });
  if (activity.statusCode !== 201) throw new Error(`create activity: ${activity.body}`);
  const feed = await admin.client.post(`${base}/calendar-feeds`, { kind: 'person' });
  if (feed.statusCode !== 201) throw new Error(`create feed: ${feed.body}`);
  const organisation = await admin.client.get(base);
  const received = await admin.client.request(
    'POST',
    `/api/v1/invoices?organisationId=${organisationId}`,
    Buffer.from(
      invoiceXml({
        number: `FAK-${tag}`,
        buyerCvr: organisation.data.cvr,
        orderReference: `PO-${tag}`,
        lines: [{ id: '1', name: `1 Priselement ${tag}`, quantity: '1', price: '100' }],
      }),
    ),
    { 'content-type': 'application/xml' },
  );
  const invoiceId = received.data?.results?.[0]?.invoiceId;
  if (!invoiceId) throw new Error(`receive invoice: ${received.body}`);
  const assigned = await admin.client.put(`${base}/invoices/${invoiceId}/contract`, {
    contractId: contract.data.id,
    rememberOrderReference: true,
  });
  if (assigned.statusCode !== 200) throw new Error(`assign invoice: ${assigned.body}`);
  const orderReferences = await admin.client.get(`${base}/invoice-order-references`);
  return {
    organisationId,
    admin: admin.client,
    adminMemberId: admin.memberId,
    editor: (people.redaktør as { client: Client }).client,
    reader: (people.læser as { client: Client }).client,
    readerMemberId: (people.læser as { memberId: string }).memberId,
    readerUserId: (people.læser as { userId: string }).userId,
    unitId: unit.data.id,
    supplierId: supplier.data.id,
    contactId: contact.data.id,
    contractId: contract.data.id,
    priceElementId: priceElement.data.id,
    optionId: option.data.id,
    documentId: document.data.id,
    versionId: document.data.currentVersion.id,
    activityId: activity.data.id,
    feedId: feed.data.id,
    invoiceId,
    orderReferenceId: orderReferences.data.items[0].id,
    token: { id: token.data.apiToken.id, secret: token.data.token },
  };
}

export type OrganisationApp = { t: TestApp; sysadmin: Client; org: OrgFixture; base: string };

/** A test app with a logged-in system administrator and one municipality fixture (see organisationFixture). */
export async function startOrganisationApp(
  dialect: DialectName,
  municipalityCode: string,
  tag: string,
  clock: Clock = systemClock,
): Promise<OrganisationApp> {
  const t = await startTestApp(dialect, {}, clock);
  const sysadmin = await logIn(t.app, ADMIN_EMAIL, ADMIN_PASSWORD);
  const org = await organisationFixture(t.app, sysadmin, municipalityCode, tag);
  return { t, sysadmin, org, base: `/api/v1/organisations/${org.organisationId}` };
}
