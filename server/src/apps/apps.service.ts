import { Injectable } from '@nestjs/common';
import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { AuditService } from '../audit/audit.service';
import { SecretBox } from '../common/secret-box';
import { DraftEntity } from '../drafts/draft.entity';
import { starterConfig } from '../drafts/starter-config';
import { AppArchivedError, AppExistsError, AppNotFoundError } from './app-errors';
import { AppEntity } from './app.entity';
import { notifyConfigChange } from '../delivery/config-channel';

export interface AppChanges {
  name?: string;
  youshuToken?: string | null;
}

// 16 bytes = 128 bits: unguessable, and short enough for a mini-program's init line.
const newCollectorToken = () => randomBytes(16).toString('hex');
// 32 bytes: the data API signs with it (HMAC-SHA256 key length).
const newDataApiSecret = () => randomBytes(32).toString('base64url');

@Injectable()
export class AppsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly secrets: SecretBox,
  ) {}

  /** Registers an app with its starter draft. The data API secret is returned only here (and on rotation). */
  async create(
    actor: AuthUser,
    input: { appid: string; name: string; youshuToken?: string },
  ): Promise<{ app: AppEntity; dataApiSecret: string }> {
    const dataApiSecret = newDataApiSecret();
    const app = await this.dataSource.transaction(async (m) => {
      const id = randomUUID();
      await m
        .insert(AppEntity, {
          id,
          appid: input.appid,
          name: input.name,
          youshuToken: input.youshuToken ?? null,
          collectorToken: newCollectorToken(),
          dataApiSecretEncrypted: this.secrets.encrypt(dataApiSecret),
        })
        .catch((err: { code?: string; constraint?: string }) => {
          throw err.code === '23505' && err.constraint === 'UQ_apps_appid' ? new AppExistsError(input.appid) : err;
        });
      await m.insert(DraftEntity, { appId: id, config: starterConfig(), revision: 1, updatedBy: actor.username });
      await this.audit.record(m, {
        appId: id,
        actor: actor.username,
        action: 'app.create',
        summary: `Registered app ${input.appid} "${input.name}"`,
        details: { appid: input.appid, name: input.name },
      });
      // Delivery then answers `not_released` for the new app at once instead of `app_not_found`.
      await notifyConfigChange(m, input.appid);
      return m.findOneByOrFail(AppEntity, { id });
    });
    return { app, dataApiSecret };
  }

  list(includeArchived = false): Promise<AppEntity[]> {
    return this.dataSource.getRepository(AppEntity).find({
      where: includeArchived ? {} : { archivedAt: IsNull() },
      order: { createdAt: 'ASC' },
    });
  }

  /** The app, archived or not; AppNotFoundError when unknown. */
  async get(appid: string): Promise<AppEntity> {
    const app = await this.dataSource.getRepository(AppEntity).findOneBy({ appid });
    if (!app) throw new AppNotFoundError(appid);
    return app;
  }

  /** The app with uuid `id` (AppEntity.id); AppNotFoundError when unknown. */
  async getById(id: string): Promise<AppEntity> {
    const app = await this.dataSource.getRepository(AppEntity).findOneBy({ id });
    if (!app) throw new AppNotFoundError(id);
    return app;
  }

  /**
   * Locks the app row for the rest of `manager`'s transaction and returns it. Every write to an app's draft,
   * versions or releases takes this lock first, which serialises publishes (no duplicate version numbers).
   */
  async lockForWrite(manager: EntityManager, appid: string): Promise<AppEntity> {
    const app = await manager.findOne(AppEntity, { where: { appid }, lock: { mode: 'pessimistic_write' } });
    if (!app) throw new AppNotFoundError(appid);
    if (app.archivedAt) throw new AppArchivedError(appid);
    return app;
  }

  async update(actor: AuthUser, appid: string, changes: AppChanges): Promise<AppEntity> {
    return this.dataSource.transaction(async (m) => {
      const app = await this.lockForWrite(m, appid);
      const said: string[] = [];
      if (changes.name !== undefined && changes.name !== app.name) said.push(`name "${app.name}" → "${changes.name}"`);
      if (changes.youshuToken !== undefined && changes.youshuToken !== app.youshuToken)
        said.push('Youshu token changed');
      await m.update(
        AppEntity,
        { id: app.id },
        { name: changes.name, youshuToken: changes.youshuToken, updatedAt: () => 'now()' },
      );
      await this.audit.record(m, {
        appId: app.id,
        actor: actor.username,
        action: 'app.update',
        summary: `Updated app ${appid}: ${said.join(', ') || 'no change'}`,
        details: { name: changes.name },
      });
      return m.findOneByOrFail(AppEntity, { id: app.id });
    });
  }

  /** Archived apps leave the default list and refuse changes; their versions and releases stay. */
  async setArchived(actor: AuthUser, appid: string, archived: boolean): Promise<AppEntity> {
    return this.dataSource.transaction(async (m) => {
      const app = await m.findOne(AppEntity, { where: { appid }, lock: { mode: 'pessimistic_write' } });
      if (!app) throw new AppNotFoundError(appid);
      if (Boolean(app.archivedAt) !== archived) {
        await m.update(
          AppEntity,
          { id: app.id },
          { archivedAt: archived ? () => 'now()' : null, updatedAt: () => 'now()' },
        );
        await this.audit.record(m, {
          appId: app.id,
          actor: actor.username,
          action: archived ? 'app.archive' : 'app.unarchive',
          summary: `${archived ? 'Archived' : 'Unarchived'} app ${appid}`,
        });
        // Archiving stops delivery on every instance as soon as it commits (unarchiving resumes it).
        await notifyConfigChange(m, appid);
      }
      return m.findOneByOrFail(AppEntity, { id: app.id });
    });
  }

  /** Replaces the data API secret; the old one stops working at once. Returns the new one (shown once). */
  async rotateDataApiSecret(actor: AuthUser, appid: string): Promise<string> {
    const secret = newDataApiSecret();
    await this.dataSource.transaction(async (m) => {
      const app = await this.lockForWrite(m, appid);
      await m.update(
        AppEntity,
        { id: app.id },
        { dataApiSecretEncrypted: this.secrets.encrypt(secret), updatedAt: () => 'now()' },
      );
      await this.audit.record(m, {
        appId: app.id,
        actor: actor.username,
        action: 'app.rotate_secret',
        summary: `Rotated the data API secret of ${appid}`,
      });
    });
    return secret;
  }

  /** For the collector: the app whose runtime sends this token, or null. */
  findByCollectorToken(token: string): Promise<AppEntity | null> {
    return this.dataSource.getRepository(AppEntity).findOneBy({ collectorToken: token });
  }

  /** For the data API: the app's secret in clear, to recompute request signatures. */
  async getDataApiSecret(appid: string): Promise<string> {
    return this.decryptDataApiSecret(await this.get(appid));
  }

  decryptDataApiSecret(app: AppEntity): string {
    return this.secrets.decrypt(app.dataApiSecretEncrypted);
  }
}
