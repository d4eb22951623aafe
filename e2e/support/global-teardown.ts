import type { RunningServer } from './server-process';

export default async function globalTeardown() {
  await (globalThis as { __TRACKWAY_E2E__?: RunningServer }).__TRACKWAY_E2E__?.stop();
}
