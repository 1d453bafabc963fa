import path from 'node:path';
import { createTestDatabase, testDialects } from '@overblik/db/testing';
import { describe, expect, it, vi } from 'vitest';
import { configFromEnv } from '../src/config.js';
import { startServer } from '../src/server.js';

for (const dialect of testDialects()) {
  describe(`startServer on ${dialect}`, () => {
    it('migrates, prints the first-start setup link, listens, and closes cleanly', async () => {
      const database = await createTestDatabase(dialect);
      await database.close();
      const env =
        database.connection.dialect === 'sqlite'
          ? { OVERBLIK_DATA_DIR: path.dirname(database.connection.file) }
          : { DATABASE_URL: database.connection.url };
      const printed: string[] = [];
      const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
        printed.push(String(chunk));
        return true;
      });
      try {
        const app = await startServer({ ...configFromEnv({ ...env, PORT: '1', NODE_ENV: 'test' }), port: 0, host: '127.0.0.1' });
        const address = app.server.address();
        const port = typeof address === 'object' && address ? address.port : 0;
        const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
        expect(await ready.json()).toEqual({ status: 'ok', database: dialect });
        await app.close();
      } finally {
        write.mockRestore();
        await database.drop();
      }
      expect(printed.join('')).toMatch(
        /Opret den første administrator her \(gyldigt i 24 timer\):\n {2}http:\/\/localhost:1\/opsaetning\?token=/,
      );
    });
  });
}
