#!/usr/bin/env node
// API benchmark: starts the built server as a child process on a fresh database, fills one
// municipality with units (and so audit events), then measures request rates of typical routes
// against GET /healthz measured in the same run, and prints each as a ratio of that baseline.
//   npm run build && npm run bench                      (SQLite)
//   BENCH_DATABASE_URL=postgres://… npm run bench        (PostgreSQL; the database must be empty)
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const UNITS = Number(process.env.BENCH_UNITS ?? 500);
const port = 18_000 + Math.floor(Math.random() * 1000);
const base = `http://127.0.0.1:${port}`;
const dataDir = mkdtempSync(path.join(tmpdir(), 'overblik-bench-'));
const admin = { email: 'bench@overblik.test', password: 'benchmark adgangskode' };

const server = spawn(process.execPath, ['apps/cli/bin/overblik.js', 'serve'], {
  env: {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    OVERBLIK_DATA_DIR: dataDir,
    ...(process.env.BENCH_DATABASE_URL && { DATABASE_URL: process.env.BENCH_DATABASE_URL }),
    OVERBLIK_ADMIN_EMAIL: admin.email,
    OVERBLIK_ADMIN_PASSWORD: admin.password,
    OVERBLIK_AUTH_RATE_LIMIT_PER_MINUTE: '100000',
    LOG_LEVEL: 'error',
  },
  stdio: ['ignore', 'inherit', 'inherit'],
});

try {
  await waitUntilReady();
  const login = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: json(), body: JSON.stringify(admin) });
  const cookie = `overblik_session=${/overblik_session=([^;]+)/.exec(login.headers.get('set-cookie') ?? '')?.[1]}`;
  const me = await login.json();
  const session = { cookie, 'x-csrf-token': me.csrfToken };
  const orgs = await (await fetch(`${base}/api/v1/organisations?q=101`, { headers: session })).json();
  const orgId = orgs.items[0].id;
  // Adding a known person invites her (issue 14); the administrator accepts her own invitation.
  const invited = await post(`/api/v1/organisations/${orgId}/members`, { email: admin.email, role: 'administrator' }, session);
  if (invited.invitation) await post(`/api/v1/me/invitations/${invited.invitation.id}/accept`, {}, session);
  const token = (await post('/api/v1/tokens', { organisationId: orgId, name: 'bench', scope: 'read-write' }, session)).token;
  const bearer = { authorization: `Bearer ${token}` };
  const fillStart = performance.now();
  for (let i = 0; i < UNITS; i++) await post(`/api/v1/organisations/${orgId}/units`, { name: `Enhed ${i}` }, bearer);
  const fillMs = performance.now() - fillStart;

  const scenarios = [
    ['GET /healthz (baseline)', () => fetch(`${base}/healthz`)],
    ['GET /api/v1/me (session cookie)', () => fetch(`${base}/api/v1/me`, { headers: session })],
    [`GET units (API token, ${UNITS} units)`, () => fetch(`${base}/api/v1/organisations/${orgId}/units`, { headers: bearer })],
    [
      'GET audit page (50 of the newest)',
      () => fetch(`${base}/api/v1/organisations/${orgId}/audit?limit=50`, { headers: bearer }),
    ],
    [
      'POST unit (write + audit, API token)',
      () => post(`/api/v1/organisations/${orgId}/units`, { name: 'Bench' }, bearer, false),
    ],
    [
      'POST login (argon2id)',
      () => fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: json(), body: JSON.stringify(admin) }),
    ],
  ];
  const results = [];
  for (const [name, request] of scenarios) results.push({ name, ...(await measure(request)) });
  const baseline = results[0].rate;
  console.log(
    `\nOverblik API benchmark — ${process.env.BENCH_DATABASE_URL ? 'PostgreSQL' : 'SQLite'}, node ${process.version}, ` +
      `${CONCURRENCY} concurrent clients, ${SECONDS} s per scenario; fill: ${UNITS} audited unit creations in ${(fillMs / 1000).toFixed(1)} s ` +
      `(${(UNITS / (fillMs / 1000)).toFixed(0)}/s sequential)\n`,
  );
  console.log('| scenario | requests/s | p50 ms | p95 ms | rate ÷ baseline |');
  console.log('|---|---:|---:|---:|---:|');
  for (const r of results) {
    console.log(
      `| ${r.name} | ${r.rate.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${(r.rate / baseline).toFixed(3)} |`,
    );
  }
} finally {
  server.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
}

function json() {
  return { 'content-type': 'application/json' };
}

async function post(url, body, headers, parse = true) {
  const response = await fetch(`${base}${url}`, {
    method: 'POST',
    headers: { ...json(), ...headers },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  return parse ? response.json() : response;
}

async function measure(request) {
  const latencies = [];
  const deadline = performance.now() + SECONDS * 1000;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < deadline) {
        const t0 = performance.now();
        const response = await request();
        if (!response.ok) throw new Error(`status ${response.status}`);
        await response.arrayBuffer();
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const elapsed = (performance.now() - start) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  return { rate: latencies.length / elapsed, p50: at(0.5), p95: at(0.95) };
}

async function waitUntilReady() {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${base}/readyz`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('server did not become ready');
}
