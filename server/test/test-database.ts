import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** The same server URL with another database name. */
export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/**
 * A fresh, migrated database for one test file, cloned from the template that global-setup migrated.
 * `empty: true` gives an unmigrated one (for the migrations tests).
 */
export async function createTestDatabase(options: { empty?: boolean } = {}): Promise<{
  url: string;
  drop(): Promise<void>;
}> {
  const base = process.env.DATABASE_URL!;
  const name = `trackway_t_${process.env.TRACKWAY_TEST_RUN}_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: base });
  await admin.connect();
  try {
    const template = options.empty ? 'template0' : process.env.TRACKWAY_TEST_TEMPLATE;
    await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  } finally {
    await admin.end();
  }
  return {
    url: withDatabase(base, name),
    drop: async () => {
      const c = new Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}
