import { Injectable } from '@nestjs/common';
import { canonicalJson, MAX_CONFIG_BYTES, sha256Hex, validateConfig, type Violation } from '@trackway/language';
import { DataSource, LessThan } from 'typeorm';
import { AppsService } from '../apps/apps.service';
import type { AuthUser } from '../auth/auth-user';
import { AuditService } from '../audit/audit.service';
import { DraftEntity } from '../drafts/draft.entity';
import { InventoryService } from '../inventory/inventory.service';
import { diffConfigs, type ConfigDiff } from './config-diff';
import { ConfigTooLargeError, InvalidConfigError, VersionNotFoundError } from './version-errors';
import { VersionEntity } from './version.entity';

export interface VersionPage {
  items: VersionEntity[];
  /** Pass as `before` for the next (older) page; null on the last page. */
  nextBefore: number | null;
}

// Everything but the document, for lists.
const SUMMARY_COLUMNS = {
  id: true,
  appId: true,
  number: true,
  hash: true,
  sizeBytes: true,
  message: true,
  author: true,
  createdAt: true,
} as const;

@Injectable()
export class VersionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly apps: AppsService,
    private readonly audit: AuditService,
    private readonly inventory: InventoryService,
  ) {}

  /**
   * Publishes the draft as the next version. The app row is locked for the transaction, so concurrent publishes
   * queue up and each gets max+1: numbers never repeat or skip (UQ_versions_app_number would refuse a repeat).
   */
  async publish(
    actor: AuthUser,
    appid: string,
    message: string,
  ): Promise<{ version: VersionEntity; warnings: Violation[] }> {
    const version = await this.dataSource.transaction(async (m) => {
      const app = await this.apps.lockForWrite(m, appid);
      const draft = await m.findOneByOrFail(DraftEntity, { appId: app.id });
      const result = validateConfig(draft.config);
      if (!result.valid) throw new InvalidConfigError(result.errors);
      const canonical = canonicalJson(draft.config)!;
      const sizeBytes = Buffer.byteLength(canonical, 'utf8');
      if (sizeBytes > MAX_CONFIG_BYTES) throw new ConfigTooLargeError(sizeBytes, MAX_CONFIG_BYTES);

      const [{ next }]: { next: number }[] = await m.query(
        `SELECT COALESCE(MAX("number"), 0) + 1 AS "next" FROM "versions" WHERE "app_id" = $1`,
        [app.id],
      );
      const hash = sha256Hex(canonical);
      await m.insert(VersionEntity, {
        appId: app.id,
        number: next,
        content: JSON.parse(canonical),
        canonical,
        hash,
        sizeBytes,
        message,
        author: actor.username,
      });
      await this.audit.record(m, {
        appId: app.id,
        actor: actor.username,
        action: 'version.publish',
        summary: `Published version ${next}${message ? `: ${message}` : ''} / 发布版本 v${next}${message ? `：${message}` : ''}`,
        details: { version: next, hash, sizeBytes, draftRevision: draft.revision },
      });
      return m.findOneByOrFail(VersionEntity, { appId: app.id, number: next });
    });
    // after the commit: the check reads the inventory, never blocks, and must not hold the app's lock
    return { version, warnings: await this.inventory.warnings(version.appId, version.content) };
  }

  /** Newest first, without the documents. */
  async list(appid: string, limit: number, before?: number): Promise<VersionPage> {
    const app = await this.apps.get(appid);
    const rows = await this.dataSource.getRepository(VersionEntity).find({
      select: SUMMARY_COLUMNS,
      where: { appId: app.id, ...(before ? { number: LessThan(before) } : {}) },
      order: { number: 'DESC' },
      take: limit + 1,
    });
    const items = rows.slice(0, limit);
    return { items, nextBefore: rows.length > limit ? items[items.length - 1].number : null };
  }

  async get(appid: string, number: number): Promise<VersionEntity> {
    const app = await this.apps.get(appid);
    const version = await this.dataSource.getRepository(VersionEntity).findOneBy({ appId: app.id, number });
    if (!version) throw new VersionNotFoundError(appid, number);
    return version;
  }

  async diff(
    appid: string,
    a: number,
    b: number,
  ): Promise<{ from: VersionEntity; to: VersionEntity; diff: ConfigDiff }> {
    const from = await this.get(appid, a);
    const to = await this.get(appid, b);
    return { from, to, diff: diffConfigs(from.content, to.content) };
  }
}
