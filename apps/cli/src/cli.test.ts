import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { listAuditEvents, listOrganisations, openDatabase } from '@overblik/db';
import { createTestDatabase, testDialects } from '@overblik/db/testing';
import SQLite from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { program } from './main.js';

/** Runs `overblik …` in-process with the given environment and returns what it printed. */
async function overblik(env: Record<string, string>, ...args: string[]): Promise<string> {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  const lines: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => {
    lines.push(parts.join(' '));
  });
  try {
    await program()
      .exitOverride()
      .parseAsync(['node', 'overblik', ...args]);
  } finally {
    log.mockRestore();
    process.env = saved;
  }
  return lines.join('\n');
}

for (const dialect of testDialects()) {
  describe(`overblik CLI on ${dialect}`, () => {
    let env: Record<string, string>;
    let cleanup: () => Promise<void>;

    beforeEach(async () => {
      const database = await createTestDatabase(dialect);
      await database.close();
      env =
        database.connection.dialect === 'sqlite'
          ? { OVERBLIK_DATA_DIR: path.dirname(database.connection.file), DATABASE_URL: '' }
          : { DATABASE_URL: database.connection.url };
      cleanup = () => database.drop().catch(() => undefined);
    });
    afterEach(async () => {
      await cleanup();
    });

    it('migrate reports an up-to-date schema', async () => {
      expect(await overblik(env, 'migrate')).toBe('Schema is up to date.');
    });

    it('org list prints the 98 municipalities', async () => {
      const out = await overblik(env, 'org', 'list', '--kind', 'kommune');
      const lines = out.split('\n');
      expect(lines).toHaveLength(98);
      expect(lines.find((l) => l.startsWith('101\t'))).toContain('Københavns Kommune\t64942212');
    });

    it('user create makes a person, adds them to an organisation and prints an invitation link, audited as the CLI', async () => {
      const out = await overblik(
        env,
        'user',
        'create',
        '--email',
        'cli@kommune.dk',
        '--name',
        'Fra Kommandolinjen',
        '--organisation',
        '147',
        '--role',
        'administrator',
      );
      expect(out).toMatch(
        /^Created cli@kommune\.dk \([0-9a-f-]{36}\)\nInvitation link \(valid 7 days\): http:\/\/localhost:8080\/opsaetning\?token=/,
      );
      const handle = openDatabase(
        dialect === 'sqlite'
          ? { dialect, file: path.join(env.OVERBLIK_DATA_DIR ?? '', 'overblik.sqlite') }
          : { dialect, url: env.DATABASE_URL ?? '' },
      );
      try {
        const [frb] = await listOrganisations(handle.db, { ids: 'all', q: '147' });
        const events = await listAuditEvents(handle.db, { organisationId: frb?.id ?? '', limit: 5 });
        expect(events[0]).toMatchObject({
          entityType: 'membership',
          actorType: 'system',
          actorName: expect.stringMatching(/^cli:/),
        });
      } finally {
        await handle.close();
      }
      await expect(overblik(env, 'user', 'create', '--email', 'cli@kommune.dk', '--name', 'Igen')).rejects.toThrow('email_taken');
    });

    it('backup makes a consistent copy (SQLite) or prints the pg_dump command (PostgreSQL)', async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'overblik-backup-'));
      try {
        const target = path.join(dir, 'kopi.sqlite');
        const out = await overblik(env, 'backup', '--to', target);
        if (dialect === 'postgres') {
          expect(out).toContain('pg_dump --format=custom');
          return;
        }
        expect(out).toBe(target);
        expect(existsSync(target)).toBe(true);
        const copy = new SQLite(target, { readonly: true });
        expect(copy.prepare('select count(*) as n from organisations').get()).toEqual({ n: 98 });
        copy.close();
        await expect(overblik(env, 'backup', '--to', target)).rejects.toThrow(/exists already/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
}
