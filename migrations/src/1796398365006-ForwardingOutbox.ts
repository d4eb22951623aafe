import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The durable forwarding outbox and each app's forwarding settings (issue 12 item 5, ADR 008). */
export class ForwardingOutbox1796398365006 implements MigrationInterface {
  name = 'ForwardingOutbox1796398365006';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "forward_outbox" (
      "id" BIGSERIAL NOT NULL,
      "app_id" uuid NOT NULL,
      "kind" text NOT NULL,
      "payload" jsonb NOT NULL,
      "state" text NOT NULL DEFAULT 'pending',
      "attempts" integer NOT NULL DEFAULT 0,
      "next_attempt_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "last_error" text,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "delivered_at" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "PK_forward_outbox" PRIMARY KEY ("id"),
      CONSTRAINT "CHK_forward_outbox_kind" CHECK ("kind" IN ('youshu-report', 'youshu-data-api')),
      CONSTRAINT "CHK_forward_outbox_state" CHECK ("state" IN ('pending', 'delivered', 'dead')),
      CONSTRAINT "FK_forward_outbox_app" FOREIGN KEY ("app_id") REFERENCES "apps"("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    // The worker's claim query reads only due pending rows; delivered rows (the vast majority) stay out of it.
    await q.query(
      `CREATE INDEX "IDX_forward_outbox_pending_due" ON "forward_outbox" ("next_attempt_at") WHERE "state" = 'pending'`,
    );
    // The admin page counts per state and lists the newest dead letters of one app.
    await q.query(`CREATE INDEX "IDX_forward_outbox_app_state" ON "forward_outbox" ("app_id", "state")`);

    await q.query(`CREATE TABLE "app_forwarding" (
      "app_id" uuid NOT NULL,
      "report_enabled" boolean NOT NULL DEFAULT false,
      "report_url" text,
      "data_api_enabled" boolean NOT NULL DEFAULT false,
      "data_api_base_url" text,
      "youshu_app_id" text,
      "youshu_app_secret_encrypted" text,
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_app_forwarding" PRIMARY KEY ("app_id"),
      CONSTRAINT "FK_app_forwarding_app" FOREIGN KEY ("app_id") REFERENCES "apps"("id") ON DELETE CASCADE ON UPDATE NO ACTION)`);
    // Drop-in signing finds the app by the merchant's real Youshu app_id, so it must name one app only.
    await q.query(`CREATE UNIQUE INDEX "UQ_app_forwarding_youshu_app_id" ON "app_forwarding" ("youshu_app_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "app_forwarding"`);
    await q.query(`DROP TABLE "forward_outbox"`);
  }
}
