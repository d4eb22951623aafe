import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What devices saw in debug sessions, merged per app (issue 13, docs/adr/011-device-inventory.md). */
export class InventoryItems1796403000000 implements MigrationInterface {
  name = 'InventoryItems1796403000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "inventory_items" (
      "id" BIGSERIAL NOT NULL,
      "app_id" uuid NOT NULL,
      "kind" text NOT NULL,
      "route" text NOT NULL,
      "name" text NOT NULL,
      "sample" jsonb,
      "count" integer NOT NULL DEFAULT 1,
      "first_seen" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "last_seen" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "config_version" integer,
      "last_session" text,
      CONSTRAINT "PK_inventory_items" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_inventory_items_key" UNIQUE ("app_id", "kind", "route", "name"),
      CONSTRAINT "FK_inventory_items_app" FOREIGN KEY ("app_id") REFERENCES "apps"("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    await q.query(`CREATE INDEX "IDX_inventory_items_last_seen" ON "inventory_items" ("last_seen")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "inventory_items"`);
  }
}
