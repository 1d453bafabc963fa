// Small helpers the benchmarks share.
import { migrateToLatest, openDatabase } from '@overblik/db';

/** mulberry32: a small deterministic PRNG, so every run generates the same data. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pad = (n, w = 2) => String(n).padStart(w, '0');

/** What the timed functions returned, summed and printed at the end, so no work can be optimised away. */
export const sink = { value: 0 };

/** The median of `rounds` timed runs of fn(round), in ms; what fn returns goes into `sink`. */
export function median(fn, rounds) {
  const times = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    sink.value += fn(i) ?? 0;
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/**
 * The benchmark's database, migrated: PostgreSQL at `postgresUrl` (which must not hold any `table` rows yet), else
 * a new SQLite file in `dataDir`. The caller closes the handle.
 */
export async function openBenchDatabase(postgresUrl, dataDir, table) {
  const handle = openDatabase(
    postgresUrl ? { dialect: 'postgres', url: postgresUrl } : { dialect: 'sqlite', file: `${dataDir}/overblik.sqlite` },
  );
  try {
    await migrateToLatest(handle);
    const existing = await handle.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    if (Number(existing.n) > 0) throw new Error(`the database must be empty (it has ${table})`);
    return handle;
  } catch (error) {
    await handle.close();
    throw error;
  }
}

/**
 * The built server on a free port of loopback, on a new SQLite database (or the empty PostgreSQL database of
 * BENCH_DATABASE_URL), with a logged-in system administrator. `env` adds settings; BENCH_SERVER_ARGS adds Node
 * options (e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to profile the server). Call `stop()` when done.
 */
export async function startBenchServer(env = {}) {
  const { spawn } = await import('node:child_process');
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const path = await import('node:path');
  const port = 19_000 + Math.floor(Math.random() * 1000);
  const base = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(path.join(tmpdir(), 'overblik-bench-'));
  const admin = { email: 'bench@overblik.test', password: 'Kontrolleret belastning af Overblik 2026' };
  const nodeArgs = (process.env.BENCH_SERVER_ARGS ?? '').split(' ').filter(Boolean);
  const server = spawn(process.execPath, [...nodeArgs, 'apps/cli/bin/overblik.js', 'serve'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      OVERBLIK_DATA_DIR: dataDir,
      OVERBLIK_RUN_JOBS: 'false',
      ...(process.env.BENCH_DATABASE_URL && { DATABASE_URL: process.env.BENCH_DATABASE_URL }),
      OVERBLIK_ADMIN_EMAIL: admin.email,
      OVERBLIK_ADMIN_PASSWORD: admin.password,
      LOG_LEVEL: 'error',
      ...env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const stop = () => {
    server.kill('SIGTERM');
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    for (let i = 0; i < 200; i++) {
      try {
        if ((await fetch(`${base}/readyz`)).ok) break;
      } catch {}
      await new Promise((r) => setTimeout(r, 100));
    }
    const login = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(admin),
    });
    if (!login.ok) throw new Error(`login: ${login.status} ${await login.text()}`);
    const session = {
      cookie: `overblik_session=${/overblik_session=([^;]+)/.exec(login.headers.get('set-cookie') ?? '')?.[1]}`,
      'x-csrf-token': (await login.json()).csrfToken,
    };
    /** The id of the organisation a search finds first (a municipality code such as 751). */
    const organisationId = async (q) =>
      (await (await fetch(`${base}/api/v1/organisations?q=${q}`, { headers: session })).json()).items[0].id;
    return { base, session, organisationId, stop };
  } catch (error) {
    stop();
    throw error;
  }
}
