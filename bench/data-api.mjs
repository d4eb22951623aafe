// Data API ingest: add_order calls of 50 orders — signed, validated with the catalog and stored by the built
// Trackway server over HTTP — side by side with the SAME rows inserted without validation: the server's own
// upsert statement (server/dist/data-api/store-orders.js) run straight on PostgreSQL from this process, one
// transaction per 50 orders, same concurrency. Interleaved rounds, medians of rounds (these 2-core machines vary
// 2–5× between runs). Server on CPU 0, load generator and baseline client on CPU 1; PostgreSQL is not pinned.
// Every call carries 50 new external_order_ids (inserts, not updates), and a fresh nonce and signature.
import autocannon from 'autocannon';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { adminApi, build, hasTaskset, median, pinSelf, ROOT, startDatabase, startServer } from './lib/trackway.mjs';

// The server's own signing, row mapping and store statement, from its build (built before they are loaded).
build();
const require = createRequire(join(ROOT, 'server', 'package.json'));
const { Pool } = require('pg');
const { signedParams } = require(join(ROOT, 'server/dist/data-api/data-api-signature.js'));
const { storeOrders } = require(join(ROOT, 'server/dist/data-api/store-orders.js'));
const { toOrderRow } = require(join(ROOT, 'server/dist/data-api/order-row.js'));

const ROUNDS = Number(process.env.BENCH_ROUNDS || 8);
const SECONDS = Number(process.env.BENCH_SECONDS || 3);
// 8 callers: a merchant's order sync runs a few workers; both sides get the same number.
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY || 8);
const ORDERS_PER_CALL = 50;
const APPID = 'wx00000000000da7a1';
const BUDGET = 5000; // orders/s (design §5)

const placed = Date.UTC(2026, 11, 1, 2);
/** A realistic order (one goods line with store and channel info) with a unique id. */
function order(id) {
  return {
    external_order_id: id,
    create_time: String(placed),
    order_source: 'wxapp',
    order_type: 1,
    goods_num_total: 2,
    goods_amount_total: 159.8,
    freight_amount: 0,
    order_amount: 159.8,
    payable_amount: 149.8,
    payment_amount: 149.8,
    order_status: '1150',
    status_change_time: String(placed + 60_000),
    user_info: { open_id: 'oAbCdEf1234567890', union_id: 'uXyZ123' },
    goods_info: [
      {
        external_sku_id: 'SKU-TEE-M',
        sku_name_chinese: '白色 T 恤 M 码',
        goods_amount: 79.9,
        payment_amount: 149.8,
        external_spu_id: 'SPU-TEE',
        spu_name_chinese: '白色 T 恤',
        goods_num: 2,
        store_info: { external_store_id: 'shop-1', store_name: '深圳南山店', store_city: '深圳' },
        chan_info: [{ chan_wxapp: { chan_scene: 1037 }, chan_id: '8_ac3e76c2e5721f5f', guide_id: '100014533' }],
      },
    ],
    payment_info: [{ payment_type: '00009', trans_id: '4200001234567890', trans_amount: 149.8 }],
  };
}
let serial = 0;
const batch = (side) => Array.from({ length: ORDERS_PER_CALL }, (_, i) => order(`${side}-${++serial}-${i}`));

/** CPU time (user + system, ms) a process has used so far, from /proc; undefined elsewhere. */
function cpuMs(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10; // USER_HZ = 100
  } catch {
    return undefined;
  }
}

/** Trackway over HTTP: autocannon, each request with a new body, nonce and signature. */
async function trackwayRound(url, secret, pid) {
  const cpuBefore = cpuMs(pid);
  const r = await autocannon({
    url,
    connections: CONCURRENCY,
    duration: SECONDS,
    requests: [
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        setupRequest: (req) => ({
          ...req,
          path: `/data-api/v1/order/add_order?${new URLSearchParams(signedParams(APPID, secret))}`,
          body: JSON.stringify({ dataSourceId: 'bench', orders: batch('t') }),
        }),
      },
    ],
  });
  const cpuAfter = cpuMs(pid);
  if (r.non2xx || r.errors || r.timeouts) throw new Error(`trackway: ${r.non2xx} non-2xx, ${r.errors} errors`);
  return {
    ordersPerSecond: (r.requests.total * ORDERS_PER_CALL) / SECONDS,
    p50: r.latency.p50,
    p99: r.latency.p99,
    // Node's own CPU per call (PostgreSQL's work is not in it): what one core of Trackway costs per 50 orders.
    serverCpuMsPerCall: cpuBefore === undefined ? undefined : (cpuAfter - cpuBefore) / r.requests.total,
  };
}

/** The same rows, no HTTP, no signature, no validation: the store statement in a transaction per 50. */
async function baselineRound(pool, appId) {
  const latencies = [];
  const end = Date.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (Date.now() < end) {
        const rows = batch('b').map((o) => toOrderRow(o, []));
        const started = process.hrtime.bigint();
        const client = await pool.connect();
        try {
          await client.query('BEGIN');
          await storeOrders(
            { query: (sql, params) => client.query(sql, params).then((r) => r.rows) },
            appId,
            'bench',
            rows,
          );
          await client.query('COMMIT');
        } finally {
          client.release();
        }
        latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))];
  return {
    ordersPerSecond: (latencies.length * ORDERS_PER_CALL) / SECONDS,
    p50: Math.round(at(0.5)),
    p99: Math.round(at(0.99)),
  };
}

pinSelf(1);
const db = await startDatabase();
const trackway = await startServer(db.url, { cpu: 0 });
const pool = new Pool({ connectionString: db.url, max: CONCURRENCY });
try {
  const api = await adminApi(trackway.url);
  const { dataApiSecret } = await api.createApp(APPID, 'Data API benchmark shop');
  const [{ id: appId }] = (await pool.query('SELECT id FROM apps WHERE appid = $1', [APPID])).rows;
  console.log(
    `data-api: add_order × ${ORDERS_PER_CALL} orders, ${CONCURRENCY} concurrent callers, ${ROUNDS} rounds × ` +
      `${SECONDS} s per side, taskset ${hasTaskset ? 'on' : 'missing: not pinned'}`,
  );
  await trackwayRound(trackway.url, dataApiSecret, trackway.pid); // warm-up: JIT, the catalog's compiled schemas, pools
  await baselineRound(pool, appId);
  const rounds = [];
  for (let round = 0; round < ROUNDS; round++) {
    const r = {};
    for (const side of round % 2 ? ['baseline', 'trackway'] : ['trackway', 'baseline']) {
      r[side] =
        side === 'trackway'
          ? await trackwayRound(trackway.url, dataApiSecret, trackway.pid)
          : await baselineRound(pool, appId);
    }
    r.ratio = r.trackway.ordersPerSecond / r.baseline.ordersPerSecond;
    rounds.push(r);
    console.log(
      `round ${round + 1}: trackway ${r.trackway.ordersPerSecond.toFixed(0)} orders/s (p99 ${r.trackway.p99} ms), ` +
        `baseline ${r.baseline.ordersPerSecond.toFixed(0)} orders/s (p99 ${r.baseline.p99} ms), ratio ${r.ratio.toFixed(2)}`,
    );
  }
  const side = (s) => ({
    ordersPerSecond: median(rounds.map((r) => r[s].ordersPerSecond)),
    p50: median(rounds.map((r) => r[s].p50)),
    p99: median(rounds.map((r) => r[s].p99)),
    serverCpuMsPerCall: s === 'trackway' ? median(rounds.map((r) => r.trackway.serverCpuMsPerCall)) : undefined,
  });
  const summary = {
    trackway: side('trackway'),
    baseline: side('baseline'),
    ratio: median(rounds.map((r) => r.ratio)),
    min: Math.min(...rounds.map((r) => r.ratio)),
    max: Math.max(...rounds.map((r) => r.ratio)),
  };
  const stored = Number((await pool.query('SELECT count(*) FROM data_api_orders')).rows[0].count);
  console.log(
    '\n| side | orders/s (median of rounds) | p50 / p99 ms per call of 50 | ratio Trackway ÷ baseline (min–max) |',
  );
  console.log('|---|---|---|---|');
  const t = summary.trackway;
  const b = summary.baseline;
  console.log(
    `| Trackway: HTTP, signed, validated, stored | ${t.ordersPerSecond.toFixed(0)} | ${t.p50} / ${t.p99} | ` +
      `${summary.ratio.toFixed(2)} (${summary.min.toFixed(2)}–${summary.max.toFixed(2)}) |`,
  );
  console.log(
    `| baseline: same rows, store statement only | ${b.ordersPerSecond.toFixed(0)} | ${b.p50} / ${b.p99} | 1 |`,
  );
  console.log(
    `\n${stored} orders stored in all; budget ≥ ${BUDGET} orders/s: ${t.ordersPerSecond >= BUDGET ? 'met' : 'NOT met'}`,
  );
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(
    join(ROOT, 'bench/results/data-api.json'),
    JSON.stringify(
      {
        date: new Date().toISOString(),
        rounds: ROUNDS,
        seconds: SECONDS,
        concurrency: CONCURRENCY,
        summary,
        detail: rounds,
      },
      null,
      2,
    ),
  );
} finally {
  await pool.end();
  await trackway.stop();
  await db.drop();
}
