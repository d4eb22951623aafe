import { Logger } from '@nestjs/common';
import { ConfigError, loadAppConfig } from './config/app-config';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './database/embedded-postgres';
import { JsonLogger } from './logging/json-logger';
import { createApp } from './app.factory';

async function main() {
  const config = loadAppConfig();
  const logger = new JsonLogger(config.logLevel);
  Logger.overrideLogger(logger);
  const log = new Logger('Main');

  let embedded: EmbeddedDatabase | undefined;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres({
      dataDir: config.dataDir,
      port: config.embeddedPgPort,
      database: 'trackway',
    });
    databaseUrl = embedded.url;
    log.log({ msg: 'embedded PostgreSQL started', dataDir: config.dataDir, port: config.embeddedPgPort });
  }

  const app = await createApp(config, databaseUrl, logger).catch(async (err) => {
    await embedded?.stop();
    throw err;
  });
  await app.listen(config.port, config.host);
  log.log({ msg: 'Trackway listening', url: `http://localhost:${config.port}`, docs: '/api/docs' });

  // Order matters: stop taking requests and finish those in flight, close the pool, then stop PostgreSQL.
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.log({ msg: 'shutting down', signal });
    try {
      await app.close();
      await embedded?.stop();
      process.exit(0);
    } catch (err) {
      log.error(err);
      process.exit(1);
    }
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}

main().catch((err) => {
  // A bad environment or a database that cannot start: say what is wrong in one line, no stack trace noise.
  const message = err instanceof ConfigError || err?.name === 'EmbeddedPostgresError' ? err.message : err?.stack;
  process.stderr.write(JSON.stringify({ time: new Date().toISOString(), level: 'error', msg: message }) + '\n');
  process.exit(1);
});
