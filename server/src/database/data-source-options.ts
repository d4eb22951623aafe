import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from '@trackway/migrations';
import { ENTITIES } from './entities';

/** One definition of the database connection, used by the server, the migrations CLI and the tests. */
export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    // Migrations are the only schema path (docs/adr/002-migrations.md).
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    // 10 connections: 2 cores; the delivery path never queries, so the pool serves the admin API and ingest.
    extra: { max: 10, connectionTimeoutMillis: 10_000 },
  };
}
