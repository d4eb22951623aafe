// Runs once per `jest` run in the server project: makes sure a real PostgreSQL is there (DATABASE_URL, or an
// embedded one started here), then migrates a template database that every test file clones in milliseconds
// (`CREATE DATABASE … TEMPLATE …`, the Unleash pattern), so test files stay isolated and can run in parallel.
// Jest loads this file outside its module registry, so `@trackway/*` resolve to their built dist/ here: nx.json
// makes `test` depend on `^build` for that reason.
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { dataSourceOptions } from '../src/database/data-source-options';
import { runMigrations } from '../src/database/run-migrations';
import { withDatabase } from './test-database';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

export default async function globalSetup() {
  let url = process.env.DATABASE_URL;
  if (!url) {
    const dataDir = mkdtempSync(join(tmpdir(), 'trackway-test-'));
    chmodSync(dataDir, 0o755); // mkdtemp gives 700; the postgres user must enter it when we run as root
    const embedded = await startEmbeddedPostgres({
      dataDir,
      port: await freePort(),
      database: 'trackway_test',
    });
    (globalThis as { __EMBEDDED_PG__?: unknown }).__EMBEDDED_PG__ = embedded;
    url = embedded.url;
    process.env.DATABASE_URL = url;
  }
  // One prefix per run: the teardown drops this run's databases only, so runs sharing one PostgreSQL (two
  // checkouts, a developer beside CI) never drop each other's databases mid-test.
  const run = `${process.pid}_${Date.now().toString(36)}`;
  process.env.TRACKWAY_TEST_RUN = run;
  const template = `trackway_tpl_${run}`;
  const admin = new Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${template}"`);
  await admin.end();
  const ds = await new DataSource(dataSourceOptions(withDatabase(url, template))).initialize();
  await runMigrations(ds);
  await ds.destroy();
  process.env.TRACKWAY_TEST_TEMPLATE = template;
}
