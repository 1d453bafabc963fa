#!/usr/bin/env node
// Does a large import hold up everyone else? A built server is started; one client (in a thread of its own)
// asks for a page of contracts over and over (GET …/contracts?limit=5, one request at a time) while another
// imports a contracts CSV of N rows (a dry run three times, then the real import). The p50/p99 of those list
// requests during each import are set against the same figures with no import, measured in the same run; the
// import's own time against reading the same file alone (readTables, in this process). Last, the same list
// while the register (now 20,500 contracts) is exported as .xlsx.
//   npm run build && node bench/import-concurrency.mjs                  (SQLite)
//   BENCH_DATABASE_URL=postgres://… node bench/import-concurrency.mjs   (an empty database)
//   BENCH_ROWS=20000, BENCH_DRY_RUNS=3 (defaults)
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import { readTables } from '../apps/server/dist/spreadsheet/read-table.js';
import { closeWorkers } from '../apps/server/dist/workers/pool.js';
import { startBenchServer } from './lib.mjs';

const ROWS = Number(process.env.BENCH_ROWS ?? 20_000);
const BASELINE_MS = Number(process.env.BENCH_BASELINE_MS ?? 5000);
const DRY_RUNS = Number(process.env.BENCH_DRY_RUNS ?? 3);

/** A contracts CSV as a municipality's spreadsheet would hold it: number, name, dates, term and cost. */
function contractsCsv(prefix) {
  const lines = ['Kontraktnummer;Navn;Ikrafttræden;Løbetid (måneder);Opsigelsesvarsel (måneder);Årlig udgift'];
  for (let i = 0; i < ROWS; i++) {
    lines.push(
      `${prefix}-${i};Kontrakt om drift nummer ${i};01-${String((i % 12) + 1).padStart(2, '0')}-2025;36;6;${1000 + i},50`,
    );
  }
  return Buffer.from(`${lines.join('\r\n')}\r\n`);
}

/** The list client's thread: GET the list one request at a time until told to stop, then post the latencies. */
const LIST_CLIENT = `
const { parentPort, workerData } = require('node:worker_threads');
let stopped = false;
parentPort.once('message', () => { stopped = true; });
(async () => {
  parentPort.postMessage('ready');
  const times = [];
  while (!stopped) {
    const t0 = performance.now();
    const response = await fetch(workerData.url, { headers: workerData.headers });
    await response.arrayBuffer();
    if (!response.ok) return parentPort.postMessage('list: ' + response.status);
    times.push(performance.now() - t0);
  }
  parentPort.postMessage(times);
})();
`;

const quantile = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;

const { base, session, organisationId, stop } = await startBenchServer({ OVERBLIK_MAX_IMPORT_BYTES: String(64 * 1024 * 1024) });

try {
  const orgId = await organisationId(751);
  const importUrl = `${base}/api/v1/organisations/${orgId}/imports/contracts`;
  const listUrl = `${base}/api/v1/organisations/${orgId}/contracts?limit=5`;
  const runImport = async (bytes, dryRun) => {
    const response = await fetch(`${importUrl}${dryRun ? '?dryRun=true' : ''}`, {
      method: 'POST',
      headers: { ...session, 'content-type': 'text/csv' },
      body: bytes,
    });
    if (!response.ok) throw new Error(`import: ${response.status} ${(await response.text()).slice(0, 500)}`);
    return response.json();
  };

  /**
   * List requests one after another while `work()` runs; their latencies, sorted. The list client runs in a
   * thread of its own, started before the work, so that this thread's part (sending the file, parsing the
   * import's report of 20,000 rows) does not delay its measurements.
   */
  async function listWhile(work) {
    const client = new Worker(LIST_CLIENT, { eval: true, workerData: { url: listUrl, headers: session } });
    const [ready] = await once(client, 'message');
    if (ready !== 'ready') throw new Error('the list client did not start');
    const until = work();
    await until.catch(() => {});
    const answer = once(client, 'message');
    client.postMessage('stop');
    const [result] = await answer;
    await client.terminate();
    if (typeof result === 'string') throw new Error(result);
    await until;
    return result.sort((a, b) => a - b);
  }

  // A register to list from: a first, small import.
  const seedRows = contractsCsv('GRUND').toString('utf8').split('\r\n').slice(0, 501).join('\r\n');
  await runImport(Buffer.from(seedRows), false);

  const bytes = contractsCsv('STOR');
  const t0 = performance.now();
  await readTables(bytes, 'Kontrakter');
  const readMs = performance.now() - t0;

  const baseline = await listWhile(() => new Promise((resolve) => setTimeout(resolve, BASELINE_MS)));
  // The dry run writes nothing, so it is run DRY_RUNS times in a row: a p99 of its few hundred list requests
  // alone would be the second or third slowest of them.
  let dryRunMs = 0;
  const duringDryRun = await listWhile(async () => {
    for (let i = 0; i < DRY_RUNS; i++) {
      const started = performance.now();
      const report = await runImport(bytes, true);
      dryRunMs += (performance.now() - started) / DRY_RUNS;
      if (report.created !== ROWS) throw new Error(`dry run planned ${report.created} creations, expected ${ROWS}`);
    }
  });
  let importMs = 0;
  const duringImport = await listWhile(async () => {
    const started = performance.now();
    const report = await runImport(bytes, false);
    importMs = performance.now() - started;
    if (report.created !== ROWS) throw new Error(`import created ${report.created}, expected ${ROWS}`);
  });
  let exportMs = 0;
  let exportBytes = 0;
  const duringExport = await listWhile(async () => {
    const started = performance.now();
    const response = await fetch(`${base}/api/v1/organisations/${orgId}/exports/contracts?format=xlsx`, { headers: session });
    if (!response.ok) throw new Error(`export: ${response.status}`);
    exportBytes = (await response.arrayBuffer()).byteLength;
    exportMs = performance.now() - started;
  });
  const after = await listWhile(() => new Promise((resolve) => setTimeout(resolve, BASELINE_MS)));

  const database = process.env.BENCH_DATABASE_URL ? 'PostgreSQL' : 'SQLite';
  console.log(
    `\nOverblik: a list request while a ${ROWS}-row contracts import runs — ${database}, node ${process.version}, ` +
      `CSV of ${(bytes.length / 1024).toFixed(0)} KiB\n`,
  );
  console.log('| list requests (GET …/contracts?limit=5) | n | p50 ms | p99 ms | p99 ÷ p99 with no import |');
  console.log('|---|---:|---:|---:|---:|');
  const p99 = quantile(baseline, 0.99);
  for (const [name, times] of [
    ['no import (baseline)', baseline],
    [`during the dry run (${DRY_RUNS} in a row)`, duringDryRun],
    ['during the real import', duringImport],
    [`during an .xlsx export of the ${ROWS + 500} contracts`, duringExport],
    [`no import, 500 + ${ROWS} more contracts`, after],
  ]) {
    console.log(
      `| ${name} | ${times.length} | ${quantile(times, 0.5).toFixed(1)} | ${quantile(times, 0.99).toFixed(1)} | ${(quantile(times, 0.99) / p99).toFixed(2)} |`,
    );
  }
  console.log('\n| the import itself | ms | rows/s | time ÷ reading the file alone |');
  console.log('|---|---:|---:|---:|');
  for (const [name, ms] of [
    ['reading the file alone (readTables, baseline)', readMs],
    [`dry run over HTTP (mean of ${DRY_RUNS})`, dryRunMs],
    ['real import over HTTP (creates every row)', importMs],
    [`export of the register as .xlsx over HTTP (${(exportBytes / 1024).toFixed(0)} KiB)`, exportMs],
  ]) {
    console.log(`| ${name} | ${ms.toFixed(0)} | ${(ROWS / (ms / 1000)).toFixed(0)} | ${(ms / readMs).toFixed(1)} |`);
  }
} finally {
  stop();
  await closeWorkers();
}
