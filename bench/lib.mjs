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
