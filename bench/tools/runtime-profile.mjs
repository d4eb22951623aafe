// A focused profile of one emitted event (a tap whose rule emits `search`) on the runtime built unminified, for
// `node --cpu-prof bench/tools/runtime-profile.mjs`: what bench/runtime.mjs measures, without sr-sdk-wxapp and the other rows.
import { build } from 'esbuild';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
const root = new URL('../..', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'tw-prof-'));
const out = (n) => join(dir, n + '.cjs');
const require = createRequire(import.meta.url);
await build({
  entryPoints: [root + '/sdk-runtime/test/host/index.ts'],
  outfile: out('host'),
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  logLevel: 'error',
});
await build({
  entryPoints: [root + '/sdk-runtime/src/index.ts'],
  outfile: out('rt'),
  bundle: true,
  format: 'cjs',
  platform: 'neutral',
  target: 'es2017',
  logLevel: 'error',
  mangleProps: /^[a-z]\w*_$/,
});
const { MiniProgramHost, envelope } = require(out('host'));
const config = {
  schemaVersion: 1,
  rules: [
    {
      id: 'find',
      event: 'search',
      trigger: { kind: 'method', method: 'find' },
      props: { keyword: '{{event.detail.value}}' },
    },
  ],
};
const host = new MiniProgramHost({ clock: 'real' }).install();
host.network.route('https://tw.example.com/', () => ({ data: { code: 0 } }));
const env = envelope(host.appid, config, 1);
host.storage.set('tw_config', { version: 1, hash: env.hash, runtime: env.runtime });
const tw = require(out('rt'));
tw.init({ appid: host.appid, server: 'https://tw.example.com' });
host.app({ globalData: {} });
host.page('pages/index/index', { data: { title: '首页', list: [1, 2, 3] }, onShow() {}, onReady() {}, find() {} });
const page = host.launch({ path: 'pages/index/index', query: { id: '1' } });
const tap = (i) => ({ type: 'confirm', detail: { value: 'k' + i }, currentTarget: { dataset: {} } });
const tick = () => new Promise((r) => setImmediate(r));
let best = 1e9;
for (let r = 0; r < 400; r++) {
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < 50; i++) page.find(tap(i));
  const d = Number(process.hrtime.bigint() - t0) / 1000 / 50;
  if (r > 100) best = Math.min(best, d);
  await tick();
}
const xs = [];
for (let r = 0; r < 200; r++) {
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < 50; i++) page.find(tap(i));
  xs.push(Number(process.hrtime.bigint() - t0) / 1000 / 50);
  await tick();
}
xs.sort((a, b) => a - b);
console.log('median µs', xs[100].toFixed(2), 'min', xs[0].toFixed(2));
process.exit(0);
