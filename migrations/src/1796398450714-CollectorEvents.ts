import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The collector's event store (issue 11), partitioned by UTC day so that retention drops whole partitions.
 * No TypeORM entity describes it: TypeORM cannot express PARTITION BY, so the table lives only here
 * (docs/adr/007-collector-event-store.md).
 */
export class CollectorEvents1796398450714 implements MigrationInterface {
  name = 'CollectorEvents1796398450714';

  async up(q: QueryRunner): Promise<void> {
    // Identity columns on partitioned tables arrive only in PostgreSQL 17; a sequence works from 13 on.
    await q.query(`CREATE SEQUENCE "collector_events_id_seq"`);
    await q.query(`CREATE TABLE "collector_events" (
      "id" bigint NOT NULL DEFAULT nextval('collector_events_id_seq'),
      "received_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "app_id" uuid NOT NULL,
      "type" text NOT NULL,
      "props" jsonb NOT NULL,
      "valid" boolean NOT NULL,
      "errors" jsonb NOT NULL DEFAULT '[]',
      "source" text,
      "tracking_id" text,
      "log_id" bigint,
      "ext_uniq_id" text,
      "config_version" integer,
      "rule_id" text,
      "debug_session" text,
      CONSTRAINT "PK_collector_events" PRIMARY KEY ("received_at", "id")
    ) PARTITION BY RANGE ("received_at")`);
    await q.query(`ALTER SEQUENCE "collector_events_id_seq" OWNED BY "collector_events"."id"`);
    await q.query(`CREATE INDEX "IDX_collector_events_app_received" ON "collector_events" ("app_id", "received_at")`);
    await q.query(
      `CREATE INDEX "IDX_collector_events_app_session" ON "collector_events" ("app_id", "debug_session", "id")
        WHERE "debug_session" IS NOT NULL`,
    );
    // A unique index on the parent would have to include received_at, which makes it useless for dedupe; each
    // day's partition gets its own (app_id, ext_uniq_id) unique index instead, created with the partition.
    await q.query(`CREATE FUNCTION "collector_events_ensure_partition"(day date) RETURNS text
      LANGUAGE plpgsql AS $$
      DECLARE
        part text := 'collector_events_' || to_char(day, 'YYYYMMDD');
      BEGIN
        IF to_regclass(quote_ident(part)) IS NOT NULL THEN
          RETURN part;
        END IF;
        -- several instances may create the same day at once
        PERFORM pg_advisory_xact_lock(hashtext('collector_events_ensure_partition'));
        IF to_regclass(quote_ident(part)) IS NULL THEN
          EXECUTE format('CREATE TABLE %I PARTITION OF "collector_events" FOR VALUES FROM (%L) TO (%L)',
            part, day::timestamp AT TIME ZONE 'UTC', (day + 1)::timestamp AT TIME ZONE 'UTC');
          EXECUTE format('CREATE UNIQUE INDEX %I ON %I ("app_id", "ext_uniq_id")', 'UQ_' || part || '_ext', part);
        END IF;
        RETURN part;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION "collector_events_ensure_partition"(date)`);
    await q.query(`DROP TABLE "collector_events"`);
  }
}
