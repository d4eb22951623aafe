import { Logger } from '@nestjs/common';
import type { DataSource, EntityManager } from 'typeorm';
import type { OutboxService } from '../../forwarding/outbox.service';
import type { AcceptedBatch, EventSink } from './event-sink';
import { forwardItems } from './forward-items';
import { LIVE_CHANNEL } from './live-channel';

interface Waiting {
  batch: AcceptedBatch;
  resolve(): void;
  reject(err: Error): void;
}

// Two writes in flight: one commits while the next is built from what arrived meanwhile. More gained nothing on
// 2 cores (bench/collector.mjs); fewer leaves the database idle during JSON building.
const MAX_IN_FLIGHT = 2;
// One jsonb parameter unpacked by jsonb_array_elements: props come out as jsonb values, parsed once. Measured
// here per 1,000 rows of 1.1 KB: 43–97 ms, against 95–183 ms for json_to_recordset (which parses props again)
// and 150–280 ms for unnest over typed arrays.
// One statement per write of at most this many rows: ≈2 MB of JSON, a few hundred ms to insert at worst.
const MAX_ROWS_PER_WRITE = 5000;

// Today's partition deduplicates through its unique (app_id, ext_uniq_id) index (ON CONFLICT DO NOTHING); the
// NOT EXISTS looks at yesterday's only, so a retry across midnight UTC is still stored once. Older retries are
// stored twice (docs/adr/007-collector-event-store.md). Written without `ext_uniq_id IS NULL OR …`: with the OR
// the planner hashes the whole range of yesterday's partition per insert; without it, an anti join probes the
// partition's unique index once per event (EXPLAIN ANALYZE).
const INSERT = `
WITH r AS (
  SELECT (e->>'app_id')::uuid AS app_id, e->>'type' AS type, e->'props' AS props, (e->>'valid')::boolean AS valid,
         e->'errors' AS errors, e->>'source' AS source, e->>'tracking_id' AS tracking_id,
         (e->>'log_id')::bigint AS log_id, e->>'ext_uniq_id' AS ext_uniq_id,
         (e->>'config_version')::integer AS config_version, e->>'rule_id' AS rule_id,
         e->>'debug_session' AS debug_session, ord
    FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS x(e, ord)
), ins AS (
  INSERT INTO collector_events (received_at, app_id, type, props, valid, errors, source, tracking_id, log_id,
    ext_uniq_id, config_version, rule_id, debug_session)
  SELECT now(), app_id, type, props, valid, errors, source, tracking_id, log_id, ext_uniq_id, config_version,
    rule_id, debug_session
  FROM r
  WHERE NOT EXISTS (
    SELECT 1 FROM collector_events e
     WHERE r.ext_uniq_id IS NOT NULL AND e.app_id = r.app_id AND e.ext_uniq_id = r.ext_uniq_id
       AND e.received_at >= now() - interval '1 day'
       AND e.received_at < date_trunc('day', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC')
  -- ids in upload order, whatever join the planner picks: the live view and the events list sort by id
  ORDER BY r.ord
  ON CONFLICT DO NOTHING
  RETURNING app_id, id, ext_uniq_id
)
SELECT app_id, pg_notify('${LIVE_CHANNEL}', app_id || '|' || min(id) || '|' || max(id) || '|' || now()),
       array_agg(ext_uniq_id) FILTER (WHERE ext_uniq_id IS NOT NULL) AS stored_ext
  FROM ins GROUP BY app_id`;

const FORWARDED_APPS = `SELECT app_id FROM app_forwarding WHERE report_enabled AND app_id = ANY($1::uuid[])`;

const ENSURE_TODAY = `SELECT collector_events_ensure_partition((now() AT TIME ZONE 'UTC')::date)`;

/**
 * Writes accepted uploads into collector_events with group commit: uploads that arrive while a write is in flight
 * go together into the next one, so a hundred phones sending 10 events each cost one insert and one commit
 * instead of a hundred (≈600 commits/s is this machine's ceiling, shared/notes/performance.md). Each upload's
 * promise resolves after the commit that holds its rows, and rejects when that write failed.
 */
export class PostgresEventSink implements EventSink {
  private waiting: Waiting[] = [];
  private inFlight = 0;
  private readonly log = new Logger(PostgresEventSink.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
  ) {}

  accept(batch: AcceptedBatch): Promise<void> {
    if (!batch.events.length) return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.waiting.push({ batch, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.inFlight < MAX_IN_FLIGHT && this.waiting.length) {
      let rows = 0;
      let n = 0;
      while (n < this.waiting.length && (n === 0 || rows + this.waiting[n].batch.events.length <= MAX_ROWS_PER_WRITE))
        rows += this.waiting[n++].batch.events.length;
      const group = this.waiting.splice(0, n);
      this.inFlight++;
      this.write(group)
        .then(
          () => group.forEach((w) => w.resolve()),
          (err: Error) => {
            this.log.error({ msg: 'collector insert failed', error: err.message, uploads: group.length });
            group.forEach((w) => w.reject(err));
          },
        )
        .finally(() => {
          this.inFlight--;
          this.pump();
        });
    }
  }

  private async write(group: Waiting[]): Promise<void> {
    const json = JSON.stringify(
      group.flatMap(({ batch }) =>
        batch.events.map((e) => ({
          app_id: batch.app.id,
          type: e.type,
          props: e.props,
          valid: e.valid,
          errors: e.errors,
          source: e.source,
          tracking_id: e.trackingId,
          log_id: e.logId,
          ext_uniq_id: e.extUniqId,
          config_version: e.configVersion,
          rule_id: e.ruleId,
          debug_session: e.debugSession,
        })),
      ),
    );
    try {
      await this.dataSource.transaction((m) => this.insert(m, group, json));
    } catch (err) {
      // the maintenance job creates partitions two days ahead; this covers a first start or a stopped job
      if ((err as { code?: string }).code !== '23514' || !/no partition/.test((err as Error).message)) throw err;
      await this.dataSource.query(ENSURE_TODAY);
      await this.dataSource.transaction((m) => this.insert(m, group, json));
    }
  }

  /** Stores the rows and, for apps whose report forwarding is on, queues what was stored in the same commit. */
  private async insert(m: EntityManager, group: Waiting[], json: string): Promise<void> {
    const appIds = [...new Set(group.map((w) => w.batch.app.id))];
    const forwarded: { app_id: string }[] = await m.query(FORWARDED_APPS, [appIds]);
    const stored: { app_id: string; stored_ext: string[] | null }[] = await m.query(INSERT, [json]);
    if (!forwarded.length) return;
    const storedExt = new Map(stored.map((r) => [r.app_id, new Set(r.stored_ext ?? [])]));
    const batches = group.map((w) => w.batch).filter((b) => forwarded.some((f) => f.app_id === b.app.id));
    await this.outbox.enqueue(m, forwardItems(batches, storedExt));
  }
}
