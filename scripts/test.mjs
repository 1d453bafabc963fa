#!/usr/bin/env node
// `npm test`: every test. Unit and integration tests run on each dialect in DIALECTS (default sqlite;
// `DIALECTS=sqlite,postgres` with OVERBLIK_TEST_POSTGRES_URL adds PostgreSQL), then the browser tests
// in headless Chromium against a real server. Ends with one line "Tests: N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const dialects = process.env.DIALECTS ?? 'sqlite';
const env = { ...process.env, DIALECTS: dialects, NODE_ENV: 'test' };
if (dialects.includes('postgres') && !env.OVERBLIK_TEST_POSTGRES_URL) {
  console.error('DIALECTS includes postgres: set OVERBLIK_TEST_POSTGRES_URL (see docs/operations.md, or run .ci/run).');
  process.exit(2);
}
mkdirSync('.tmp', { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
/** Why the run fails, one line per cause, repeated at the end so a shortened CI log still shows it. */
const problems = [];

function run(label, args, extraEnv = {}) {
  console.log(`\n▶ ${label} (DIALECTS=${dialects})`);
  const report = `.tmp/${label.replace(/\W+/g, '-')}.json`;
  rmSync(report, { force: true });
  const result = spawnSync(
    'npx',
    ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    {
      stdio: 'inherit',
      env: { ...env, ...extraEnv },
    },
  );
  let failedTests = 0;
  if (existsSync(report)) {
    const json = JSON.parse(readFileSync(report, 'utf8'));
    failedTests = json.numFailedTests;
    totals.passed += json.numPassedTests;
    totals.failed += json.numFailedTests;
    totals.skipped += json.numPendingTests + json.numTodoTests;
    if (json.numTotalTests === 0) problems.push(`${label}: no tests were found`);
    for (const file of json.testResults ?? []) {
      // A file can fail outside its tests: an error while loading it or in a beforeAll/afterAll hook.
      if (file.status === 'failed' && (file.assertionResults ?? []).every((t) => t.status !== 'failed')) {
        problems.push(`${label}: ${file.name} failed outside its tests: ${(file.message ?? '').split('\n')[0]}`);
      }
    }
  } else {
    problems.push(`${label}: vitest wrote no report`);
  }
  if (failedTests > 0) problems.push(`${label}: ${failedTests} tests failed`);
  if (result.status !== 0 && failedTests === 0) {
    problems.push(
      `${label}: vitest exited with ${result.status ?? result.signal} though no test failed (see "Unhandled Errors" or "Errors" above)`,
    );
  }
}

function build() {
  console.log('\n▶ build (tsc -b, vite build) for the browser tests');
  // The browser tests drive the build users get: with this run's NODE_ENV=test, Vite would bundle React's
  // development build (70 kB more on the first load, which the first-load test holds to its budget).
  const result = spawnSync('npm', ['run', 'build', '--silent'], { stdio: 'inherit', env: { ...env, NODE_ENV: 'production' } });
  return result.status === 0;
}

// The worker threads (CPU-heavy parsing, apps/server/src/workers) run the compiled server, so compile first.
console.log('\n▶ tsc -b (the worker threads run the compiled code)');
if (spawnSync('npx', ['tsc', '-b'], { stdio: 'inherit', env }).status !== 0) problems.push('tsc -b failed');
run('unit and integration tests', []);
// The date and deadline rules must not depend on the time zone the server runs in: run them again where the
// day changes at other times (UTC+14 and UTC−8; the main run uses the machine's zone).
for (const tz of ['Pacific/Kiritimati', 'America/Los_Angeles']) {
  run(`date rules in ${tz}`, ['packages/core/src/time', 'packages/core/src/deadlines', 'packages/core/src/register'], { TZ: tz });
}

const chromium = process.env.OVERBLIK_CHROMIUM ?? '/usr/bin/chromium';
if (existsSync(chromium)) {
  if (build()) run('browser tests', ['--config', 'tests/e2e/vitest.config.ts']);
  else problems.push('the build for the browser tests failed');
} else if (process.env.OVERBLIK_REQUIRE_BROWSER === '1') {
  problems.push(`browser tests need Chromium at ${chromium} (apt-get install chromium)`);
} else {
  console.warn(`\n⚠ Browser tests skipped: no Chromium at ${chromium} (apt-get install chromium, or run .ci/run).`);
}

for (const problem of problems) console.error(`✗ ${problem}`);
console.log(`\nTests: ${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(problems.length === 0 ? 0 : 1);
