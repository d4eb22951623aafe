// Collector ingest (issue 11): uploads of 10 and 50 sr-sdk-wxapp-like events (≈1.1 KB each, valid against the
// catalog) to the built Trackway server, side by side in the same run with (a) a bare node:http baseline that
// validates the same way and inserts one row per event, and (b) raw COPY of the same rows by psql into the same
// table: the ceiling of the database itself, no HTTP and no validation. Rounds interleaved; servers on CPU 0,
// autocannon on CPU 1 (PostgreSQL floats: it is on this machine too). Medians of the rounds.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
import { srBatch } from './lib/collector-events.mjs';

const ROUNDS = Number(process.env.BENCH_ROUNDS || 6);
const SECONDS = Number(process.env.BENCH_SECONDS || 3);
const CONNECTIONS = 100;
const COPY_ROWS = 50_000;
const APPID = 'wx00000000000c011e';
const BASE_APPID = 'wx00000000000c011f';
const require = createRequire(join(ROOT, 'server', 'package.json'));
const { Client } = require('pg');

build();
pinSelf(1);
const db = await startDatabase();
// the rate limit is per token; the benchmark is one token sending as fast as it can
const trackway = await startServer(db.url, { cpu: 0, env: { TRACKWAY_COLLECTOR_RATE_LIMIT: '10000000' } });
let baseline;
const sql = new Client({ connectionString: db.url });
try {
  const api = await adminApi(trackway.url);
  const app = await api.createApp(APPID, 'Collector benchmark');
  await api.createApp(BASE_APPID, 'Collector baseline');
  await sql.connect();
  const ids = Object.fromEntries((await sql.query('SELECT appid, id FROM apps')).rows.map((r) => [r.appid, r.id]));
  const reportUrl = `${trackway.url}/youshu/api/report?token=${app.collectorToken}`;
  for (let i = 0; i < 100 && (await fetch(reportUrl, { method: 'POST', body: '[]' })).status !== 200; i++)
    await new Promise((r) => setTimeout(r, 50));

  const port = await freePort();
  const proc = spawnNode([join(ROOT, 'bench/lib/collector-baseline.mjs'), String(port), db.url, ids[BASE_APPID]], {
    cpu: 0,
  });
  baseline = { url: `http://127.0.0.1:${port}/report`, pid: proc.pid, stop: () => proc.kill('SIGTERM') };
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(baseline.url, { method: 'POST', body: '[]' })).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  // the COPY side: the same rows as CSV, copied by psql in one COPY per round
  const dir = mkdtempSync(join(tmpdir(), 'trackway-bench-'));
  const csv = join(dir, 'rows.csv');
  const quote = (s) => `"${s.replace(/"/g, '""')}"`;
  writeFileSync(
    csv,
    srBatch(COPY_ROWS, BASE_APPID)
      .map((e) =>
        [ids[BASE_APPID], e.type, quote(JSON.stringify(e.props)), 'true', '[]', e.from, e.tracking_id, e.log_id].join(
          ',',
        ),
      )
      .join('\n'),
  );
  const copy = () => {
    const started = process.hrtime.bigint();
    const r = spawnSync('psql', [
      db.url,
      '-v',
      'ON_ERROR_STOP=1',
      '-c',
      `\\copy collector_events (app_id, type, props, valid, errors, source, tracking_id, log_id) FROM '${csv}' WITH (FORMAT csv)`,
    ]);
    if (r.status !== 0) throw new Error(`psql COPY failed: ${r.stderr}`);
    return COPY_ROWS / (Number(process.hrtime.bigint() - started) / 1e9);
  };
  // COPY needs received_at: a default for this benchmark only, on its own throw-away database
  await sql.query(`ALTER TABLE collector_events ALTER COLUMN received_at SET DEFAULT now()`);

  const sizes = [10, 50];
  const bodies = Object.fromEntries(sizes.map((n) => [n, JSON.stringify(srBatch(n, APPID))]));
  const baseBodies = Object.fromEntries(sizes.map((n) => [n, JSON.stringify(srBatch(n, BASE_APPID))]));
  const headers = { 'content-type': 'application/json' };
  console.log(
    `collector: ${ROUNDS} rounds × ${SECONDS} s per side and batch size, ${CONNECTIONS} connections, ` +
      `event ≈${Math.round(bodies[10].length / 10)} B, taskset ${hasTaskset ? 'on' : 'missing: not pinned'}`,
  );
  for (const n of sizes) {
    await load(reportUrl, { method: 'POST', body: bodies[n], headers, seconds: 1 });
    await load(baseline.url, { method: 'POST', body: baseBodies[n], headers, seconds: 1 });
  }
  let trackwayAnswered = 0;
  const { rows: before } = await sql.query('SELECT count(*)::int AS n FROM collector_events WHERE app_id = $1', [
    ids[APPID],
  ]);
  const rounds = { 10: [], 50: [] };
  const copies = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const n of sizes) {
      const order = round % 2 ? ['baseline', 'trackway'] : ['trackway', 'baseline'];
      const r = {};
      for (const side of order) {
        const [url, body, pid] =
          side === 'trackway' ? [reportUrl, bodies[n], trackway.pid] : [baseline.url, baseBodies[n], baseline.pid];
        r[side] = await load(url, { method: 'POST', body, headers, seconds: SECONDS, pid, connections: CONNECTIONS });
        if (r[side].other > 0 || r[side].ok2xx === 0)
          throw new Error(`${side} batch ${n}: unexpected responses ${JSON.stringify(r[side])}`);
        r[side].eventsPerSecond = r[side].rps * n;
      }
      trackwayAnswered += r.trackway.ok2xx * n;
      rounds[n].push({ ...r, ratio: r.trackway.eventsPerSecond / r.baseline.eventsPerSecond });
      console.log(
        `round ${round + 1} batch ${n}: trackway ${r.trackway.eventsPerSecond.toFixed(0)} events/s ` +
          `(p50 ${r.trackway.p50} ms, p99 ${r.trackway.p99} ms), one-row baseline ` +
          `${r.baseline.eventsPerSecond.toFixed(0)} events/s (p50 ${r.baseline.p50} ms, p99 ${r.baseline.p99} ms)`,
      );
    }
    copies.push(copy());
    console.log(`round ${round + 1} COPY: ${copies.at(-1).toFixed(0)} rows/s`);
  }
  // every {code: 0} answered in the measured rounds is a stored row
  const { rows: after } = await sql.query('SELECT count(*)::int AS n FROM collector_events WHERE app_id = $1', [
    ids[APPID],
  ]);
  const stored = after[0].n - before[0].n;
  if (stored !== trackwayAnswered) throw new Error(`answered ${trackwayAnswered} events but stored ${stored}`);

  const copyMedian = median(copies);
  const summary = { copyRowsPerSecond: copyMedian, storedMatchesAnswered: stored };
  console.log(
    '\n| batch | Trackway events/s | p50 / p99 ms | one-row baseline events/s | p50 / p99 ms | Trackway ÷ baseline (median of rounds) | Trackway ÷ raw COPY | server CPU µs/event, Trackway / baseline |',
  );
  console.log('|---|---|---|---|---|---|---|---|');
  for (const n of sizes) {
    const rs = rounds[n];
    const side = (s) => ({
      eventsPerSecond: median(rs.map((r) => r[s].eventsPerSecond)),
      p50: median(rs.map((r) => r[s].p50)),
      p99: median(rs.map((r) => r[s].p99)),
      cpuUsPerEvent: median(rs.map((r) => r[s].cpuUsPerRequest / n)),
    });
    const s = {
      trackway: side('trackway'),
      baseline: side('baseline'),
      ratio: median(rs.map((r) => r.ratio)),
      rounds: rs,
    };
    summary[n] = s;
    const [t, b] = [s.trackway, s.baseline];
    console.log(
      `| ${n} | ${t.eventsPerSecond.toFixed(0)} | ${t.p50} / ${t.p99} | ${b.eventsPerSecond.toFixed(0)} | ${b.p50} / ${b.p99} | ` +
        `${s.ratio.toFixed(1)} | ${(t.eventsPerSecond / copyMedian).toFixed(2)} | ${t.cpuUsPerEvent?.toFixed(1)} / ${b.cpuUsPerEvent?.toFixed(1)} |`,
    );
  }
  console.log(`\nraw COPY of ${COPY_ROWS} rows (psql, median of ${ROUNDS}): ${copyMedian.toFixed(0)} rows/s`);
  console.log(`stored rows = events answered {code: 0} in the measured rounds: ${stored}`);
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(
    join(ROOT, 'bench/results/collector.json'),
    JSON.stringify({ date: new Date().toISOString(), rounds: ROUNDS, seconds: SECONDS, summary }, null, 2),
  );
  const goal = sizes.filter((n) => summary[n].trackway.eventsPerSecond < 20_000);
  console.log(goal.length ? `\nBELOW the 20,000 events/s goal: batch ${goal.join(', ')}` : '\n≥ 20,000 events/s');
} finally {
  await sql.end().catch(() => undefined);
  baseline?.stop();
  await trackway.stop();
  await db.drop();
}
