import type { DataSource } from 'typeorm';

const PARTITION_NAME = /^collector_events_(\d{4})(\d{2})(\d{2})$/;
const DAY_MS = 86_400_000;

/** Creates and drops the day partitions of collector_events (UTC days; docs/adr/007-collector-event-store.md). */
export class EventPartitions {
  constructor(private readonly dataSource: DataSource) {}

  /** Today's partition and the next `daysAhead` ones, by the database's clock. */
  async ensureAhead(daysAhead: number): Promise<void> {
    await this.dataSource.query(
      `SELECT collector_events_ensure_partition((now() AT TIME ZONE 'UTC')::date + d)
         FROM generate_series(0, $1::int) AS d`,
      [daysAhead],
    );
  }

  /** Names of the attached day partitions, oldest first. */
  async list(): Promise<string[]> {
    const rows: { name: string }[] = await this.dataSource.query(
      `SELECT c.relname AS name FROM pg_inherits i
         JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_class p ON p.oid = i.inhparent
        WHERE p.relname = 'collector_events' ORDER BY c.relname`,
    );
    return rows.map((r) => r.name);
  }

  /**
   * Drops every partition whose newest possible event is older than `retentionDays`: whole tables, so no vacuum
   * debt. DETACH … CONCURRENTLY first, so inserts into today's partition are never blocked by the drop's lock on
   * the parent. Returns the dropped names.
   */
  async purge(retentionDays: number): Promise<string[]> {
    const [{ now }] = (await this.dataSource.query('SELECT now() AS now')) as { now: Date }[];
    const cutoff = now.getTime() - retentionDays * DAY_MS;
    const dropped: string[] = [];
    for (const name of await this.list()) {
      const m = PARTITION_NAME.exec(name);
      if (!m || Date.UTC(+m[1], +m[2] - 1, +m[3]) + DAY_MS > cutoff) continue;
      await this.dataSource.query(`ALTER TABLE "collector_events" DETACH PARTITION "${name}" CONCURRENTLY`);
      await this.dataSource.query(`DROP TABLE "${name}"`);
      dropped.push(name);
    }
    return dropped;
  }
}
