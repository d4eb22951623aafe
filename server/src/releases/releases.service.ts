import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AppArchivedError, AppNotFoundError } from '../apps/app-errors';
import { AppEntity } from '../apps/app.entity';
import { AuditService } from '../audit/audit.service';
import { notifyConfigChange } from '../delivery/config-channel';
import { DeliveryRefresher } from '../delivery/delivery-refresher';
import type { ReleaseResponseDto, ReleasesResponseDto } from './dto/release-response.dto';
import { NotReleasedError, RolloutSameVersionError, VersionNotFoundError } from './release-errors';
import { RELEASE_ENVS, ReleaseEntity, type ReleaseEnv } from './release.entity';
import { describeRelease } from './describe-release';
import { toReleaseResponse } from './to-release-response';

export interface ReleaseTarget {
  version: number;
  rollout?: { version: number; percent: number };
}

/**
 * The write side of releases. Each change is one transaction: the row, its audit line and a NOTIFY that
 * PostgreSQL delivers on commit only, so every instance's delivery snapshot reloads the app exactly when the
 * change is durable, and never for a change that rolled back.
 */
@Injectable()
export class ReleasesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly delivery: DeliveryRefresher,
  ) {}

  async list(appid: string): Promise<ReleasesResponseDto> {
    const app = await this.dataSource.getRepository(AppEntity).findOne({ where: { appid } });
    if (!app) throw new AppNotFoundError(appid);
    const rows = await this.dataSource.getRepository(ReleaseEntity).find({ where: { appId: app.id } });
    return {
      appid,
      releases: RELEASE_ENVS.map((env) =>
        toReleaseResponse(
          env,
          rows.find((r) => r.env === env),
        ),
      ),
    };
  }

  set(appid: string, env: ReleaseEnv, target: ReleaseTarget, actor: string): Promise<ReleaseResponseDto> {
    if (target.rollout && target.rollout.version === target.version) throw new RolloutSameVersionError(target.version);
    return this.change(appid, env, actor, async (m, app, current) => {
      await this.assertVersionExists(m, app, 'version', target.version);
      if (target.rollout) await this.assertVersionExists(m, app, 'rollout.version', target.rollout.version);
      const summary = describeRelease(env, current, target);
      await this.audit.record(m, {
        appId: app.id,
        actor,
        action: 'release.set',
        summary,
        details: { env, from: current && toReleaseResponse(env, current), to: target },
      });
      return target;
    });
  }

  rollback(appid: string, env: ReleaseEnv, toVersion: number, reason: string, actor: string) {
    return this.change(appid, env, actor, async (m, app, current) => {
      if (!current) throw new NotReleasedError(env);
      await this.assertVersionExists(m, app, 'toVersion', toVersion);
      await this.audit.record(m, {
        appId: app.id,
        actor,
        action: 'release.rollback',
        summary: `Rolled ${env} back from v${current.version} to v${toVersion}: ${reason} / ${env} 环境从 v${current.version} 回滚到 v${toVersion}：${reason}`,
        details: { env, from: toReleaseResponse(env, current), toVersion, reason },
      });
      return { version: toVersion };
    });
  }

  /**
   * Locks the app row (FOR SHARE: a concurrent publish, which locks it for its version number, still runs, but
   * a delete or archive waits) and the env's release row, applies `decide`, upserts, and notifies.
   */
  private async change(
    appid: string,
    env: ReleaseEnv,
    actor: string,
    decide: (m: EntityManager, app: AppEntity, current: ReleaseEntity | null) => Promise<ReleaseTarget>,
  ): Promise<ReleaseResponseDto> {
    const result = await this.dataSource.transaction(async (m) => {
      const app = await m.getRepository(AppEntity).findOne({ where: { appid }, lock: { mode: 'pessimistic_read' } });
      if (!app) throw new AppNotFoundError(appid);
      if (app.archivedAt) throw new AppArchivedError(appid);
      const current = await m
        .getRepository(ReleaseEntity)
        .findOne({ where: { appId: app.id, env }, lock: { mode: 'pessimistic_write' } });
      const target = await decide(m, app, current);
      // An upsert, so two first releases of one env at once cannot both insert (the row lock above only
      // serializes changes to a row that already exists).
      const [row] = await m.query(
        `INSERT INTO releases (app_id, env, version, rollout_version, rollout_percent, updated_by, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, now())
         ON CONFLICT (app_id, env) DO UPDATE SET version = EXCLUDED.version,
           rollout_version = EXCLUDED.rollout_version, rollout_percent = EXCLUDED.rollout_percent,
           updated_by = EXCLUDED.updated_by, updated_at = EXCLUDED.updated_at
         RETURNING updated_at`,
        [app.id, env, target.version, target.rollout?.version ?? null, target.rollout?.percent ?? null, actor],
      );
      await notifyConfigChange(m, appid);
      return toReleaseResponse(env, {
        appId: app.id,
        env,
        version: target.version,
        rolloutVersion: target.rollout?.version ?? null,
        rolloutPercent: target.rollout?.percent ?? null,
        updatedBy: actor,
        updatedAt: row.updated_at,
      });
    });
    // Read-your-writes on this instance: its own NOTIFY arrives a few ms later; the caller's next GET
    // /v1/config must not race it. Other instances follow through the NOTIFY.
    await this.delivery.refreshApp(appid);
    return result;
  }

  private async assertVersionExists(m: EntityManager, app: AppEntity, field: string, version: number) {
    const found = await m.query('SELECT 1 FROM versions WHERE app_id = $1 AND number = $2', [app.id, version]);
    if (!found.length) throw new VersionNotFoundError(field, version);
  }
}
