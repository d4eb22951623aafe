// Config delivery throughput: the built Trackway server vs a bare node:http server serving the same bytes and
// ETag, interleaved round by round in one run (these 2-core machines vary 2–5× between runs, so only ratios
// taken side by side mean anything). Servers on CPU 0, autocannon on CPU 1.
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import {
  adminApi,
  build,
  freePort,
  hasTaskset,
  median,
  pinSelf,
  ROOT,
  spawnNode,
  startDatabase,
  startServer,
} from './lib/trackway.mjs';
import { load } from './lib/load.mjs';
import { realisticConfig } from './lib/realistic-config.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS || 10);
const SECONDS = Number(process.env.BENCH_SECONDS || 3);
const APPID = 'wx00000000000be4c1';

build();
pinSelf(1);
const db = await startDatabase();
const trackway = await startServer(db.url, { cpu: 0 });
let bare;
try {
  const api = await adminApi(trackway.url);
  await api.createApp(APPID, 'Benchmark shop');
  const v1 = await api.publish(APPID, realisticConfig(20_000, 'bench'), 'benchmark config');
  await api.release(APPID, 'release', { version: v1.number });
  const path = `/v1/config/${APPID}?env=release&cid=bench-client-1`;
  // The release is served within milliseconds of its commit; wait for it rather than assume.
  let res;
  for (let i = 0; i < 100 && (res = await fetch(trackway.url + path)).status !== 200; i++)
    await new Promise((r) => setTimeout(r, 50));
  const body = Buffer.from(await res.arrayBuffer());
  const etag = res.headers.get('etag');
  const configBytes = JSON.stringify(JSON.parse(body.toString()).config).length;

  const dir = mkdtempSync(join(tmpdir(), 'trackway-bench-'));
  writeFileSync(join(dir, 'body.json'), body);
  const barePort = await freePort();
  const bareProc = spawnNode(
    [join(ROOT, 'bench/lib/bare-server.mjs'), String(barePort), join(dir, 'body.json'), etag],
    {
      cpu: 0,
    },
  );
  bare = { url: `http://127.0.0.1:${barePort}`, pid: bareProc.pid, stop: () => bareProc.kill('SIGTERM') };
  for (let i = 0; i < 100; i++) {
    try {
      const b = await fetch(bare.url + path);
      const same =
        createHash('sha256')
          .update(Buffer.from(await b.arrayBuffer()))
          .digest('hex') === createHash('sha256').update(body).digest('hex');
      if (!same) throw new Error('the bare server serves different bytes');
      break;
    } catch (err) {
      if (String(err.message).includes('different')) throw err;
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  const paths = {
    200: {},
    304: { 'if-none-match': etag },
  };
  console.log(
    `delivery: body ${body.length} B (config ${configBytes} B), ${ROUNDS} rounds × ${SECONDS} s per side and path, ` +
      `taskset ${hasTaskset ? 'on' : 'missing: not pinned'}`,
  );
  // Warm-up: JIT and connection pools of both servers.
  for (const headers of Object.values(paths)) {
    await load(trackway.url + path, { headers, seconds: 1 });
    await load(bare.url + path, { headers, seconds: 1 });
  }
  const rounds = { 200: [], 304: [] };
  for (let round = 0; round < ROUNDS; round++) {
    for (const [name, headers] of Object.entries(paths)) {
      // Alternate who goes first, so drift within a round favours neither side.
      const order = round % 2 ? ['bare', 'trackway'] : ['trackway', 'bare'];
      const r = {};
      for (const side of order) {
        const server = side === 'bare' ? bare : trackway;
        r[side] = await load(server.url + path, { headers, seconds: SECONDS, pid: server.pid });
      }
      for (const side of order) {
        const expected = name === '200' ? r[side].ok2xx : r[side].ok3xx;
        if (r[side].other > 0 || expected === 0)
          throw new Error(`${side} ${name}: unexpected responses ${JSON.stringify(r[side])}`);
      }
      const cpuRatio = r.bare.cpuUsPerRequest / r.trackway.cpuUsPerRequest;
      rounds[name].push({ ...r, ratio: r.trackway.rps / r.bare.rps, cpuRatio });
      console.log(
        `round ${round + 1} ${name}: trackway ${r.trackway.rps.toFixed(0)} req/s, bare ${r.bare.rps.toFixed(0)} req/s, ` +
          `ratio ${(r.trackway.rps / r.bare.rps).toFixed(3)}; CPU µs/request ${r.trackway.cpuUsPerRequest?.toFixed(1)} vs ` +
          `${r.bare.cpuUsPerRequest?.toFixed(1)}, ratio ${cpuRatio.toFixed(3)}`,
      );
    }
  }
  const summary = {};
  console.log(
    '\n| path | Trackway req/s | p50 / p99 ms | bare node:http req/s | p50 / p99 ms | req/s ratio (median of rounds) | min–max | server CPU µs/request, Trackway / bare | CPU ratio bare ÷ Trackway (median) |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|');
  for (const [name, rs] of Object.entries(rounds)) {
    const side = (s) => ({
      rps: median(rs.map((r) => r[s].rps)),
      p50: median(rs.map((r) => r[s].p50)),
      p99: median(rs.map((r) => r[s].p99)),
      cpuUsPerRequest: median(rs.map((r) => r[s].cpuUsPerRequest)),
    });
    const ratios = rs.map((r) => r.ratio);
    const s = {
      trackway: side('trackway'),
      bare: side('bare'),
      ratio: median(ratios),
      min: Math.min(...ratios),
      max: Math.max(...ratios),
      cpuRatio: median(rs.map((r) => r.cpuRatio)),
      rounds: rs,
    };
    summary[name] = s;
    const [t, b] = [s.trackway, s.bare];
    const us = (x) => (x === undefined || Number.isNaN(x) ? 'n/a' : x.toFixed(1));
    console.log(
      `| ${name} | ${t.rps.toFixed(0)} | ${t.p50} / ${t.p99} | ${b.rps.toFixed(0)} | ${b.p50} / ${b.p99} | ` +
        `${s.ratio.toFixed(2)} | ${s.min.toFixed(2)}–${s.max.toFixed(2)} | ${us(t.cpuUsPerRequest)} / ${us(b.cpuUsPerRequest)} | ` +
        `${Number.isNaN(s.cpuRatio) ? 'n/a' : s.cpuRatio.toFixed(2)} |`,
    );
  }
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(
    join(ROOT, 'bench/results/delivery.json'),
    JSON.stringify(
      {
        date: new Date().toISOString(),
        bodyBytes: body.length,
        configBytes,
        rounds: ROUNDS,
        seconds: SECONDS,
        summary,
      },
      null,
      2,
    ),
  );
  const failed = Object.entries(summary).filter(([, s]) => s.ratio < 0.8);
  console.log(
    failed.length
      ? `\nBELOW the 0.8 goal: ${failed.map(([n]) => n).join(', ')}`
      : '\nboth paths ≥ 0.8 × bare node:http',
  );
} finally {
  bare?.stop();
  await trackway.stop();
  await db.drop();
}
