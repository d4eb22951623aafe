import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Violation } from '@trackway/language';
import { InventoryItemEntity } from './inventory-item.entity';
import { inventoryWarnings } from './inventory-warnings';
import type { InventoryQueryDto } from './dto/inventory-query.dto';

@Injectable()
export class InventoryService {
  constructor(private readonly dataSource: DataSource) {}

  list(appId: string, q: InventoryQueryDto = {}): Promise<InventoryItemEntity[]> {
    return this.dataSource.getRepository(InventoryItemEntity).find({
      where: { appId, ...(q.kind ? { kind: q.kind } : {}), ...(q.route !== undefined ? { route: q.route } : {}) },
      order: { kind: 'ASC', route: 'ASC', name: 'ASC' },
    });
  }

  /** The publish check of a config against the app's inventory: warnings only, none without an inventory. */
  async warnings(appId: string, config: unknown): Promise<Violation[]> {
    const keys = await this.dataSource.getRepository(InventoryItemEntity).find({
      select: { kind: true, route: true, name: true },
      where: { appId },
    });
    return inventoryWarnings(config, keys);
  }

  /** Removes the app's inventory; returns how many items were removed. */
  async clear(appId: string): Promise<number> {
    const r = await this.dataSource.getRepository(InventoryItemEntity).delete({ appId });
    return r.affected ?? 0;
  }

  /** Drops items no device reported for `days` days (the collector's retention). */
  async purge(days: number): Promise<number> {
    const [, count]: [unknown, number] = await this.dataSource.query(
      `DELETE FROM inventory_items WHERE last_seen < now() - make_interval(days => $1)`,
      [days],
    );
    return count;
  }
}
