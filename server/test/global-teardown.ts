import { Client } from 'pg';

export default async function globalTeardown() {
  const url = process.env.DATABASE_URL!;
  const template = process.env.TRACKWAY_TEST_TEMPLATE;
  const admin = new Client({ connectionString: url });
  await admin.connect();
  // Drop every database this run made (its own prefix only: another run may share this PostgreSQL).
  const { rows } = await admin.query<{ datname: string }>(
    `SELECT datname FROM pg_database WHERE starts_with(datname, $1) OR datname = $2`,
    [`trackway_t_${process.env.TRACKWAY_TEST_RUN}_`, template ?? ''],
  );
  for (const { datname } of rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  await admin.end();
  const embedded = (globalThis as { __EMBEDDED_PG__?: { stop(): Promise<void> } }).__EMBEDDED_PG__;
  await embedded?.stop();
}
