import { existsSync } from 'node:fs';
import path from 'node:path';
import type { DatabaseConfig } from '@overblik/db';
import SQLite from 'better-sqlite3';

/**
 * A consistent copy of the live SQLite database through SQLite's online backup API: the server
 * may keep writing meanwhile. For PostgreSQL, the pg_dump command to run is returned instead. `now` names the copy.
 */
export async function backup(config: DatabaseConfig, target: string | undefined, now: Date): Promise<string> {
  if (config.dialect === 'postgres') {
    const file = target ?? `overblik-${stamp(now)}.dump`;
    return `PostgreSQL: run\n  pg_dump --format=custom --no-owner --file=${file} "$DATABASE_URL"\nand restore with\n  pg_restore --clean --if-exists --no-owner --dbname="$DATABASE_URL" ${file}`;
  }
  if (!existsSync(config.file)) throw new Error(`No database at ${config.file}`);
  const destination = path.resolve(target ?? path.join(path.dirname(config.file), 'backups', `overblik-${stamp(now)}.sqlite`));
  if (existsSync(destination)) throw new Error(`${destination} exists already; choose another name`);
  const { mkdirSync } = await import('node:fs');
  mkdirSync(path.dirname(destination), { recursive: true });
  const source = new SQLite(config.file, { readonly: true, fileMustExist: true });
  try {
    await source.backup(destination);
  } finally {
    source.close();
  }
  const check = new SQLite(destination, { readonly: true });
  try {
    const result = check.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw new Error(`Backup failed its integrity check: ${String(result)}`);
  } finally {
    check.close();
  }
  return destination;
}

function stamp(now: Date): string {
  return now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
}
