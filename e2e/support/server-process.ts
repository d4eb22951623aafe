import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { freePort } from './free-port';

export const REPO_ROOT = resolve(__dirname, '..', '..');
export const E2E_ADMIN = { username: 'admin', password: 'e2e-admin-password' };

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

/** A fresh database on DATABASE_URL's server, or nothing (the server then starts its embedded PostgreSQL). */
async function freshDatabase(): Promise<{ env: Record<string, string>; drop(): Promise<void> }> {
  const base = process.env.DATABASE_URL;
  if (!base) {
    const dataDir = mkdtempSync(join(tmpdir(), 'trackway-e2e-pg-'));
    chmodSync(dataDir, 0o755); // the embedded server runs as the postgres user when we are root
    const port = await freePort();
    return { env: { TRACKWAY_DATA_DIR: dataDir, TRACKWAY_EMBEDDED_PG_PORT: String(port) }, drop: async () => {} };
  }
  const name = `trackway_e2e_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  return {
    env: { DATABASE_URL: url.toString() },
    drop: async () => {
      const c = new Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}

/**
 * The real server as `npm start` runs it (server/dist/main.js, serving the built web/dist) on a free port and
 * a fresh database; migrations run at its start-up like in production.
 */
export async function startServer(): Promise<RunningServer> {
  const db = await freshDatabase();
  const port = await freePort();
  const env: Record<string, string | undefined> = {
    ...process.env,
    DATABASE_URL: undefined,
    ...db.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    TRACKWAY_ADMIN_PASSWORD: E2E_ADMIN.password,
    LOG_LEVEL: 'warn',
  };
  const child: ChildProcess = spawn(process.execPath, [join(REPO_ROOT, 'server', 'dist', 'main.js')], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode} before answering /health`);
    const ok = await fetch(`${url}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error('server did not answer /health within 60 s');
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
      await db.drop();
    },
  };
}
