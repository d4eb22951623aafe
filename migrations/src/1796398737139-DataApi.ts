import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Orders, daily sums, page visits and nonces of the Youshu-compatible data API (issue 12). */
export class DataApi1796398737139 implements MigrationInterface {
  name = 'DataApi1796398737139';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "data_api_orders" (
      "id" BIGSERIAL NOT NULL,
      "app_id" uuid NOT NULL,
      "external_order_id" text NOT NULL,
      "data_source_id" text NOT NULL,
      "order_status" text NOT NULL,
      "order_source" text NOT NULL,
      "order_type" integer NOT NULL,
      "create_time" TIMESTAMP WITH TIME ZONE NOT NULL,
      "status_change_time" TIMESTAMP WITH TIME ZONE NOT NULL,
      "paid_at" TIMESTAMP WITH TIME ZONE,
      "goods_num_total" integer NOT NULL,
      "goods_amount_total" numeric NOT NULL,
      "freight_amount" numeric NOT NULL,
      "order_amount" numeric NOT NULL,
      "payable_amount" numeric NOT NULL,
      "payment_amount" numeric NOT NULL,
      "guide_ids" text array NOT NULL,
      "room_ids" text array NOT NULL,
      "store_ids" text array NOT NULL,
      "order" jsonb NOT NULL,
      "warnings" jsonb,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_data_api_orders" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_data_api_orders_app_external" UNIQUE ("app_id", "external_order_id"),
      CONSTRAINT "FK_data_api_orders_app" FOREIGN KEY ("app_id") REFERENCES "apps"("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    // Reconciliation reads one app's orders by the day they were placed and by the day they were paid.
    await q.query(`CREATE INDEX "IDX_data_api_orders_app_create" ON "data_api_orders" ("app_id", "create_time")`);
    await q.query(`CREATE INDEX "IDX_data_api_orders_app_paid" ON "data_api_orders" ("app_id", "paid_at")`);

    await q.query(`CREATE TABLE "data_api_order_status_history" (
      "id" BIGSERIAL NOT NULL,
      "order_id" bigint NOT NULL,
      "order_status" text NOT NULL,
      "status_change_time" TIMESTAMP WITH TIME ZONE NOT NULL,
      "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_data_api_order_status_history" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_data_api_order_status_history_entry" UNIQUE ("order_id", "order_status", "status_change_time"),
      CONSTRAINT "FK_data_api_order_status_history_order" FOREIGN KEY ("order_id") REFERENCES "data_api_orders"("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);

    await q.query(`CREATE TABLE "data_api_order_sums" (
      "app_id" uuid NOT NULL,
      "ref_date" date NOT NULL,
      "data_source_id" text NOT NULL,
      "give_order_amount_sum" numeric NOT NULL,
      "give_order_num_sum" integer NOT NULL,
      "payment_amount_sum" numeric NOT NULL,
      "payed_num_sum" integer NOT NULL,
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_data_api_order_sums" PRIMARY KEY ("app_id", "ref_date"),
      CONSTRAINT "FK_data_api_order_sums_app" FOREIGN KEY ("app_id") REFERENCES "apps"("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);

    await q.query(`CREATE TABLE "data_api_visit_pages" (
      "app_id" uuid NOT NULL,
      "ref_date" date NOT NULL,
      "page_path" text NOT NULL,
      "data_source_id" text NOT NULL,
      "page_visit_pv" integer,
      "page_visit_uv" integer,
      "page_staytime_pv" double precision,
      "entrypage_pv" integer,
      "exitpage_pv" integer,
      "page_share_pv" integer,
      "page_share_uv" integer,
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_data_api_visit_pages" PRIMARY KEY ("app_id", "ref_date", "page_path"),
      CONSTRAINT "FK_data_api_visit_pages_app" FOREIGN KEY ("app_id") REFERENCES "apps"("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);

    await q.query(`CREATE TABLE "data_api_nonces" (
      "app_id" uuid NOT NULL,
      "nonce" text NOT NULL,
      "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "PK_data_api_nonces" PRIMARY KEY ("app_id", "nonce"),
      CONSTRAINT "FK_data_api_nonces_app" FOREIGN KEY ("app_id") REFERENCES "apps"("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    // The periodic purge deletes by expiry.
    await q.query(`CREATE INDEX "IDX_data_api_nonces_expires" ON "data_api_nonces" ("expires_at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "data_api_nonces"`);
    await q.query(`DROP TABLE "data_api_visit_pages"`);
    await q.query(`DROP TABLE "data_api_order_sums"`);
    await q.query(`DROP TABLE "data_api_order_status_history"`);
    await q.query(`DROP TABLE "data_api_orders"`);
  }
}
