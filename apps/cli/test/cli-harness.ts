import path from 'node:path';
import type { DialectName } from '@overblik/db';
import { createTestDatabase } from '@overblik/db/testing';
import { vi } from 'vitest';
import { program } from '../src/main.js';

/** Runs `overblik …` in-process with the given environment; returns what it printed and the exit code it set. */
export async function runOverblik(env: Record<string, string>, ...args: string[]): Promise<{ out: string; code: number }> {
  const saved = { ...process.env };
  const savedCode = process.exitCode;
  Object.assign(process.env, env);
  process.exitCode = 0;
  const lines: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => {
    lines.push(parts.join(' '));
  });
  try {
    await program()
      .exitOverride()
      .parseAsync(['node', 'overblik', ...args]);
    return { out: lines.join('\n'), code: Number(process.exitCode ?? 0) };
  } finally {
    log.mockRestore();
    process.env = saved;
    process.exitCode = savedCode;
  }
}

/** What `overblik …` printed. */
export async function overblik(env: Record<string, string>, ...args: string[]): Promise<string> {
  return (await runOverblik(env, ...args)).out;
}

/** A fresh, migrated database of the dialect, and the environment that points `overblik` at it. */
export async function cliDatabase(dialect: DialectName): Promise<{ env: Record<string, string>; drop(): Promise<void> }> {
  const database = await createTestDatabase(dialect);
  await database.close();
  return {
    env:
      database.connection.dialect === 'sqlite'
        ? { OVERBLIK_DATA_DIR: path.dirname(database.connection.file), DATABASE_URL: '' }
        : { DATABASE_URL: database.connection.url },
    drop: () => database.drop().catch(() => undefined),
  };
}
