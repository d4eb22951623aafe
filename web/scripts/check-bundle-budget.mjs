// `npm test` of the web: the JavaScript a browser loads before the first screen (the entry script and the
// chunks index.html preloads) must stay ≤ 500 KB gzip without monaco (issue 10), monaco must only come later,
// and the bundle must carry no Node-only code of the language package. Runs on web/dist (test depends on build).
import { readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BUDGET_BYTES = 500 * 1024;
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const initial = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="\/([^"]+\.js)"/g)].map(
  (m) => m[1],
);
const problems = [];
if (!initial.length) problems.push('index.html names no script: is dist/ a Vite build?');

let total = 0;
for (const file of initial) {
  const code = readFileSync(join(dist, file));
  const gz = gzipSync(code, { level: 9 }).length;
  total += gz;
  console.log(`  ${file}: ${(gz / 1024).toFixed(1)} KB gzip`);
  // Monaco's editor core registers this service; it must only be in lazily loaded chunks.
  if (code.includes('vs/editor/') || code.includes('monaco-editor')) problems.push(`${file} contains monaco`);
}
console.log(`initial JS: ${(total / 1024).toFixed(1)} KB gzip (budget ${BUDGET_BYTES / 1024} KB)`);
if (total > BUDGET_BYTES) problems.push(`initial JS ${total} B gzip is over the ${BUDGET_BYTES} B budget`);

for (const file of readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js'))) {
  const code = readFileSync(join(dist, 'assets', file), 'utf8');
  if (/\breaddirSync\b|["']node:fs["']/.test(code)) problems.push(`${file} carries Node-only code (node:fs)`);
}

if (problems.length) {
  for (const p of problems) console.error(`FAIL ${p}`);
  process.exit(1);
}
console.log('bundle budget: 1 passed, 0 failed');
