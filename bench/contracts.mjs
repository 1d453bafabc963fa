#!/usr/bin/env node
// Contract register benchmark: 100,000 contracts in one organisation. Measures the contract list with a
// filter and a sort, and the full-text search, through the HTTP API of the built server — each against a
// bare Fastify route that returns the same JSON from memory, started the same way and measured in the same run.
//   npm run build && node bench/contracts.mjs                      (SQLite)
//   BENCH_DATABASE_URL=postgres://… node bench/contracts.mjs        (PostgreSQL; the database must be empty)
// BENCH_CONTRACTS (default 100000) and BENCH_REQUESTS (sequential requests per scenario, default 300).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { contractDeadlines, danishSortKeyOf } from '@overblik/core';
import { indexText } from '@overblik/core/search';
import { openDatabase } from '@overblik/db';
import { sql } from 'kysely';

const CONTRACTS = Number(process.env.BENCH_CONTRACTS ?? 100_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 300);
/** The one contract with a rare name, for the rare-word search. */
const RARE = Math.floor(CONTRACTS * 0.7777);
const postgresUrl = process.env.BENCH_DATABASE_URL;
const dataDir = mkdtempSync(path.join(tmpdir(), 'overblik-bench-'));
const admin = { email: 'bench@overblik.test', password: 'benchmark adgangskode' };
const port = 19_000 + Math.floor(Math.random() * 500);
const barePort = port + 500;
const base = `http://127.0.0.1:${port}`;

const server = spawn(process.execPath, ['apps/cli/bin/overblik.js', 'serve'], {
  env: {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    OVERBLIK_DATA_DIR: dataDir,
    ...(postgresUrl && { DATABASE_URL: postgresUrl }),
    OVERBLIK_ADMIN_EMAIL: admin.email,
    OVERBLIK_ADMIN_PASSWORD: admin.password,
    OVERBLIK_AUTH_RATE_LIMIT_PER_MINUTE: '100000',
    LOG_LEVEL: 'error',
  },
  stdio: ['ignore', 'inherit', 'inherit'],
});
let bare;

try {
  await waitUntilReady(base);
  const login = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: json(), body: JSON.stringify(admin) });
  const cookie = `overblik_session=${/overblik_session=([^;]+)/.exec(login.headers.get('set-cookie') ?? '')?.[1]}`;
  const session = { cookie, 'x-csrf-token': (await login.json()).csrfToken };
  const orgId = (await (await fetch(`${base}/api/v1/organisations?q=101`, { headers: session })).json()).items[0].id;
  // Adding a known person invites her (issue 14); the administrator accepts her own invitation.
  const invited = await post(`/api/v1/organisations/${orgId}/members`, { email: admin.email, role: 'administrator' }, session);
  if (invited.invitation) await post(`/api/v1/me/invitations/${invited.invitation.id}/accept`, {}, session);
  const token = (await post('/api/v1/tokens', { organisationId: orgId, name: 'bench', scope: 'read' }, session)).token;
  const bearer = { authorization: `Bearer ${token}` };

  const fillStart = performance.now();
  const supplierIds = await fill(orgId);
  const fillSeconds = (performance.now() - fillStart) / 1000;

  const api = `${base}/api/v1/organisations/${orgId}`;
  const scenarios = [
    ['list: status=active, sort=-endsOn, 50 rows', `${api}/contracts?status=active&sort=-endsOn&limit=50`],
    [`list: supplier filter, sort=name, 50 rows`, `${api}/contracts?supplierId=${supplierIds[3]}&sort=name&limit=50`],
    [
      'list: agreementElement=hosting, sort=-annualCost, page 20',
      `${api}/contracts?agreementElement=hosting&sort=-annualCost&limit=50&offset=950`,
    ],
    ['search: "driftsaftalen" (stem, many hits)', `${api}/search?q=driftsaftalen`],
    ['search: "ørnereden" (rare word)', `${api}/search?q=${encodeURIComponent('ørnereden')}`],
  ];

  // The bare baseline serves exactly the bodies the API answered, from memory.
  const bodies = [];
  for (const [, url] of scenarios) {
    const response = await fetch(url, { headers: bearer });
    if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
    bodies.push(await response.text());
  }
  const bodiesFile = path.join(dataDir, 'bodies.json');
  writeFileSync(bodiesFile, JSON.stringify(bodies));
  bare = spawn(process.execPath, ['bench/bare-server.mjs', bodiesFile, String(barePort)], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  await waitUntilReady(`http://127.0.0.1:${barePort}`, '/ready');

  const rows = [];
  for (const [index, [name, url]] of scenarios.entries()) {
    const baseline = await latencies(`http://127.0.0.1:${barePort}/body/${index}`, {});
    const measured = await latencies(url, bearer);
    const total = JSON.parse(bodies[index]).total;
    rows.push({ name, total, baseline, measured, bytes: bodies[index].length });
  }

  console.log(
    `\nOverblik contract register benchmark — ${postgresUrl ? 'PostgreSQL' : 'SQLite'}, node ${process.version}, ` +
      `${CONTRACTS.toLocaleString('en')} contracts in one organisation (filled in ${fillSeconds.toFixed(0)} s), ` +
      `${REQUESTS} sequential requests per scenario after 20 warm-up requests\n`,
  );
  console.log(
    '| scenario | matches | body KiB | bare p50 ms | bare p99 ms | API p50 ms | API p99 ms | p50 ÷ bare | p99 ÷ bare |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    console.log(
      `| ${r.name} | ${r.total ?? '–'} | ${(r.bytes / 1024).toFixed(1)} | ${r.baseline.p50.toFixed(2)} | ${r.baseline.p99.toFixed(2)} | ` +
        `${r.measured.p50.toFixed(2)} | ${r.measured.p99.toFixed(2)} | ${(r.measured.p50 / r.baseline.p50).toFixed(1)} | ` +
        `${(r.measured.p99 / r.baseline.p99).toFixed(1)} |`,
    );
  }
} finally {
  server.kill('SIGTERM');
  bare?.kill('SIGTERM');
  if (process.env.BENCH_KEEP) console.log(`kept ${dataDir}`);
  else rmSync(dataDir, { recursive: true, force: true });
}

/**
 * Writes the contracts straight into the database in batches (the API would take minutes to create 100,000
 * audited contracts; what is measured here is reading). Rows look like the register's: the derived columns
 * (Danish sort key, end) are computed by the same core functions, and the search index is filled as the
 * application fills it.
 */
async function fill(organisationId) {
  const handle = openDatabase(
    postgresUrl ? { dialect: 'postgres', url: postgresUrl } : { dialect: 'sqlite', file: path.join(dataDir, 'overblik.sqlite') },
  );
  const db = handle.db;
  const now = new Date().toISOString();
  const supplierNames = [
    'Atea',
    'KMD',
    'Netcompany',
    'Systematic',
    'EG',
    'Fujitsu',
    'Dubex',
    'Ørsted IT',
    'Åben Data',
    'Zealand Soft',
  ];
  const supplierIds = supplierNames.map(() => crypto.randomUUID());
  await db
    .insertInto('suppliers')
    .values(
      supplierNames.map((name, i) => ({
        id: supplierIds[i],
        organisationId,
        name: `${name} A/S`,
        country: 'SE',
        foreignId: `SE-${i}`,
        createdAt: now,
        updatedAt: now,
      })),
    )
    .execute();
  const words = [
    'Økonomisystem',
    'Lønsystem',
    'ESDH',
    'Borgerservice',
    'Skole-IT',
    'Hosting',
    'Netværk',
    'Print',
    'Licenser',
    'Konsulentbistand',
  ];
  const elements = ['licens', 'drift', 'hosting', 'support', 'udvikling', 'vedligehold'];
  const batch = 500;
  for (let start = 0; start < CONTRACTS; start += batch) {
    const contracts = [];
    const texts = [];
    for (let i = start; i < Math.min(CONTRACTS, start + batch); i++) {
      const inForceFrom = `${2015 + (i % 11)}-${String(1 + (i % 12)).padStart(2, '0')}-01`;
      const terms = {
        inForceFrom,
        termKind: i % 3 === 0 ? 'ongoing' : 'months',
        termMonths: i % 3 === 0 ? null : 12 * (1 + (i % 6)),
        termEndsOn: null,
        renewal: i % 7 === 0 ? 'automatic' : 'none',
        terminationGivenOn: null,
        terminationEffectiveOn: null,
      };
      const name = `${words[i % words.length]} ${i}`;
      const description =
        i % 5 === 0
          ? 'Driftsaftale med leverandøren om drift og support af løsningen.'
          : `Aftale om ${words[(i + 3) % words.length].toLowerCase()}.`;
      const id = crypto.randomUUID();
      contracts.push({
        id,
        organisationId,
        number: `K-${String(i).padStart(6, '0')}`,
        name: i === RARE ? 'Ørnereden' : name,
        nameSort: danishSortKeyOf(i === RARE ? 'Ørnereden' : name),
        description,
        supplierId: supplierIds[i % supplierIds.length],
        agreementElements: JSON.stringify([elements[i % elements.length], elements[(i + 2) % elements.length]]),
        tags: '[]',
        links: '[]',
        currency: 'DKK',
        priceRegulation: 'none',
        annualCost: BigInt(10_000_00 + ((i * 7919) % 5_000_000_00)),
        ...terms,
        endsOn: contractDeadlines(
          {
            ...terms,
            renewalMonths: null,
            irrevocableUntil: null,
            noticeMonths: null,
            noticePeriodEnd: null,
            earlyTermination: false,
            priceRegulationDate: null,
          },
          [],
          inForceFrom,
        ).finalEnd,
        createdAt: now,
        updatedAt: now,
      });
      texts.push({ id, number: `K-${String(i).padStart(6, '0')}`, name: i === RARE ? 'Ørnereden' : name, description });
    }
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('contracts').values(contracts).execute();
      const entries = texts.flatMap((t) =>
        ['number', 'name', 'description'].map((field) => ({
          organisationId,
          kind: 'contract',
          entityId: t.id,
          contractId: t.id,
          supplierId: null,
          field,
          body: t[field],
        })),
      );
      const inserted = await trx.insertInto('searchEntries').values(entries).returning(['id', 'body']).execute();
      if (!postgresUrl) {
        for (const row of inserted)
          await sql`insert into search_fts (rowid, terms) values (${row.id}, ${indexText(row.body)})`.execute(trx);
      }
    });
  }
  await sql`analyze`.execute(db);
  await db.destroy();
  return supplierIds;
}

async function latencies(url, headers) {
  for (let i = 0; i < 20; i++) await (await fetch(url, { headers })).arrayBuffer();
  const times = [];
  for (let i = 0; i < REQUESTS; i++) {
    const t0 = performance.now();
    const response = await fetch(url, { headers });
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    await response.arrayBuffer();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  return { p50: at(0.5), p99: at(0.99) };
}

function json() {
  return { 'content-type': 'application/json' };
}

async function post(url, body, headers) {
  const response = await fetch(`${base}${url}`, {
    method: 'POST',
    headers: { ...json(), ...headers },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  return response.json();
}

async function waitUntilReady(origin, probe = '/readyz') {
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`${origin}${probe}`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${origin} did not become ready`);
}
