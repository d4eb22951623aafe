import { Client } from 'pg';

export default async function globalTeardown() {
  const url = process.env.DATABASE_URL!;
  const template = process.env.TRACKWAY_TEST_TEMPLATE;
  const admin = new Client({ connectionString: url });
  await admin.connect();
  // Drop every database this run made; a crashed earlier run's leftovers are dropped by name prefix as well.
  const { rows } = await admin.query<{ datname: string }>(
    `SELECT datname FROM pg_database WHERE datname LIKE 'trackway\\_t\\_%' OR datname = $1`,
    [template ?? ''],
  );
  for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  await admin.end();
  const embedded = (globalThis as { __EMBEDDED_PG__?: { stop(): Promise<void> } }).__EMBEDDED_PG__;
  await embedded?.stop();
}
