import { type Clock, systemClock } from '@overblik/core';
import { migrateToLatest, openDatabase, purgeExpired } from '@overblik/db';
import { buildApp } from './app.js';
import type { ServerConfig } from './config.js';
import { startJobs } from './jobs.js';
import { ensureFirstAdministrator } from './usecases/users/bootstrap.js';

/** Opens the database, migrates it, makes sure there is a way in, and listens; business time comes from `clock`. */
export async function startServer(config: ServerConfig, clock: Clock = systemClock) {
  const handle = openDatabase(config.database);
  await migrateToLatest(handle);
  const app = await buildApp({ db: handle.db, config, clock });
  const bootstrap = await ensureFirstAdministrator({ db: handle.db, config, clock });
  const jobs = config.runJobs ? startJobs(handle, config, clock, app.log) : null;
  const housekeeping = setInterval(() => {
    const now = clock.now();
    purgeExpired(handle.db, now.toISOString(), new Date(now.getTime() - 86_400_000).toISOString()).catch((err) =>
      app.log.error({ err }, 'housekeeping failed'),
    );
  }, 3_600_000);
  housekeeping.unref();
  app.addHook('onClose', async () => {
    clearInterval(housekeeping);
    await jobs?.stop();
    await handle.close();
  });
  await app.listen({ port: config.port, host: config.host });
  app.log.info({ database: handle.dialect, location: handle.location }, 'Overblik is running');
  if (bootstrap.kind === 'admin-created')
    app.log.info({ email: bootstrap.email }, 'system administrator created from environment');
  if (bootstrap.kind === 'setup-link') {
    // Printed, not logged: the link is the only way in and must reach the operator even at log level warn.
    process.stdout.write(
      `\nOverblik har ingen brugere endnu. Opret den første administrator her (gyldigt i 24 timer):\n  ${bootstrap.url}\n\n`,
    );
  }
  return app;
}
