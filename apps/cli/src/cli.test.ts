import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { listAuditEvents, listOrganisations, openDatabase } from '@overblik/db';
import { testDialects } from '@overblik/db/testing';
import SQLite from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cliDatabase, overblik } from '../test/cli-harness.js';

for (const dialect of testDialects()) {
  describe(`overblik CLI on ${dialect}`, () => {
    let env: Record<string, string>;
    let cleanup: () => Promise<void>;

    beforeEach(async () => {
      ({ env, drop: cleanup } = await cliDatabase(dialect));
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

for (const dialect of testDialects()) {
  describe(`overblik import and export on ${dialect}`, () => {
    it('imports suppliers from CSV (dry run first), exports them as .xlsx, and refuses a bad file whole', async () => {
      const database = await cliDatabase(dialect);
      const { env } = database;
      const dir = mkdtempSync(path.join(tmpdir(), 'overblik-cli-import-'));
      try {
        const csv = path.join(dir, 'leverandoerer.csv');
        writeFileSync(csv, 'Navn;CVR-nummer;By\r\nKOMBIT A/S;19435075;København S\r\nKMD A/S;26911745;Ballerup\r\n');
        expect(await overblik(env, 'import', 'suppliers', csv, '--organisation', '147', '--dry-run')).toMatch(
          /^Would create 2, update 0, unchanged 0/,
        );
        expect(await overblik(env, 'import', 'suppliers', csv, '--organisation', '147')).toMatch(
          /^Created 2, updated 0, unchanged 0 \(Frederiksberg Kommune\)/,
        );
        const xlsx = path.join(dir, 'ud.xlsx');
        expect(await overblik(env, 'export', 'suppliers', xlsx, '--organisation', '147')).toBe(xlsx);
        expect(readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');
        expect(await overblik(env, 'import', 'suppliers', xlsx, '--organisation', '147')).toMatch(
          /^Created 0, updated 0, unchanged 2/,
        );
        const bad = path.join(dir, 'fejl.csv');
        writeFileSync(bad, 'Navn;CVR-nummer\r\nNy A/S;10150817\r\nForkert;19435076\r\n');
        await expect(overblik(env, 'import', 'suppliers', bad, '--organisation', '147')).rejects.toThrow('import_invalid');
        expect(await overblik(env, 'import', 'suppliers', csv, '--organisation', '147')).toMatch(/unchanged 2/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
        await database.drop();
      }
    });
  });
}
