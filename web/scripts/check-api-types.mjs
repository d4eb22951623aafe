// Usage: node web/scripts/check-api-types.mjs <server URL>. Exits 1 when web/src/api/openapi.d.ts differs from
// what the running server's OpenAPI document generates (run by the e2e tests against the real server).
// TRACKWAY_UPDATE_API_TYPES=1 writes the file instead (after a merge that changed server DTOs).
import { readFileSync, writeFileSync } from 'node:fs';
import { API_TYPES_FILE, generateApiTypes } from './api-types.mjs';

const res = await fetch(new URL('/api/docs-json', process.argv[2]));
const expected = await generateApiTypes(await res.json());
if (process.env.TRACKWAY_UPDATE_API_TYPES === '1') {
  writeFileSync(API_TYPES_FILE, expected);
  console.log(`wrote ${API_TYPES_FILE}; it matches the server OpenAPI document`);
} else if (readFileSync(API_TYPES_FILE, 'utf8') !== expected) {
  console.error(
    'web/src/api/openapi.d.ts is stale: run `npm run api:types -w web` with the server running, or the e2e ' +
      'test with TRACKWAY_UPDATE_API_TYPES=1',
  );
  process.exit(1);
} else {
  console.log('web/src/api/openapi.d.ts matches the server OpenAPI document');
}
