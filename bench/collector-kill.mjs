// Reliability of the collector (issue 11): kill -9 the server in the middle of a load run, restart it on the same
// database, and check that every event answered {code: 0} is stored. 20 clients upload batches of 10 events,
// each event with its own ext_uniq_id, as fast as they can; the kill comes after KILL_AFTER_MS. Exits 1 when an
// acknowledged event is missing.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { adminApi, build, ROOT, startDatabase, startServer } from './lib/trackway.mjs';
import { srBatch } from './lib/collector-events.mjs';

const CLIENTS = 20;
const BATCH = 10;
const KILL_AFTER_MS = Number(process.env.KILL_AFTER_MS || 3000);
const APPID = 'wx00000000000c0d1e';
const require = createRequire(join(ROOT, 'server', 'package.json'));
const { Client } = require('pg');

build();
const db = await startDatabase();
const env = { TRACKWAY_COLLECTOR_RATE_LIMIT: '10000000' };
let server = await startServer(db.url, { env });
try {
  const app = await (await adminApi(server.url)).createApp(APPID, 'Kill test');
  const url = `${server.url}/youshu/api/report?token=${app.collectorToken}`;
  for (let i = 0; i < 100 && (await fetch(url, { method: 'POST', body: '[]' })).status !== 200; i++)
    await new Promise((r) => setTimeout(r, 50));

  const acked = new Set();
  const sent = new Set();
  let failures = 0;
  let running = true;
  const client = async (c) => {
    for (let seq = 0; running; seq++) {
      const events = srBatch(BATCH, APPID, seq * BATCH).map((e, i) => ({ ...e, ext_uniq_id: `c${c}-${seq}-${i}` }));
      for (const e of events) sent.add(e.ext_uniq_id);
      try {
        const res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(events),
        });
        const body = await res.json();
        if (res.status === 200 && body.code === 0) for (const e of events) acked.add(e.ext_uniq_id);
        else failures++;
      } catch {
        failures++;
        await new Promise((r) => setTimeout(r, 20));
      }
    }
  };
  const clients = Array.from({ length: CLIENTS }, (_, c) => client(c));
  await new Promise((r) => setTimeout(r, KILL_AFTER_MS));
  const ackedAtKill = acked.size;
  process.kill(server.pid, 'SIGKILL');
  await server.stop();
  // the clients keep trying against the dead server for a moment, as phones would
  await new Promise((r) => setTimeout(r, 500));
  running = false;
  await Promise.all(clients);

  server = await startServer(db.url, { env });
  const sql = new Client({ connectionString: db.url });
  await sql.connect();
  const { rows } = await sql.query(
    `SELECT e.ext_uniq_id FROM collector_events e JOIN apps a ON a.id = e.app_id WHERE a.appid = $1`,
    [APPID],
  );
  await sql.end();
  const stored = new Set(rows.map((r) => r.ext_uniq_id));
  const missing = [...acked].filter((id) => !stored.has(id));
  const unacknowledgedButStored = [...stored].filter((id) => !acked.has(id)).length;
  const result = {
    date: new Date().toISOString(),
    clients: CLIENTS,
    batch: BATCH,
    killAfterMs: KILL_AFTER_MS,
    sent: sent.size,
    acknowledged: acked.size,
    acknowledgedBeforeKill: ackedAtKill,
    stored: stored.size,
    missing: missing.length,
    unacknowledgedButStored,
    failedUploads: failures,
    duplicates: rows.length - stored.size,
  };
  console.log(JSON.stringify(result, null, 2));
  mkdirSync(join(ROOT, 'bench/results'), { recursive: true });
  writeFileSync(join(ROOT, 'bench/results/collector-kill.json'), JSON.stringify(result, null, 2));
  console.log(
    missing.length
      ? `\nLOST ${missing.length} acknowledged events, e.g. ${missing.slice(0, 5).join(', ')}`
      : `\nevery acknowledged event (${acked.size}) is stored after kill -9 and restart`,
  );
  process.exitCode = missing.length ? 1 : 0;
} finally {
  await server.stop();
  await db.drop();
}
