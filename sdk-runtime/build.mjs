// One CommonJS file for native mini-programs and WeChat's npm build, checked like PostHog's bundled-size and
// es-check workflows: the build fails on eval/new Function (WeChat forbids them), on syntax newer than ES2017,
// or past the 10 KB gzip budget (sr-sdk-wxapp 2.1.1 is 15.0 KB).
import { build } from 'esbuild';
import { minify } from '@swc/core';
import { parse } from 'acorn';
import { gzipSync } from 'node:zlib';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, 'dist/index.js');
const BUDGET_GZIP = 10240;
// design.md §5's target (issue 13): printed, not enforced until a build reaches it (docs/adr/011, Consequences)
const TARGET_GZIP = 9216;

// Built as an ES module and turned into CommonJS below: esbuild's cjs output wraps the exports in getters and
// interop helpers (about 0.5 KB), while the exports here are fixed values.
await build({
  entryPoints: [join(here, 'src/index.ts')],
  outfile: out,
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  target: 'es2017',
  // no `minify`: swc below does all of it (esbuild's minify before it left the result 10 B gzip larger)
  // Members named `x_` are private to the bundle (runtime state, adapter, tracker, reporter): shortened to one or
  // two letters, about 1.2 KB of 16.9 KB. Keys the host, the config or the wire format read never end in `_`.
  mangleProps: /^[a-z]\w*_$/,
  legalComments: 'none',
  logLevel: 'warning',
});

// `export{a as init,…}` → `module.exports={init:a,…}`; "use strict" keeps the module's strict semantics (a wrapped
// method called without a receiver sees `this` undefined, not the global object).
const esm = readFileSync(out, 'utf8');
const tail = /export\s*\{([^}]*)\};?\s*$/.exec(esm);
if (!tail) throw new Error('no export list at the end of the esbuild output');
const exportsObject = tail[1]
  .split(',')
  .map((s) => s.trim().split(/\s+as\s+/))
  .map(([local, name]) => (name || local) + ':' + local);
const first = '"use strict";' + esm.slice(0, tail.index) + 'module.exports={' + exportsObject.join(',') + '};';
// Minified by swc (the repo's compiler; with toplevel its compressor inlines single-use top-level functions): about
// 0.5 KB gzip less than esbuild's minify alone (11.4 KB, ADR 006). unsafe_arrows writes function
// expressions that use neither `this` nor `arguments` as arrows (none is a constructor here), unsafe_methods
// writes function-valued members as methods. ecma 2017 keeps the output inside the syntax the check below enforces.
const code = (
  await minify(first, {
    ecma: 2017,
    module: false,
    compress: { ecma: 2017, passes: 2, toplevel: true, unsafe_arrows: true, unsafe_methods: true },
    mangle: { toplevel: true },
  })
).code;
writeFileSync(out, code);
const problems = [];
if (/\beval\s*\(/.test(code)) problems.push('contains eval(');
if (/new\s+Function\b/.test(code)) problems.push('contains new Function');
try {
  parse(code, { ecmaVersion: 2017, sourceType: 'script' });
} catch (e) {
  problems.push('not ES2017: ' + e.message);
}
const gz = gzipSync(code, { level: 9 }).length;
console.log(`dist/index.js: ${code.length} bytes, ${gz} bytes gzip -9 (budget ${BUDGET_GZIP}, target ${TARGET_GZIP})`);
if (gz > BUDGET_GZIP) problems.push(`gzip size ${gz} > ${BUDGET_GZIP}`);

mkdirSync(join(here, 'dist'), { recursive: true });
writeFileSync(join(here, 'dist/index.d.ts'), readFileSync(join(here, 'src/public-api.d.ts'), 'utf8'));

if (problems.length) {
  console.error('build check failed:\n- ' + problems.join('\n- '));
  process.exit(1);
}
