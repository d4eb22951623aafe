// The real Trackway server for the end-to-end specs, on a real PostgreSQL: DATABASE_URL when set, else a
// throw-away embedded one. The runtime's jest has no global set-up, so each spec file that needs the server
// migrates its own template database with the server's test set-up (≈1.5 s here) and drops it afterwards.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import * as path from 'node:path';
import { Client } from 'pg';
/* eslint-disable @nx/enforce-module-boundaries -- the journey must run against the real server, not a stub */
import globalSetup from '../../../../server/test/global-setup';
import { startTestApp, type TestApp } from '../../../../server/test/test-app';
/* eslint-enable @nx/enforce-module-boundaries */

export interface E2eServer {
  server: TestApp;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

async function startEmbedded(): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, [path.join(__dirname, 'embedded-postgres.mjs'), String(await freePort())], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (c: Buffer) => {
      out += c.toString('utf8');
      if (out.indexOf('\n') >= 0) resolve(out.split('\n')[0]);
    });
    child.once('exit', (code) => reject(new Error(`embedded PostgreSQL exited with ${code} before it was ready`)));
  });
  return { url, child };
}

export async function startE2eServer(): Promise<E2eServer> {
  const hadTemplate = !!process.env.TRACKWAY_TEST_TEMPLATE;
  let embedded: ChildProcess | undefined;
  if (!process.env.DATABASE_URL) {
    const started = await startEmbedded();
    embedded = started.child;
    process.env.DATABASE_URL = started.url;
  }
  if (!hadTemplate) await globalSetup();
  const server = await startTestApp();
  return {
    server,
    async stop() {
      await server.close();
      if (!hadTemplate) {
        // only what this file created: other test runs may share the same PostgreSQL
        const admin = new Client({ connectionString: process.env.DATABASE_URL });
        await admin.connect();
        await admin.query(`DROP DATABASE IF EXISTS "${process.env.TRACKWAY_TEST_TEMPLATE}" WITH (FORCE)`);
        await admin.end();
        delete process.env.TRACKWAY_TEST_TEMPLATE;
      }
      if (embedded) {
        const exited = new Promise((r) => embedded!.once('exit', r));
        embedded.kill('SIGTERM');
        await exited;
        delete process.env.DATABASE_URL;
      }
    },
  };
}
