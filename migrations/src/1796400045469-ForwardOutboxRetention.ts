import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Lets the forwarding worker drop delivered outbox rows past their retention without scanning the table. */
export class ForwardOutboxRetention1796400045469 implements MigrationInterface {
  name = 'ForwardOutboxRetention1796400045469';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX "IDX_forward_outbox_delivered_at" ON "forward_outbox" ("delivered_at") WHERE "state" = 'delivered'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "IDX_forward_outbox_delivered_at"`);
  }
}
