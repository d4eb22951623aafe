import { startServer, type RunningServer } from './server-process';

/**
 * A real server on a fresh database for the calling test file (beforeAll/afterAll), so files do not see each
 * other's apps and users. Files run one at a time (jest --runInBand): TRACKWAY_E2E_URL names the current one.
 */
export function useServer(): void {
  let server: RunningServer | undefined;
  beforeAll(async () => {
    server = await startServer();
    process.env.TRACKWAY_E2E_URL = server.url;
  }, 90_000);
  afterAll(() => server?.stop());
}
