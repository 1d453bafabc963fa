#!/usr/bin/env node
// Supplier import benchmark: a generated .xlsx with N suppliers is imported through the HTTP API of the
// built server (dry run, real import, re-import of the same file), each timed against the baseline of only
// reading the same workbook with the same reader in this process, in the same run.
//   npm run build && node bench/import.mjs            (SQLite)
//   BENCH_DATABASE_URL=postgres://… node bench/import.mjs
import ExcelJS from 'exceljs';
import { readTables } from '../apps/server/dist/spreadsheet/read-table.js';
import { closeWorkers } from '../apps/server/dist/workers/pool.js';
import { startBenchServer } from './lib.mjs';

const ROWS = Number(process.env.BENCH_ROWS ?? 5000);
const REPEAT = Number(process.env.BENCH_REPEAT ?? 3);
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Valid CVR numbers: 8 digits whose weighted sum is divisible by 11. */
function cvr(n) {
  const weights = [2, 7, 6, 5, 4, 3, 2];
  for (let candidate = 10_000_000 + n * 97; ; candidate++) {
    const digits = String(candidate).slice(0, 7).split('').map(Number);
    const sum = digits.reduce((s, d, i) => s + d * weights[i], 0);
    const check = (11 - (sum % 11)) % 11;
    if (check < 10) return `${digits.join('')}${check}`;
  }
}

async function workbook() {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Leverandører');
  sheet.addRow(['Navn', 'CVR-nummer', 'Adresse', 'Postnummer', 'By', 'Klassifikation', 'Noter']);
  const seen = new Set();
  for (let i = 0; i < ROWS; i++) {
    let number = cvr(i);
    for (let k = 1; seen.has(number); k++) number = cvr(i + k * 100_000);
    seen.add(number);
    sheet.addRow([
      `Leverandør ${i} ApS`,
      number,
      `Vejen ${i}`,
      1000 + (i % 8000),
      'Aarhus',
      'Standard',
      i % 3 ? null : 'Rammeaftale',
    ]);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

async function median(run) {
  const times = [];
  for (let i = 0; i < REPEAT; i++) {
    const t0 = performance.now();
    await run();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

const { base, session, organisationId, stop } = await startBenchServer();

try {
  const orgId = await organisationId(751);
  const post = (url, body, type) =>
    fetch(`${base}${url}`, { method: 'POST', headers: { ...session, 'content-type': type }, body });
  const bytes = await workbook();
  const url = `/api/v1/organisations/${orgId}/imports/suppliers`;
  const expectOk = async (response) => {
    if (!response.ok) throw new Error(`${response.status} ${await response.text()}`);
    return response.json();
  };

  const parse = await median(() => readTables(bytes, 'Leverandører'));
  const dryRun = await median(async () => expectOk(await post(`${url}?dryRun=true`, bytes, XLSX)));
  const t0 = performance.now();
  const first = await expectOk(await post(url, bytes, XLSX));
  const real = performance.now() - t0;
  const again = await median(async () => expectOk(await post(url, bytes, XLSX)));
  if (first.created !== ROWS) throw new Error(`expected ${ROWS} created, got ${first.created}`);

  console.log(
    `\nOverblik supplier import — ${process.env.BENCH_DATABASE_URL ? 'PostgreSQL' : 'SQLite'}, node ${process.version}, ` +
      `${ROWS} rows (${(bytes.length / 1024).toFixed(0)} KiB .xlsx), median of ${REPEAT} where repeated\n`,
  );
  console.log('| step | ms | rows/s | time ÷ baseline |');
  console.log('|---|---:|---:|---:|');
  for (const [name, ms] of [
    ['read the workbook only (baseline)', parse],
    ['dry run over HTTP (read, check, plan)', dryRun],
    ['first import (creates every row, audited, one transaction)', real],
    ['re-import of the same file (all unchanged)', again],
  ]) {
    console.log(`| ${name} | ${ms.toFixed(0)} | ${(ROWS / (ms / 1000)).toFixed(0)} | ${(ms / parse).toFixed(2)} |`);
  }
} finally {
  stop();
  await closeWorkers();
}
