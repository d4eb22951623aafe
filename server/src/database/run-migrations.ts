import type { DataSource } from 'typeorm';

// An arbitrary constant: every Trackway instance takes the same advisory lock while migrating.
const MIGRATION_LOCK = 7_401_202_611;

/**
 * Runs pending migrations under a PostgreSQL advisory lock, so several instances starting at once against one
 * database migrate exactly once; the others wait and then find nothing pending.
 */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const done = await dataSource.runMigrations({ transaction: 'each' });
    return done.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
  }
}
