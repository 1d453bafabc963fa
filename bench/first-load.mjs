#!/usr/bin/env node
// First load of the web app, each page in a fresh Chromium context (empty cache), as Chromium counts the bytes
// (bench/page-weight.mjs): the login page; the start page of a person who is administrator of a municipality; and the
// start page of a system administrator with no organisation (it lists the organisations to choose from); and the
// administrator's start page opened again in the same context (what the cache saves on the next visit). The
// baseline, measured in the same run, is the same load with `Accept-Encoding: identity` (nothing compressed). The
// budget is 300 kB transferred per page; the script exits with 1 above it.
//   npm run build && node bench/first-load.mjs          (OVERBLIK_WEB_DIR=… measures another build)
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { kib, measurePageLoad } from './page-weight.mjs';

const BUDGET = 300_000;
const port = 19_000 + Math.floor(Math.random() * 1000);
const base = `http://127.0.0.1:${port}`;
const dataDir = mkdtempSync(path.join(tmpdir(), 'overblik-bench-'));
const password = 'benchmark adgangskode';
const member = { email: 'bench@kommune.dk', password };
const systemAdministrator = { email: 'system@overblik.test', password };
const env = {
  ...process.env,
  PORT: String(port),
  HOST: '127.0.0.1',
  OVERBLIK_DATA_DIR: dataDir,
  OVERBLIK_PUBLIC_URL: base,
  OVERBLIK_AUTH_RATE_LIMIT_PER_MINUTE: '100000',
  LOG_LEVEL: 'error',
};

overblik('migrate');
overblik('user', 'create', '--email', member.email, '--name', 'Bench', '--organisation', '101', '--role', 'administrator');
overblik('user', 'create', '--email', systemAdministrator.email, '--name', 'System', '--system-admin');
const server = spawn(process.execPath, ['apps/cli/bin/overblik.js', 'serve'], { env, stdio: ['ignore', 'inherit', 'inherit'] });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking'],
});

try {
  await waitUntilReady();
  const welcome = (page) => page.getByRole('heading', { level: 1, name: /^Velkommen/ }).waitFor();
  const pages = [
    { name: 'login page', path: '/login', ready: (page) => page.getByRole('heading', { level: 1, name: 'Log ind' }).waitFor() },
    { name: 'start page, administrator of a municipality', path: '/', signIn: member, ready: welcome },
    { name: 'start page, system administrator (organisation list)', path: '/', signIn: systemAdministrator, ready: welcome },
    { name: 'start page again, administrator (cached)', path: '/', signIn: member, ready: welcome, again: true },
  ];
  const results = [];
  for (const p of pages) {
    results.push({ ...p, compressed: await load(p, {}), identity: await load(p, { 'accept-encoding': 'identity' }) });
  }

  console.log(`\nOverblik first load — Chromium ${browser.version()}, node ${process.version}, fresh context per load\n`);
  console.log(
    '| page | requests | transferred kB | uncompressed kB | transferred ÷ uncompressed | uncompressed transfer kB (baseline) | ÷ baseline | within 300 kB |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---|');
  for (const r of results) {
    const c = r.compressed.total;
    const i = r.identity.total;
    console.log(
      `| ${r.name} | ${c.requests} | ${kb(c.transferred)} | ${kb(c.size)} | ${(c.transferred / c.size).toFixed(3)} | ` +
        `${kb(i.transferred)} | ${(c.transferred / i.transferred).toFixed(3)} | ${c.transferred <= BUDGET ? 'yes' : 'NO'} |`,
    );
  }
  for (const r of results) {
    console.log(`\n${r.name}, by resource type:\n`);
    console.log('| type | requests | transferred kB | uncompressed kB | uncompressed transfer kB (baseline) |');
    console.log('|---|---:|---:|---:|---:|');
    for (const [type, c] of Object.entries(r.compressed.byType)) {
      const i = r.identity.byType[type] ?? { transferred: 0 };
      console.log(`| ${type} | ${c.requests} | ${kb(c.transferred)} | ${kb(c.size)} | ${kb(i.transferred)} |`);
    }
  }
  for (const r of results) {
    console.log(`\n${r.name}, every request:\n`);
    console.log('| request | type | status | encoding | transferred KiB | uncompressed KiB | cache-control |');
    console.log('|---|---|---:|---|---:|---:|---|');
    for (const q of r.compressed.list) {
      const url = new URL(q.url);
      console.log(
        `| ${url.pathname}${url.search} | ${q.type} | ${q.status} | ${q.encoding || '–'} | ${kib(q.transferred)} | ` +
          `${kib(q.size)} | ${q.cacheControl || '–'} |`,
      );
    }
    for (const message of r.compressed.messages) console.log(`console ${message}`);
  }
  if (results.some((r) => r.compressed.total.transferred > BUDGET)) process.exitCode = 1;
} finally {
  await browser.close();
  server.kill('SIGTERM');
  rmSync(dataDir, { recursive: true, force: true });
}

async function load(p, extraHTTPHeaders) {
  const context = await browser.newContext({ baseURL: base, locale: 'da-DK', viewport: { width: 1280, height: 900 } });
  try {
    await context.setExtraHTTPHeaders(extraHTTPHeaders);
    if (p.signIn) {
      const response = await context.request.post('/api/v1/auth/login', { data: p.signIn });
      if (!response.ok()) throw new Error(`login: ${response.status()} ${await response.text()}`);
    }
    if (p.again) await (await measurePageLoad(context, p.path, { ready: p.ready })).page.close();
    return await measurePageLoad(context, p.path, { ready: p.ready });
  } finally {
    await context.close();
  }
}

/** Runs the command line on the benchmark's database; the password, where asked for, on stdin. */
function overblik(...args) {
  const withPassword = args[0] === 'user' ? [...args, '--password-stdin'] : args;
  const run = spawnSync(process.execPath, ['apps/cli/bin/overblik.js', ...withPassword], { env, input: `${password}\n` });
  if (run.status !== 0) throw new Error(`overblik ${args.join(' ')}: ${run.stdout}${run.stderr}`);
}

function kb(bytes) {
  return (bytes / 1000).toFixed(1);
}

async function waitUntilReady() {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(`${base}/readyz`)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('server did not become ready');
}
