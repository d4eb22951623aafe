import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditEventEntity } from './audit-event.entity';
import type { AuditEntry } from './audit-entry';

export interface AuditPage {
  items: AuditEventEntity[];
  /** Pass as `before` for the next (older) page; null on the last page. */
  nextBefore: string | null;
}

@Injectable()
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  /** Writes the entry with `manager`, i.e. inside the caller's transaction: no change without its audit line. */
  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    await manager.query(
      `INSERT INTO "audit_events" ("app_id", "actor", "action", "summary", "details") VALUES ($1, $2, $3, $4, $5)`,
      [
        entry.appId ?? null,
        entry.actor,
        entry.action,
        entry.summary,
        entry.details ? JSON.stringify(entry.details) : null,
      ],
    );
  }

  /** Newest first; `before` is the id of the oldest event of the previous page. */
  async list(appId: string | null, limit: number, before?: string): Promise<AuditPage> {
    const qb = this.dataSource
      .getRepository(AuditEventEntity)
      .createQueryBuilder('e')
      .where(appId === null ? 'e.app_id IS NULL' : 'e.app_id = :appId', { appId })
      .orderBy('e.created_at', 'DESC')
      .addOrderBy('e.id', 'DESC')
      .limit(limit + 1);
    if (before) {
      qb.andWhere('(e.created_at, e.id) < (SELECT b.created_at, b.id FROM audit_events b WHERE b.id = :before)', {
        before,
      });
    }
    const rows = await qb.getMany();
    const items = rows.slice(0, limit);
    return { items, nextBefore: rows.length > limit ? items[items.length - 1].id : null };
  }
}
