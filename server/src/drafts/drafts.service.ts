import { Injectable } from '@nestjs/common';
import { validateConfig, type ValidationResult } from '@trackway/language';
import { DataSource } from 'typeorm';
import { AppArchivedError } from '../apps/app-errors';
import { AppsService } from '../apps/apps.service';
import type { AuthUser } from '../auth/auth-user';
import { AuditService } from '../audit/audit.service';
import { InventoryService } from '../inventory/inventory.service';
import { StaleRevisionError } from './draft-errors';
import { DraftEntity } from './draft.entity';

export interface CheckedDraft {
  draft: DraftEntity;
  result: ValidationResult;
}

@Injectable()
export class DraftsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly apps: AppsService,
    private readonly audit: AuditService,
    private readonly inventory: InventoryService,
  ) {}

  /** The validator's result plus the inventory's publish-check warnings (issue 13), which never make it invalid. */
  private async check(appId: string, config: unknown): Promise<ValidationResult> {
    const result = validateConfig(config);
    const warnings = await this.inventory.warnings(appId, config);
    return warnings.length ? { valid: result.valid, errors: [...result.errors, ...warnings] } : result;
  }

  async get(appid: string): Promise<CheckedDraft> {
    const app = await this.apps.get(appid);
    const draft = await this.dataSource.getRepository(DraftEntity).findOneByOrFail({ appId: app.id });
    return { draft, result: await this.check(app.id, draft.config) };
  }

  /**
   * Saves `config` if the draft is still at `revision` (optimistic lock), valid or not: a PM's work is never
   * refused. One conditional UPDATE decides, so of N concurrent saves from one revision exactly one wins.
   */
  async save(actor: AuthUser, appid: string, config: unknown, revision: number): Promise<CheckedDraft> {
    const app = await this.apps.get(appid);
    if (app.archivedAt) throw new AppArchivedError(appid);
    const result = await this.check(app.id, config);
    const draft = await this.dataSource.transaction(async (m) => {
      // TypeORM returns [rows, rowCount] for an UPDATE
      const [, count]: [unknown[], number] = await m.query(
        `UPDATE "drafts" SET "config" = $3, "revision" = "revision" + 1, "updated_by" = $4, "updated_at" = now()
         WHERE "app_id" = $1 AND "revision" = $2`,
        [app.id, revision, JSON.stringify(config), actor.username],
      );
      if (!count) {
        const current = await m.findOneByOrFail(DraftEntity, { appId: app.id });
        throw new StaleRevisionError(current.revision);
      }
      const errors = result.errors.filter((e) => e.severity === 'error').length;
      await this.audit.record(m, {
        appId: app.id,
        actor: actor.username,
        action: 'draft.save',
        summary:
          `Saved the draft (revision ${revision + 1}${errors ? `, ${errors} error(s)` : ''})` +
          ` / 保存草稿（第 ${revision + 1} 次修改${errors ? `，${errors} 个错误` : ''}）`,
        details: { revision: revision + 1, valid: result.valid, errors },
      });
      return m.findOneByOrFail(DraftEntity, { appId: app.id });
    });
    return { draft, result };
  }
}
