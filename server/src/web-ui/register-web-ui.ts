import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { WebUiIndex } from './web-ui-index';

// Vite names every asset by its content hash: a year of caching is safe and saves the ≈400 KB gzip on revisits.
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Serves the built web UI's files at their paths. `wildcard: false` registers one route per file found at
 * start-up, so no catch-all of @fastify/static competes with the API; index.html itself goes through
 * WebUiController (for / and every client route).
 */
export async function registerWebUi(app: NestFastifyApplication): Promise<void> {
  const index = app.get(WebUiIndex);
  if (!index.built) return;
  await app.register(fastifyStatic, {
    root: index.dir,
    prefix: '/',
    wildcard: false,
    index: false,
    // Its own max-age=0 would override ours.
    cacheControl: false,
    setHeaders: (res, path) => {
      res.setHeader('cache-control', path.includes('/assets/') ? IMMUTABLE : 'no-cache');
    },
  });
}
