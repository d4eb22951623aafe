// The DataSource for the TypeORM CLI (`npm run db:migrate | db:revert | db:generate`). It lives beside the
// server's entities because `migration:generate` needs them; the migrations package itself imports nothing
// from the server, so the dependency arrow stays server → migrations.
import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadAppConfig } from '../config/app-config';
import { dataSourceOptions } from './data-source-options';

const { databaseUrl } = loadAppConfig();
if (!databaseUrl) {
  throw new Error('DATABASE_URL is required for the migrations CLI (postgres://user:password@host:port/database)');
}
export default new DataSource(dataSourceOptions(databaseUrl));
