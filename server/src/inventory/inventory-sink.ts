import type { DataSource } from 'typeorm';
import type { AcceptedBatch, EventSink } from '../collector/store/event-sink';
import { INVENTORY_TYPE, inventoryRows } from './inventory-rows';

// One statement per upload: unpacked from one jsonb parameter, as the collector's insert (ADR 007).
const UPSERT = `
INSERT INTO inventory_items (app_id, kind, route, name, sample, config_version, last_session)
SELECT $1, r.kind, r.route, r.name, r.sample, r.version, r.session
  FROM jsonb_to_recordset($2::jsonb) AS r(kind text, route text, name text, sample jsonb, version integer, session text)
ON CONFLICT (app_id, kind, route, name) DO UPDATE
   SET sample = EXCLUDED.sample, count = inventory_items.count + 1, last_seen = now(),
       config_version = COALESCE(EXCLUDED.config_version, inventory_items.config_version),
       last_session = COALESCE(EXCLUDED.last_session, inventory_items.last_session)`;

/**
 * In front of the collector's sink: `trackway_inventory` events (debug sessions, issue 13) are merged into
 * inventory_items and not stored as events (they are not Youshu behaviours and would crowd the live view); the
 * rest goes on to the collector's sink. Both are durable before the upload is answered: a failure of either
 * answers 503 and the phone sends the upload again (a retried inventory only counts twice).
 */
export class InventorySink implements EventSink {
  constructor(
    private readonly dataSource: DataSource,
    private readonly next: EventSink,
  ) {}

  async accept(batch: AcceptedBatch): Promise<void> {
    const inventory = batch.events.filter((e) => e.type === INVENTORY_TYPE);
    if (!inventory.length) return this.next.accept(batch);
    const rows = inventoryRows(inventory);
    if (rows.length) await this.dataSource.query(UPSERT, [batch.app.id, JSON.stringify(rows)]);
    await this.next.accept({ app: batch.app, events: batch.events.filter((e) => e.type !== INVENTORY_TYPE) });
  }
}
