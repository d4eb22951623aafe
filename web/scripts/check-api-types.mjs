// Usage: node web/scripts/check-api-types.mjs <server URL>. Exits 1 when web/src/api/openapi.d.ts differs from
// what the running server's OpenAPI document generates (run by the e2e tests against the real server).
import { readFileSync } from 'node:fs';
import { API_TYPES_FILE, generateApiTypes } from './api-types.mjs';

const res = await fetch(new URL('/api/docs-json', process.argv[2]));
const expected = await generateApiTypes(await res.json());
if (readFileSync(API_TYPES_FILE, 'utf8') !== expected) {
  console.error('web/src/api/openapi.d.ts is stale: run `npm run api:types -w web` with the server running');
  process.exit(1);
}
console.log('web/src/api/openapi.d.ts matches the server OpenAPI document');
