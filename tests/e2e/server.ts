import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTestDatabase, type TestDatabase, testDialects } from '@overblik/db/testing';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const cliBin = path.join(repoRoot, 'apps/cli/bin/overblik.js');
const cliBuilt = path.join(repoRoot, 'apps/cli/dist/main.js');
const webIndex = path.join(repoRoot, 'apps/web/dist/index.html');

export const ADMIN_EMAIL = 'admin@overblik.test';
export const ADMIN_PASSWORD = 'Sikker-Start-Adgangskode-2025';

export type TestServer = {
  url: string;
  dialect: string;
  /** Where the server stores uploaded documents: a temporary folder, removed by `stop`. */
  filesDir: string;
  /** What the server printed, for failure messages. */
  output: () => string;
  stop: () => Promise<void>;
};

function assertBuilt(): void {
  const missing = [
    [webIndex, 'the web app (npm run build -w @overblik/web)'],
    [cliBin, 'the CLI entry point'],
    [cliBuilt, 'the server and CLI (npx tsc -b)'],
  ].filter(([file]) => !existsSync(file ?? ''));
  if (missing.length > 0) {
    throw new Error(
      `Browser tests need a built Overblik. Missing: ${missing.map(([f, what]) => `${f} – ${what}`).join('; ')}. ` +
        'Run `npm run build` at the repository root first.',
    );
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function waitUntilReady(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 45_000;
  let lastProblem = 'no answer yet';
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`The server exited (code ${child.exitCode ?? child.signalCode}) before it was ready.\n${output()}`);
    }
    try {
      const response = await fetch(`${url}/readyz`);
      if (response.status === 200) return;
      lastProblem = `GET /readyz answered ${response.status}`;
    } catch (error) {
      lastProblem = error instanceof Error ? error.message : String(error);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`The server was not ready within 45 s (${lastProblem}).\n${output()}`);
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

/**
 * Starts the real server (`overblik serve`) as a child process on a fresh database of the first dialect in DIALECTS,
 * with the bootstrap administrator from the environment (unless `bootstrapAdmin: false`: then the server prints a
 * one-time setup link), and waits until it is ready. With `demo: true` the demo data is loaded first. Uploaded documents go to a temporary folder of their own;
 * `env` adds to the server's environment.
 */
export async function startTestServer(
  options: { bootstrapAdmin?: boolean; env?: Record<string, string>; demo?: boolean } = {},
): Promise<TestServer> {
  assertBuilt();
  const dialect = testDialects()[0] ?? 'sqlite';
  const database: TestDatabase = await createTestDatabase(dialect);
  const filesDir = await mkdtemp(path.join(tmpdir(), 'overblik-e2e-files-'));
  const cleanUp = async () => {
    await database.drop();
    await rm(filesDir, { recursive: true, force: true });
  };
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const connection = database.connection;
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    PORT: String(port),
    HOST: '127.0.0.1',
    NODE_ENV: 'test',
    ...(options.bootstrapAdmin !== false && { OVERBLIK_ADMIN_EMAIL: ADMIN_EMAIL, OVERBLIK_ADMIN_PASSWORD: ADMIN_PASSWORD }),
    OVERBLIK_PUBLIC_URL: url,
    // Every browser test logs in several times from the same address.
    OVERBLIK_AUTH_RATE_LIMIT_PER_MINUTE: '1000',
    OVERBLIK_FILES_DIR: filesDir,
    ...(connection.dialect === 'sqlite'
      ? { OVERBLIK_DATA_DIR: path.dirname(connection.file) }
      : { DATABASE_URL: connection.url }),
    // E.g. OVERBLIK_SMTP_URL for the test SMTP server on 127.0.0.1 (apps/server/test/smtp.ts).
    ...options.env,
  };

  if (options.demo) {
    // `overblik demo` on the same database: the demo municipality with its suppliers and contracts.
    const seeded = spawnSync(process.execPath, [cliBin, 'demo'], { cwd: repoRoot, env, encoding: 'utf8' });
    if (seeded.status !== 0) {
      await cleanUp();
      throw new Error(`overblik demo failed (${seeded.status}):\n${seeded.stdout}\n${seeded.stderr}`);
    }
  }

  const child = spawn(process.execPath, [cliBin, 'serve'], { cwd: repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const append = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  const output = () => (log ? `--- server output ---\n${log}` : '(the server printed nothing)');

  try {
    await waitUntilReady(url, child, output);
  } catch (error) {
    await stopChild(child);
    await cleanUp();
    throw error;
  }

  return {
    url,
    dialect,
    filesDir,
    output,
    async stop() {
      await stopChild(child);
      await cleanUp();
    },
  };
}
