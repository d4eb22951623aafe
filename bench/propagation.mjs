// Propagation: two server instances on one database; time from a release or rollback sent to instance A until
// instance B serves it (B learns through PostgreSQL NOTIFY and reloads that app's snapshot).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Agent, request } from 'node:http';
import { adminApi, build, median, ROOT, startDatabase, startServer } from './lib/trackway.mjs';
import { realisticConfig } from './lib/realistic-config.mjs';

const SAMPLES = Number(process.env.BENCH_SAMPLES || 30);
const APPID = 'wx00000000000be4c2';
const agent = new Agent({ keepAlive: true, maxSockets: 1 });

/** The version B serves now (one keep-alive connection, ≈0.3 ms per poll). */
function servedVersion(url) {
  return new Promise((resolve, reject) => {
    request(`${url}/v1/config/${APPID}?env=release&cid=probe`, { agent, method: 'GET' }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve(res.statusCode === 200 ? JSON.parse(Buffer.concat(chunks)).version : null));
    })
      .on('error', reject)
      .end();
  });
}

build();
const db = await startDatabase();
const a = await startServer(db.url);
const b = await startServer(db.url);
try {
  const api = await adminApi(a.url);
  await api.createApp(APPID, 'Propagation shop');
  await api.publish(APPID, realisticConfig(20_000, 'p1'), 'v1');
  await api.publish(APPID, realisticConfig(20_000, 'p2'), 'v2');
  await api.release(APPID, 'release', { version: 1 });
  while ((await servedVersion(b.url)) !== 1) await new Promise((r) => setTimeout(r, 10));

  const samples = [];
  for (let i = 0; i < SAMPLES; i++) {
    const target = i % 2 === 0 ? 2 : 1;
    const kind = target === 2 ? 'release' : 'rollback';
    const t0 = performance.now();
    let answered;
    const call = (
      kind === 'release'
        ? api.release(APPID, 'release', { version: 2 })
        : api.rollback(APPID, 'release', 1, 'propagation benchmark')
    ).then(() => (answered = performance.now()));
    let seen;
    for (;;) {
      if ((await servedVersion(b.url)) === target) {
        seen = performance.now();
        break;
      }
      if (performance.now() - t0 > 10_000) throw new Error(`B did not serve v${target} within 10 s`);
    }
    await call;
    samples.push({ kind, sentToServedMs: seen - t0, answeredToServedMs: seen - answered });
    await new Promise((r) => setTimeout(r, 100));
  }
  const sent = samples.map((s) => s.sentToServedMs);
  const afterAnswer = samples.map((s) => s.answeredToServedMs);
  const f = (x) => x.toFixed(1);
  console.log(`propagation: ${SAMPLES} samples (releases and rollbacks alternating), 20 KB config`);
  console.log('\n| measured | median ms | max ms |');
  console.log('|---|---|---|');
  console.log(`| request sent to A → B serves it | ${f(median(sent))} | ${f(Math.max(...sent))} |`);
  console.log(`| A answered (committed) → B serves it | ${f(median(afterAnswer))} | ${f(Math.max(...afterAnswer))} |`);
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(
    join(ROOT, 'bench/results/propagation.json'),
    JSON.stringify({ date: new Date().toISOString(), samples }, null, 2),
  );
  console.log(Math.max(...sent) < 1000 ? '\nevery sample < 1 s' : '\nSOME SAMPLES ≥ 1 s');
} finally {
  agent.destroy();
  await b.stop();
  await a.stop();
  await db.drop();
}
