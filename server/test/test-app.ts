import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { loadAppConfig } from '../src/config/app-config';
import { createApp } from '../src/app.factory';
import { createTestDatabase } from './test-database';

export interface TestApp {
  app: NestFastifyApplication;
  /** http://127.0.0.1:<port> of the listening server. */
  url: string;
  databaseUrl: string;
  close(): Promise<void>;
}

/**
 * The real server, listening on a free port, on its own migrated database. `env` adds environment variables
 * exactly as a deployment would set them (they go through the one config module).
 */
export async function startTestApp(
  options: { env?: Record<string, string>; databaseUrl?: string } = {},
): Promise<TestApp> {
  const db = options.databaseUrl ? undefined : await createTestDatabase();
  const databaseUrl = options.databaseUrl ?? db!.url;
  const config = loadAppConfig({ LOG_LEVEL: 'error', TRACKWAY_ADMIN_PASSWORD: 'admin-password-1', ...options.env });
  const app = await createApp(config, databaseUrl, false);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  return {
    app,
    url: `http://127.0.0.1:${address.port}`,
    databaseUrl,
    close: async () => {
      await app.close();
      await db?.drop();
    },
  };
}
