// The baseline of the collector benchmark: bare node:http, the same catalog validation, then one INSERT per
// event (each its own autocommit), answering after the last — the obvious implementation without batching.
// Usage: node bench/lib/collector-baseline.mjs <port> <database url> <app uuid>
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const require = createRequire(join(ROOT, 'server', 'package.json'));
const { Pool } = require('pg');
const { validateEvent } = require(join(ROOT, 'language/dist/index.js'));

const [port, databaseUrl, appId] = process.argv.slice(2);
// the server's pool size (server/src/database/data-source-options.ts)
const pool = new Pool({ connectionString: databaseUrl, max: 10 });
const INSERT = `INSERT INTO collector_events (received_at, app_id, type, props, valid, errors, source, tracking_id, log_id)
                VALUES (now(), $1, $2, $3, $4, $5, $6, $7, $8)`;

createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', async () => {
    try {
      const events = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      for (const e of events) {
        const r = validateEvent(e.type, e.props);
        await pool.query(INSERT, [
          appId,
          e.type,
          JSON.stringify(e.props),
          r.valid,
          JSON.stringify(r.errors),
          e.from,
          e.tracking_id,
          e.log_id,
        ]);
      }
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"code":0,"msg":"ok"}');
    } catch (err) {
      res.writeHead(500);
      res.end(String(err.message));
    }
  });
}).listen(Number(port), '127.0.0.1');
