// One real server for the whole browser run (the tests use distinct apps, so they do not interfere).
import { startServer } from './server-process';

export default async function globalSetup() {
  const server = await startServer();
  (globalThis as { __TRACKWAY_E2E__?: unknown }).__TRACKWAY_E2E__ = server;
  process.env.TRACKWAY_E2E_URL = server.url;
}
