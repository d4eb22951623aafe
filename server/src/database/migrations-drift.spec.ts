import { DataSource } from 'typeorm';
import { MIGRATIONS } from '@trackway/migrations';
import { createTestDatabase } from '../../test/test-database';
import { dataSourceOptions } from './data-source-options';
import { runMigrations } from './run-migrations';

// The Twenty "check for pending migrations" gate: entities and migrations must describe the same schema.
describe('migrations', () => {
  it('should leave no difference between the entities and the migrated schema', async () => {
    const db = await createTestDatabase({ empty: true });
    const ds = await new DataSource(dataSourceOptions(db.url)).initialize();
    try {
      await runMigrations(ds);
      const pending = await ds.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
    } finally {
      await ds.destroy();
      await db.drop();
    }
  });

  it('should revert every migration cleanly back to an empty schema', async () => {
    const db = await createTestDatabase({ empty: true });
    const ds = await new DataSource(dataSourceOptions(db.url)).initialize();
    try {
      await runMigrations(ds);
      for (let i = 0; i < MIGRATIONS.length; i++) await ds.undoLastMigration();
      const tables = await ds.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`,
      );
      expect(tables).toEqual([]);
    } finally {
      await ds.destroy();
      await db.drop();
    }
  });
});
