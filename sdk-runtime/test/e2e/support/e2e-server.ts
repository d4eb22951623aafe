// The real Trackway server for the end-to-end specs, on a real PostgreSQL: DATABASE_URL when set, else an
// embedded one (the server's own test set-up, reused as is). The runtime's jest has no global set-up, so each
// spec file that needs the server migrates its own template database here (≈1.5 s on this machine).
import { Client } from 'pg';
/* eslint-disable @nx/enforce-module-boundaries -- the journey must run against the real server, not a stub */
import globalSetup from '../../../../server/test/global-setup';
import { startTestApp, type TestApp } from '../../../../server/test/test-app';
/* eslint-enable @nx/enforce-module-boundaries */

export interface E2eServer {
  server: TestApp;
  stop(): Promise<void>;
}

export async function startE2eServer(): Promise<E2eServer> {
  const hadTemplate = !!process.env.TRACKWAY_TEST_TEMPLATE;
  if (!hadTemplate) await globalSetup();
  const server = await startTestApp();
  return {
    server,
    async stop() {
      await server.close();
      if (hadTemplate) return;
      // only what this file created: other test runs may share the same PostgreSQL
      const admin = new Client({ connectionString: process.env.DATABASE_URL });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS "${process.env.TRACKWAY_TEST_TEMPLATE}" WITH (FORCE)`);
      await admin.end();
      delete process.env.TRACKWAY_TEST_TEMPLATE;
      const embedded = (globalThis as { __EMBEDDED_PG__?: { stop(): Promise<void> } }).__EMBEDDED_PG__;
      await embedded?.stop();
    },
  };
}
