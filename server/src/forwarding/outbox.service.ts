import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { OutboxKind } from './outbox-kind';

export interface OutboxItem {
  /** The app's uuid (AppEntity.id). */
  appId: string;
  kind: OutboxKind;
  payload: unknown;
}

/** Queues items for forwarding. */
@Injectable()
export class OutboxService {
  /**
   * Inserts the items with `manager`, i.e. inside the caller's transaction: they are queued if and only if
   * the caller's data commits (accepted ⇒ queued). One multi-row INSERT for the whole batch.
   */
  async enqueue(manager: EntityManager, items: OutboxItem[]): Promise<void> {
    if (!items.length) return;
    await manager.query(
      `INSERT INTO "forward_outbox" ("app_id", "kind", "payload")
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::jsonb[])`,
      [items.map((i) => i.appId), items.map((i) => i.kind), items.map((i) => JSON.stringify(i.payload))],
    );
  }
}
