import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/auth-user';
import { AppsService } from '../apps/apps.service';
import { AuditService } from '../audit/audit.service';
import type { FieldError } from '../common/field-error';
import { SecretBox } from '../common/secret-box';
import { AppForwardingEntity } from './app-forwarding.entity';
import type { UpdateForwardingDto } from './dto/update-forwarding.dto';
import { toForwardingResponse, type ForwardingResponseDto } from './dto/forwarding-response.dto';
import { ForwardOutboxEntity } from './forward-outbox.entity';
import { ForwardingIncompleteError, YoushuAppIdTakenError } from './forwarding-errors';

// The admin page shows the newest dead letters; older ones are still retried by POST …/retry.
const DEAD_LETTERS_SHOWN = 20;

/** An app's forwarding settings with the Youshu secret decrypted, for senders and drop-in signing. */
export interface ForwardingTarget {
  appId: string;
  reportEnabled: boolean;
  reportUrl: string | null;
  dataApiEnabled: boolean;
  dataApiBaseUrl: string | null;
  youshuAppId: string | null;
  youshuAppSecret: string | null;
}

@Injectable()
export class ForwardingSettingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly apps: AppsService,
    private readonly audit: AuditService,
    private readonly secrets: SecretBox,
  ) {}

  async describe(appid: string): Promise<ForwardingResponseDto> {
    const app = await this.apps.get(appid);
    const settings = await this.dataSource.getRepository(AppForwardingEntity).findOneBy({ appId: app.id });
    const counts: { state: string; n: number }[] = await this.dataSource.query(
      `SELECT "state", count(*)::int AS n FROM "forward_outbox" WHERE "app_id" = $1 GROUP BY "state"`,
      [app.id],
    );
    const count = (state: string) => counts.find((c) => c.state === state)?.n ?? 0;
    const dead = await this.dataSource.getRepository(ForwardOutboxEntity).find({
      where: { appId: app.id, state: 'dead' },
      order: { id: 'DESC' },
      take: DEAD_LETTERS_SHOWN,
    });
    const outbox = { pending: count('pending'), delivered: count('delivered'), dead: count('dead') };
    return toForwardingResponse(appid, settings, outbox, dead);
  }

  async update(actor: AuthUser, appid: string, changes: UpdateForwardingDto): Promise<ForwardingResponseDto> {
    await this.dataSource.transaction(async (m) => {
      const app = await this.apps.lockForWrite(m, appid);
      const current = await m.findOneBy(AppForwardingEntity, { appId: app.id });
      const next = {
        appId: app.id,
        reportEnabled: changes.reportEnabled ?? current?.reportEnabled ?? false,
        reportUrl: changes.reportUrl !== undefined ? changes.reportUrl : (current?.reportUrl ?? null),
        dataApiEnabled: changes.dataApiEnabled ?? current?.dataApiEnabled ?? false,
        dataApiBaseUrl:
          changes.dataApiBaseUrl !== undefined ? changes.dataApiBaseUrl : (current?.dataApiBaseUrl ?? null),
        youshuAppId: changes.youshuAppId !== undefined ? changes.youshuAppId : (current?.youshuAppId ?? null),
        youshuAppSecretEncrypted:
          changes.youshuAppSecret !== undefined
            ? changes.youshuAppSecret && this.secrets.encrypt(changes.youshuAppSecret)
            : (current?.youshuAppSecretEncrypted ?? null),
      };
      checkComplete(next);
      await m
        .upsert(AppForwardingEntity, { ...next, updatedAt: () => 'now()' }, ['appId'])
        .catch((err: { code?: string }) => {
          throw err.code === '23505' ? new YoushuAppIdTakenError(next.youshuAppId ?? '') : err;
        });
      const changed = Object.keys(changes).filter((k) => (changes as Record<string, unknown>)[k] !== undefined);
      await this.audit.record(m, {
        appId: app.id,
        actor: actor.username,
        action: 'forwarding.update',
        summary: `Changed forwarding of ${appid}: ${changed.join(', ') || 'no change'}`,
        // The secret is never written to the audit log, only that it changed.
        details: { ...changes, youshuAppSecret: changes.youshuAppSecret === undefined ? undefined : '(changed)' },
      });
    });
    return this.describe(appid);
  }

  /** Puts the app's dead rows back to pending with fresh attempts; returns how many. */
  async retryDead(actor: AuthUser, appid: string): Promise<number> {
    return this.dataSource.transaction(async (m) => {
      const app = await this.apps.lockForWrite(m, appid);
      const [, retried]: [unknown, number] = await m.query(
        `UPDATE "forward_outbox" SET "state" = 'pending', "attempts" = 0, "next_attempt_at" = now()
          WHERE "app_id" = $1 AND "state" = 'dead'`,
        [app.id],
      );
      await this.audit.record(m, {
        appId: app.id,
        actor: actor.username,
        action: 'forwarding.retry',
        summary: `Retried ${retried} dead forwarding item(s) of ${appid}`,
        details: { retried },
      });
      return retried;
    });
  }

  /** The settings of the app with uuid `appId`, secret decrypted; null when the app has none. */
  async target(appId: string): Promise<ForwardingTarget | null> {
    const s = await this.dataSource.getRepository(AppForwardingEntity).findOneBy({ appId });
    return s && this.toTarget(s);
  }

  /** For drop-in signing: the app whose stored real Youshu app_id is `youshuAppId`, or null. */
  async targetByYoushuAppId(youshuAppId: string): Promise<ForwardingTarget | null> {
    const s = await this.dataSource.getRepository(AppForwardingEntity).findOneBy({ youshuAppId });
    return s && this.toTarget(s);
  }

  private toTarget(s: AppForwardingEntity): ForwardingTarget {
    return {
      appId: s.appId,
      reportEnabled: s.reportEnabled,
      reportUrl: s.reportUrl,
      dataApiEnabled: s.dataApiEnabled,
      dataApiBaseUrl: s.dataApiBaseUrl,
      youshuAppId: s.youshuAppId,
      youshuAppSecret: s.youshuAppSecretEncrypted ? this.secrets.decrypt(s.youshuAppSecretEncrypted) : null,
    };
  }
}

/** Switching a forwarding on needs its target, and the data API also needs credentials to sign with. */
function checkComplete(s: {
  reportEnabled: boolean;
  reportUrl: string | null;
  dataApiEnabled: boolean;
  dataApiBaseUrl: string | null;
  youshuAppId: string | null;
  youshuAppSecretEncrypted: string | null;
}): void {
  const errors: FieldError[] = [];
  const need = (field: string) =>
    errors.push({ field, message: `${field} is required while forwarding is enabled / 启用转发时 ${field} 必填` });
  if (s.reportEnabled && !s.reportUrl) need('reportUrl');
  if (s.dataApiEnabled) {
    if (!s.dataApiBaseUrl) need('dataApiBaseUrl');
    if (!s.youshuAppId) need('youshuAppId');
    if (!s.youshuAppSecretEncrypted) need('youshuAppSecret');
  }
  if (errors.length) throw new ForwardingIncompleteError(errors);
}
