import { useServer } from '../support/use-server';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { REPO_ROOT } from '../support/server-process';

describe('web API types', () => {
  useServer();
  it("should match the running server's OpenAPI document (the web is typed from the server's DTOs)", async () => {
    const script = join(REPO_ROOT, 'web', 'scripts', 'check-api-types.mjs');
    const { stdout } = await promisify(execFile)(process.execPath, [script, process.env.TRACKWAY_E2E_URL!]);
    expect(stdout).toContain('matches');
  });
});
