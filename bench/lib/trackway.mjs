// Starting the built Trackway server (and a database for it) from a benchmark, and driving its admin API.
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(join(ROOT, 'server', 'package.json'));
export const ADMIN = { username: 'admin', password: 'bench-admin-password' };

export function build() {
  execFileSync('npx', ['nx', 'run-many', '-t', 'build', '--projects=language,migrations,server', '--output-style=static'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

export const hasTaskset = (() => {
  try {
    execFileSync('taskset', ['-V'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** Moves this process (all its threads) to `cpu`, so the load generator does not compete with the server. */
export function pinSelf(cpu) {
  if (hasTaskset) execFileSync('taskset', ['-a', '-p', '-c', String(cpu), String(process.pid)], { stdio: 'ignore' });
}

/** `node args…`, pinned to `cpu` when taskset exists. */
export function spawnNode(args, { cpu, env } = {}) {
  const [cmd, argv] =
    hasTaskset && cpu !== undefined
      ? ['taskset', ['-c', String(cpu), process.execPath, ...args]]
      : [process.execPath, args];
  return spawn(cmd, argv, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
}

/**
 * A fresh database: on DATABASE_URL's server when it is set, else on an embedded PostgreSQL in a temp dir
 * (the same binaries `npm start` uses).
 */
export async function startDatabase() {
  const { Client } = require('pg');
  const name = `trackway_bench_${process.pid}_${Date.now()}`;
  let base = process.env.DATABASE_URL;
  let embedded;
  let dataDir;
  if (!base) {
    const { startEmbeddedPostgres } = require(join(ROOT, 'server/dist/database/embedded-postgres.js'));
    dataDir = mkdtempSync(join(tmpdir(), 'trackway-bench-'));
    chmodSync(dataDir, 0o755); // the postgres user must enter it when we run as root
    embedded = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: 'postgres' });
    base = embedded.url;
  }
  const url = new URL(base);
  const admin = new Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
      await embedded?.stop();
      if (dataDir && existsSync(dataDir)) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** `node server/dist/main.js` on a free port; resolves when /health answers 200. */
export async function startServer(databaseUrl, { cpu, env } = {}) {
  const port = await freePort();
  const child = spawnNode([join(ROOT, 'server/dist/main.js')], {
    cpu,
    env: {
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      TRACKWAY_ADMIN_USER: ADMIN.username,
      TRACKWAY_ADMIN_PASSWORD: ADMIN.password,
      ...env,
    },
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode} before listening`);
    try {
      if ((await fetch(`${url}/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (i > 600) throw new Error('server did not answer /health within 60 s');
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    pid: child.pid,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

async function call(url, method, path, token, body) {
  const res = await fetch(url + path, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${text.slice(0, 500)}`);
  return text ? JSON.parse(text) : undefined;
}

/** The admin API as the first admin. */
export async function adminApi(url) {
  const { token } = await call(url, 'POST', '/api/auth/login', undefined, ADMIN);
  return {
    createApp: (appid, name) => call(url, 'POST', '/api/apps', token, { appid, name }),
    async publish(appid, config, message) {
      const draft = await call(url, 'GET', `/api/apps/${appid}/draft`, token);
      await call(url, 'PUT', `/api/apps/${appid}/draft`, token, { config, revision: draft.revision });
      return call(url, 'POST', `/api/apps/${appid}/versions`, token, { message });
    },
    release: (appid, env, body) => call(url, 'POST', `/api/apps/${appid}/releases/${env}`, token, body),
    rollback: (appid, env, toVersion, reason) =>
      call(url, 'POST', `/api/apps/${appid}/releases/${env}/rollback`, token, { toVersion, reason }),
  };
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}
