#!/usr/bin/env node
// Deadline benchmark (issue 4). Two parts, each against a baseline measured in the same run:
//  1. In memory: contractDeadlines + derivedActivitiesOf for 1,000,000 generated term sets on a fixed day,
//     against a loop that allocates and fills result objects of the same shape from the same term sets.
//  2. In the database: 100,000 contracts with the same generated terms, written straight into a fresh
//     database; recomputeDeadlines (first run: creates the derived activities, audited; then a full run with
//     nothing to change; the run after midnight; a run with nothing due) against a plain batched UPDATE of every
//     row, and the start page's counters (deadlineCounts) against a count of the organisation's contracts.
//   npm run build && node bench/deadlines.mjs                      (SQLite)
//   BENCH_DATABASE_URL=postgres://… node bench/deadlines.mjs        (PostgreSQL; the database must be empty)
// BENCH_MEMORY_CONTRACTS (default 1000000), BENCH_CONTRACTS (default 100000), BENCH_COUNTS (counter queries,
// default 200), BENCH_PARTS (default "memory,database").
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  addDays,
  addMonths,
  contractDeadlines,
  danishSortKeyOf,
  daysInMonth,
  derivedActivitiesOf,
  fixedClock,
} from '@overblik/core';
import { contractsDueForDeadlines, deadlineCounts, derivedActivitiesOfContracts, optionsOfContracts } from '@overblik/db';
import { recomputeDeadlines } from '@overblik/server';
import { sql } from 'kysely';
import { openBenchDatabase, pad, prng } from './lib.mjs';

const MEMORY_CONTRACTS = Number(process.env.BENCH_MEMORY_CONTRACTS ?? 1_000_000);
const CONTRACTS = Number(process.env.BENCH_CONTRACTS ?? 100_000);
const COUNTS = Number(process.env.BENCH_COUNTS ?? 200);
const PARTS = (process.env.BENCH_PARTS ?? 'memory,database').split(',');
const postgresUrl = process.env.BENCH_DATABASE_URL;
/** The fixed day everything is computed for, so runs compare. */
const TODAY = '2026-11-22';
/** Noon in Denmark's winter time: the clock of a run on `day`. */
const at = (day) => fixedClock(`${day}T11:00:00Z`);
const BATCH = 500;

// ---------------------------------------------------------------------------------------------------------
// Generated terms

/**
 * `count` varied term sets with their options: fixed terms (months or an end date), ongoing contracts,
 * automatic renewal (some with monthly or quarterly periods rolling for up to 26 years), notice to any day
 * or to a month/quarter/half-year/year end, irrevocable periods, extension options partly exercised and
 * purchase options, terminations given (some with an agreed effective day) and yearly price regulation.
 * `category` groups them for the per-kind timings.
 */
function generateTermSets(count, seed = 4) {
  const r = prng(seed);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const randomDate = (fromYear, toYear) => {
    const y = fromYear + Math.floor(r() * (toYear - fromYear + 1));
    const m = 1 + Math.floor(r() * 12);
    const u = r();
    const d = u < 0.6 ? 1 : u < 0.85 ? 1 + Math.floor(r() * 28) : daysInMonth(y, m);
    return `${y}-${pad(m)}-${pad(d)}`;
  };
  const sets = new Array(count);
  for (let i = 0; i < count; i++) {
    const inForceFrom = r() < 0.03 ? null : randomDate(2000, 2027);
    const u = r();
    const termKind = u < 0.35 ? 'ongoing' : u < 0.75 ? 'months' : 'end_date';
    const fixed = termKind !== 'ongoing';
    const termMonths = termKind === 'months' ? pick([6, 12, 24, 36, 48, 48, 60, 72, 120]) : null;
    let termEndsOn = null;
    if (termKind === 'end_date') {
      termEndsOn = inForceFrom
        ? addDays(addMonths(inForceFrom, pick([12, 18, 24, 36, 48, 60, 96])), -1 - Math.floor(r() * 20))
        : randomDate(2020, 2032);
    }
    const v = r();
    const renewal = !fixed ? 'none' : v < 0.4 ? 'automatic' : v < 0.5 ? 'by_agreement' : 'none';
    const renewalMonths = renewal === 'automatic' && r() < 0.6 ? pick([1, 3, 6, 12, 12, 12, 24, 36]) : null;
    const irrevocableUntil = inForceFrom && r() < 0.2 ? addDays(addMonths(inForceFrom, pick([12, 24, 36, 48, 60])), -1) : null;
    const noticeMonths = r() < 0.8 ? pick([1, 2, 3, 3, 6, 6, 12]) : null;
    const noticePeriodEnd = noticeMonths === null ? null : pick([null, null, 'month', 'month', 'quarter', 'half_year', 'year']);
    const earlyTermination = fixed && r() < 0.15;
    const terminationGivenOn = r() < 0.06 ? randomDate(2022, 2026) : null;
    const terminationEffectiveOn =
      terminationGivenOn && r() < 0.5 ? addDays(addMonths(terminationGivenOn, pick([1, 3, 6, 12])), -1) : null;
    const priceRegulationDate = r() < 0.4 ? pick(['01-01', '01-01', '04-01', '07-01', '10-01', '02-29', '12-31', '03-15']) : null;
    const options = [];
    if (fixed && r() < 0.3) {
      const periods = 1 + Math.floor(r() * 4);
      options.push({
        id: `o${i}-e`,
        kind: 'extension',
        periods,
        periodMonths: pick([6, 12, 12, 24]),
        exercisedPeriods: Math.floor(r() * (periods + 1)),
        latestExerciseOn: r() < 0.3 ? randomDate(2024, 2029) : null,
        leadTimeMonths: pick([null, 3, 6, 6, 12]),
      });
    }
    if (r() < (fixed ? 0.08 : 0.03)) {
      options.push({
        id: `o${i}-p`,
        kind: 'purchase',
        periods: null,
        periodMonths: null,
        exercisedPeriods: 0,
        latestExerciseOn: r() < 0.5 ? randomDate(2025, 2030) : null,
        leadTimeMonths: pick([3, 6]),
      });
    }
    const terms = {
      inForceFrom,
      termKind,
      termMonths,
      termEndsOn,
      renewal,
      renewalMonths,
      irrevocableUntil,
      noticeMonths,
      noticePeriodEnd,
      earlyTermination,
      terminationGivenOn,
      terminationEffectiveOn,
      priceRegulationDate,
    };
    const category = terminationGivenOn
      ? 'termination given'
      : termKind === 'ongoing'
        ? 'ongoing'
        : renewal === 'automatic' && renewalMonths !== null && renewalMonths <= 3
          ? 'automatic renewal, 1–3 month periods'
          : renewal === 'automatic'
            ? 'automatic renewal, 6+ month periods'
            : earlyTermination
              ? 'fixed term, early termination'
              : 'fixed term, expires';
    sets[i] = { terms, options, category };
  }
  return sets;
}

// ---------------------------------------------------------------------------------------------------------
// Part 1: in memory

/** The rules: every deadline and the derived activities they call for, counted by type in `produced`. */
function rules(sets, produced = {}) {
  let lines = 0;
  for (const s of sets) {
    const d = contractDeadlines(s.terms, s.options, TODAY);
    for (const w of derivedActivitiesOf(d, TODAY)) produced[w.type] = (produced[w.type] ?? 0) + 1;
    lines += d.explanation.length;
  }
  return lines;
}

/**
 * Baseline: the same iteration and result objects of the same shape (deadlines, option deadlines, an
 * explanation line, the wanted activities filtered on the day, counted by type), filled by copying fields
 * instead of applying the rules.
 */
function baseline(sets, produced = {}) {
  let lines = 0;
  for (const s of sets) {
    const t = s.terms;
    const d = {
      currentTermEnd: t.termEndsOn,
      finalEnd: t.termEndsOn ?? t.terminationEffectiveOn,
      earliestEnd: t.terminationEffectiveOn,
      latestNoticeDate: t.terminationGivenOn,
      optionDeadlines: s.options.map((o) => ({ optionId: o.id, period: 1, deadline: o.latestExerciseOn, extendsTo: null })),
      nextPriceRegulation: t.inForceFrom,
      irrevocableUntil: t.irrevocableUntil,
      explanation: [t.termKind],
    };
    const wanted = [];
    if (d.finalEnd !== null) wanted.push({ key: 'expiry', type: 'expiry', dueOn: d.finalEnd, optionId: null });
    if (d.latestNoticeDate !== null)
      wanted.push({ key: 'notice_deadline', type: 'notice_deadline', dueOn: d.latestNoticeDate, optionId: null });
    for (const o of d.optionDeadlines)
      if (o.deadline !== null)
        wanted.push({ key: `option:${o.optionId}`, type: 'option_exercise', dueOn: o.deadline, optionId: o.optionId });
    if (d.nextPriceRegulation !== null)
      wanted.push({ key: 'price_regulation', type: 'price_regulation', dueOn: d.nextPriceRegulation, optionId: null });
    if (d.irrevocableUntil !== null)
      wanted.push({ key: 'irrevocable_end', type: 'irrevocable_end', dueOn: d.irrevocableUntil, optionId: null });
    for (const w of wanted.filter((w) => w.dueOn >= TODAY)) produced[w.type] = (produced[w.type] ?? 0) + 1;
    lines += d.explanation.length;
  }
  return lines;
}

/** derivedActivitiesOf alone, on deadlines computed beforehand. */
function derivedOnly(deadlines) {
  let n = 0;
  for (const d of deadlines) n += derivedActivitiesOf(d, TODAY).length;
  return n;
}

/** Median of `rounds` timed runs of fn(input), in ms; the result is kept so the work cannot be dropped. */
let sink = 0;
function timed(fn, input, rounds, produced) {
  const times = [];
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    sink += fn(input, i === 0 ? produced : undefined);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

function memoryPart() {
  const t0 = performance.now();
  const sets = generateTermSets(MEMORY_CONTRACTS);
  const generateSeconds = (performance.now() - t0) / 1000;
  // Warm up every function on a slice so the JIT has settled before the first timed round.
  const warm = sets.slice(0, 20_000);
  for (let i = 0; i < 2; i++) sink += baseline(warm) + rules(warm);

  // All term sets: the baseline three times (it is short), the rules once (about a minute).
  const base = timed(baseline, sets, 3);
  const produced = {};
  const all = timed(rules, sets, 1, produced);
  // Where the time goes: the first 100,000 by kind of term set, and derivedActivitiesOf on its own.
  const subset = sets.slice(0, Math.min(sets.length, 100_000));
  const categories = new Map();
  for (const s of subset) {
    if (!categories.has(s.category)) categories.set(s.category, []);
    categories.get(s.category).push(s);
  }
  const byCategory = [...categories.entries()]
    .sort((a, b) => b[1].length - a[1].length)
    .map(([name, group]) => ({ name, count: group.length, base: timed(baseline, group, 3), rules: timed(rules, group, 3) }));
  const computed = subset.map((s) => contractDeadlines(s.terms, s.options, TODAY));
  for (let i = 0; i < 2; i++) sink += derivedOnly(computed.slice(0, 20_000));
  const derived = timed(derivedOnly, computed, 3);

  const n = sets.length;
  const totalActivities = Object.values(produced).reduce((a, b) => a + b, 0);
  console.log(
    `\nDeadlines in memory — node ${process.version}, ${n.toLocaleString('en')} generated term sets ` +
      `(generated in ${generateSeconds.toFixed(1)} s), day ${TODAY}; ` +
      `${totalActivities.toLocaleString('en')} derived activities (${Object.entries(produced)
        .map(([k, v]) => `${k} ${v.toLocaleString('en')}`)
        .join(', ')})\n`,
  );
  console.log('| work | contracts | total s | ns/contract | ÷ baseline |');
  console.log('|---|---:|---:|---:|---:|');
  console.log(
    `| copy into result objects of the same shape (baseline, median of 3) | ${n.toLocaleString('en')} | ` +
      `${(base / 1000).toFixed(2)} | ${((base * 1e6) / n).toFixed(0)} | 1.0 |`,
  );
  console.log(
    `| contractDeadlines + derivedActivitiesOf (1 round) | ${n.toLocaleString('en')} | ${(all / 1000).toFixed(2)} | ` +
      `${((all * 1e6) / n).toFixed(0)} | ${(all / base).toFixed(1)} |`,
  );
  console.log(
    `| derivedActivitiesOf alone, on computed deadlines (median of 3) | ${subset.length.toLocaleString('en')} | ` +
      `${(derived / 1000).toFixed(2)} | ${((derived * 1e6) / subset.length).toFixed(0)} | ` +
      `${(derived / subset.length / (base / n)).toFixed(1)} |`,
  );
  console.log(`\nBy kind of term set (the first ${subset.length.toLocaleString('en')}, median of 3):\n`);
  console.log('| kind of term set | contracts | baseline ns/contract | rules ns/contract | ÷ baseline | share of rules time |');
  console.log('|---|---:|---:|---:|---:|---:|');
  const rulesTotal = byCategory.reduce((sum, c) => sum + c.rules, 0);
  for (const c of byCategory) {
    console.log(
      `| ${c.name} | ${c.count.toLocaleString('en')} | ${((c.base * 1e6) / c.count).toFixed(0)} | ` +
        `${((c.rules * 1e6) / c.count).toFixed(0)} | ${(c.rules / c.base).toFixed(1)} | ${((100 * c.rules) / rulesTotal).toFixed(0)} % |`,
    );
  }
}

// ---------------------------------------------------------------------------------------------------------
// Part 2: in the database

async function databasePart() {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'overblik-bench-'));
  const handle = await openBenchDatabase(postgresUrl, dataDir, 'contracts');
  const db = handle.db;
  try {
    const org = await db.selectFrom('organisations').select('id').where('municipalityCode', '=', '101').executeTakeFirstOrThrow();
    const organisationId = org.id;

    const fillStart = performance.now();
    const optionCount = await fill(db, organisationId);
    const fillSeconds = (performance.now() - fillStart) / 1000;

    const count = async (table) =>
      Number(
        (
          await db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const activityTypes = async () =>
      Object.fromEntries(
        (
          await db
            .selectFrom('activities')
            .select(['type', (eb) => eb.fn.countAll().as('n')])
            .groupBy('type')
            .execute()
        ).map((r) => [r.type, Number(r.n)]),
      );
    const runs = [];
    let dueQueryMs = 0;
    const measure = async (name, fn) => {
      const before = { activities: await activityTypes(), audit: await count('auditEvents') };
      const t0 = performance.now();
      const out = await fn();
      const ms = typeof out === 'object' ? out.ms : performance.now() - t0;
      const result = typeof out === 'object' ? out.contracts : out;
      const after = { activities: await activityTypes(), audit: await count('auditEvents') };
      const written = Object.entries(after.activities)
        .map(([type, n]) => [type, n - (before.activities[type] ?? 0)])
        .filter(([, n]) => n !== 0)
        .sort(([a], [b]) => (a < b ? -1 : 1));
      runs.push({
        name,
        ms,
        result,
        activities: written.reduce((sum, [, n]) => sum + n, 0),
        byType: written.map(([type, n]) => `${type} ${n.toLocaleString('en')}`).join(', '),
        audit: after.audit - before.audit,
      });
    };

    // Baselines: every row touched with the same batching (keyset over ids, 500 per transaction).
    await measure('baseline: one UPDATE … WHERE id IN (500 ids) per batch', () =>
      eachBatch(db, async (trx, ids) => {
        await trx.updateTable('contracts').set({ deadlinesOn: null }).where('id', 'in', ids).execute();
      }),
    );
    await measure('reference: read whole rows, one UPDATE per row (no rules, no activities)', () =>
      eachBatch(
        db,
        async (trx, _ids, rows) => {
          for (const row of rows) {
            await trx
              .updateTable('contracts')
              .set({
                endsOn: row.endsOn,
                currentTermEnd: row.currentTermEnd,
                latestNoticeDate: row.latestNoticeDate,
                earliestEnd: row.earliestEnd,
                nextOptionDeadline: row.nextOptionDeadline,
                nextPriceRegulation: row.nextPriceRegulation,
                deadlinesOn: null,
              })
              .where('id', '=', row.id)
              .execute();
          }
        },
        true,
      ),
    );
    // Part of the run on its own: the three reads of each batch exactly as recomputeDeadlines issues them
    // (the due contracts, their options, their derived activities). Only the reads are timed; each batch is
    // then marked done with one UPDATE, and afterwards every contract is made due again.
    await measure('reference: only the batch reads of recomputeDeadlines (timed without its writes)', async () => {
      let ms = 0;
      let contracts = 0;
      for (;;) {
        const t0 = performance.now();
        const batch = await contractsDueForDeadlines(db, TODAY, BATCH);
        dueQueryMs += performance.now() - t0;
        const ids = batch.map((c) => c.id);
        if (ids.length > 0) {
          await optionsOfContracts(db, ids);
          await derivedActivitiesOfContracts(db, ids);
        }
        ms += performance.now() - t0;
        if (ids.length === 0) break;
        await db.updateTable('contracts').set({ deadlinesOn: TODAY }).where('id', 'in', ids).execute();
        contracts += ids.length;
      }
      await db.updateTable('contracts').set({ deadlinesOn: null }).execute();
      return { ms, contracts };
    });
    await measure('recomputeDeadlines, first run (creates derived activities)', () => recomputeDeadlines(db, at(TODAY)));
    await measure('recomputeDeadlines {all: true}, same day (nothing changes)', () =>
      recomputeDeadlines(db, at(TODAY), { all: true }),
    );
    await measure('recomputeDeadlines, next day (the run after midnight)', () => recomputeDeadlines(db, at(addDays(TODAY, 1))));
    await measure('recomputeDeadlines, same day again (nothing due: a 15-minute run)', () =>
      recomputeDeadlines(db, at(addDays(TODAY, 1))),
    );

    const day = addDays(TODAY, 1);
    const counters = await latencies(() => deadlineCounts(db, organisationId, day, addDays(day, 30), addDays(day, 90)));
    const roundTrip = await latencies(() => sql`select 1`.execute(db));
    const counted = await latencies(() =>
      db
        .selectFrom('contracts')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('organisationId', '=', organisationId)
        .executeTakeFirstOrThrow(),
    );
    const sample = await deadlineCounts(db, organisationId, day, addDays(day, 30), addDays(day, 90));

    // On PostgreSQL the counts are index-only scans, which read the table for every row whose page is not yet
    // marked all-visible: right after a run has rewritten every contract, until autovacuum has passed.
    const vacuumed = postgresUrl
      ? await (async () => {
          await sql`vacuum analyze contracts, activities`.execute(db);
          return {
            counters: await latencies(() => deadlineCounts(db, organisationId, day, addDays(day, 30), addDays(day, 90))),
            counted: await latencies(() =>
              db
                .selectFrom('contracts')
                .select((eb) => eb.fn.countAll().as('n'))
                .where('organisationId', '=', organisationId)
                .executeTakeFirstOrThrow(),
            ),
          };
        })()
      : null;
    const base = runs[0].ms;
    console.log(
      `\nDeadlines in the database — ${postgresUrl ? 'PostgreSQL' : 'SQLite'}, node ${process.version}, ` +
        `${CONTRACTS.toLocaleString('en')} contracts and ${optionCount.toLocaleString('en')} options in one organisation ` +
        `(written in ${fillSeconds.toFixed(0)} s), day ${TODAY}, batches of ${BATCH}\n`,
    );
    console.log('| run | contracts | total s | µs/contract | activities written | audit events | ÷ baseline |');
    console.log('|---|---:|---:|---:|---:|---:|---:|');
    for (const r of runs) {
      console.log(
        `| ${r.name} | ${r.result.toLocaleString('en')} | ${(r.ms / 1000).toFixed(2)} | ` +
          `${r.result > 0 ? ((r.ms * 1000) / r.result).toFixed(0) : '–'} | ${r.activities.toLocaleString('en')} | ` +
          `${r.audit.toLocaleString('en')} | ${ratio(r.ms / base)} |`,
      );
    }
    console.log(
      `\nOf the batch reads, contractsDueForDeadlines took ${(dueQueryMs / 1000).toFixed(2)} s ` +
        `(${Math.ceil(CONTRACTS / BATCH) + 1} calls, each scanning past the contracts already done).`,
    );
    console.log('\nActivities written, by type:');
    for (const r of runs) if (r.byType) console.log(`- ${r.name}: ${r.byType}`);
    console.log(`\nStart-page counters, ${COUNTS} sequential calls after 20 warm-up calls (counts: ${JSON.stringify(sample)})\n`);
    console.log('| query | p50 ms | p95 ms | p50 ÷ baseline | p95 ÷ baseline |');
    console.log('|---|---:|---:|---:|---:|');
    const rows = [
      ['select 1 (a round trip)', roundTrip, counted],
      ['select count(*) of the organisation’s contracts (baseline)', counted, counted],
      ['deadlineCounts (6 counts on stored dates)', counters, counted],
    ];
    if (vacuumed) {
      rows.push(
        ['after VACUUM: select count(*) of the organisation’s contracts (baseline)', vacuumed.counted, vacuumed.counted],
        ['after VACUUM: deadlineCounts', vacuumed.counters, vacuumed.counted],
      );
    }
    for (const [name, l, b] of rows) {
      console.log(`| ${name} | ${l.p50.toFixed(2)} | ${l.p95.toFixed(2)} | ${ratio(l.p50 / b.p50)} | ${ratio(l.p95 / b.p95)} |`);
    }
  } finally {
    await handle.close();
    if (process.env.BENCH_KEEP) console.log(`kept ${dataDir}`);
    else rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * Writes the contracts and their options straight into the database in batches of 500 (the API would take
 * far longer, and what is measured here is the recompute): the generated terms, deadlines never computed.
 */
async function fill(db, organisationId) {
  const now = new Date().toISOString();
  const sets = generateTermSets(CONTRACTS);
  let optionCount = 0;
  for (let start = 0; start < CONTRACTS; start += BATCH) {
    const contracts = [];
    const options = [];
    for (let i = start; i < Math.min(CONTRACTS, start + BATCH); i++) {
      const { terms, options: own } = sets[i];
      const id = crypto.randomUUID();
      const name = `Kontrakt ${i}`;
      contracts.push({
        id,
        organisationId,
        number: `K-${pad(i, 6)}`,
        name,
        nameSort: danishSortKeyOf(name),
        agreementElements: '[]',
        tags: '[]',
        links: '[]',
        currency: 'DKK',
        priceRegulation: terms.priceRegulationDate ? 'index' : 'none',
        priceIndex: terms.priceRegulationDate ? 'Nettoprisindeks' : null,
        ...terms,
        earlyTermination: terms.earlyTermination ? 1 : 0,
        deadlinesOn: null,
        createdAt: now,
        updatedAt: now,
      });
      for (const o of own) {
        options.push({
          id: crypto.randomUUID(),
          organisationId,
          contractId: id,
          kind: o.kind,
          periods: o.periods,
          periodMonths: o.periodMonths,
          latestExerciseOn: o.latestExerciseOn,
          leadTimeMonths: o.leadTimeMonths,
          exercisedPeriods: o.exercisedPeriods,
          createdAt: now,
          updatedAt: now,
        });
      }
    }
    optionCount += options.length;
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('contracts').values(contracts).execute();
      if (options.length > 0) await trx.insertInto('contractOptions').values(options).execute();
    });
  }
  await sql`analyze`.execute(db);
  return optionCount;
}

/** Walks every contract in id order, 500 at a time, one transaction per batch; returns how many it touched. */
async function eachBatch(db, work, wholeRows = false) {
  let last = null;
  let done = 0;
  for (;;) {
    const rows = await db
      .selectFrom('contracts')
      .$if(wholeRows, (q) => q.selectAll())
      .$if(!wholeRows, (q) => q.select('id'))
      .$if(last !== null, (q) => q.where('id', '>', last))
      .orderBy('id')
      .limit(BATCH)
      .execute();
    if (rows.length === 0) return done;
    const ids = rows.map((r) => r.id);
    await db.transaction().execute((trx) => work(trx, ids, rows));
    last = ids[ids.length - 1];
    done += rows.length;
  }
}

function ratio(x) {
  return x.toFixed(x < 0.1 ? 3 : x < 10 ? 2 : 1);
}

async function latencies(fn) {
  for (let i = 0; i < 20; i++) await fn();
  const times = [];
  for (let i = 0; i < COUNTS; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  return { p50: at(0.5), p95: at(0.95) };
}

if (PARTS.includes('memory')) memoryPart();
if (PARTS.includes('database')) await databasePart();
if (sink === -1) console.log(sink);
