// Usage: npm run api:types -w web [-- http://localhost:3000] — with a server running (npm start).
import { writeFileSync } from 'node:fs';
import { API_TYPES_FILE, generateApiTypes } from './api-types.mjs';

const base = process.argv[2] ?? 'http://localhost:3000';
const res = await fetch(new URL('/api/docs-json', base));
if (!res.ok) throw new Error(`GET /api/docs-json: ${res.status} — is the server running at ${base}?`);
writeFileSync(API_TYPES_FILE, await generateApiTypes(await res.json()));
console.log(`wrote ${API_TYPES_FILE}`);
