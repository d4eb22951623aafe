import { Injectable } from '@nestjs/common';
import { timingSafeEqual } from 'node:crypto';
import { APPID_PATTERN } from '../apps/appid';
import type { AppEntity } from '../apps/app.entity';
import { AppsService } from '../apps/apps.service';
import { AppNotFoundError } from '../apps/app-errors';
import { ForwardingSettingsService } from '../forwarding/forwarding-settings.service';
import { dataApiSignature } from './data-api-signature';
import { DataApiError } from './data-api-error';

/** ±5 minutes between the caller's clock and ours (issue 12). */
export const TIMESTAMP_WINDOW_S = 300;
// Clients send ≤ 32 characters (youshu-spec.md §2.1); 64 leaves room without letting the nonce table bloat.
const MAX_NONCE_LENGTH = 64;

export interface SignedQuery {
  app_id?: string;
  nonce?: string;
  sign?: string;
  timestamp?: string;
  signature?: string;
}

export interface Authenticated {
  app: AppEntity;
  nonce: string;
}

/**
 * Checks a data API call's signature. Two credentials are accepted: the app's WeChat appid with its Trackway
 * data API secret, and — drop-in — the merchant's real Youshu app_id and app_secret once stored for forwarding,
 * so an existing Youshu client only changes its host. The nonce is claimed later, in the storing transaction.
 */
@Injectable()
export class DataApiAuthService {
  constructor(
    private readonly apps: AppsService,
    private readonly forwarding: ForwardingSettingsService,
  ) {}

  async authenticate(query: SignedQuery, nowMs = Date.now()): Promise<Authenticated> {
    const { app_id: appId, nonce, sign, timestamp, signature } = query;
    // A repeated parameter arrives as an array: as wrong as a missing one.
    const missing = (['app_id', 'nonce', 'sign', 'timestamp', 'signature'] as const).filter(
      (k) => typeof query[k] !== 'string' || !query[k],
    );
    if (missing.length) {
      throw new DataApiError(
        400,
        'missing_signature_params',
        `Missing or repeated query parameter(s): ${missing.join(', ')} / 缺少或重复的查询参数：${missing.join('、')}`,
      );
    }
    if (sign !== 'sha256' || !/^[0-9]{1,12}$/.test(timestamp!) || nonce!.length > MAX_NONCE_LENGTH) {
      throw new DataApiError(
        400,
        'missing_signature_params',
        'sign must be sha256, timestamp seconds, nonce at most 64 characters / sign 必须为 sha256，timestamp 为秒，nonce 最多 64 个字符',
      );
    }
    const skew = Math.abs(Math.floor(nowMs / 1000) - Number(timestamp));
    if (skew > TIMESTAMP_WINDOW_S) {
      throw DataApiError.unauthorized(
        'stale_timestamp',
        `timestamp is ${skew} s away from the server time; at most ${TIMESTAMP_WINDOW_S} s allowed / timestamp 与服务器时间相差 ${skew} 秒，最多允许 ${TIMESTAMP_WINDOW_S} 秒`,
      );
    }
    const app = await this.findSigner(appId!, (secret) =>
      sameHex(dataApiSignature(secret, appId!, nonce!, timestamp!), signature!),
    );
    if (app.archivedAt) {
      throw new DataApiError(403, 'app_archived', `App ${app.appid} is archived / 小程序已归档`);
    }
    return { app, nonce: nonce! };
  }

  /**
   * The app whose credentials produce the signature: first the app with this WeChat appid (Trackway secret),
   * then — only if that does not match, so the common case costs one lookup — the app that stored this
   * Youshu app_id. Throws unknown_app_id when neither exists, bad_signature when neither matches.
   */
  private async findSigner(appId: string, signs: (secret: string) => boolean): Promise<AppEntity> {
    let known = false;
    if (APPID_PATTERN.test(appId)) {
      const app = await this.apps.get(appId).catch((err: unknown) => {
        if (err instanceof AppNotFoundError) return null;
        throw err;
      });
      known = Boolean(app);
      if (app && signs(this.apps.decryptDataApiSecret(app))) return app;
    }
    const youshu = await this.forwarding.targetByYoushuAppId(appId);
    if (youshu?.youshuAppSecret) {
      known = true;
      if (signs(youshu.youshuAppSecret)) return this.apps.getById(youshu.appId);
    }
    if (!known) throw DataApiError.unauthorized('unknown_app_id', `Unknown app_id ${appId} / 未知的 app_id ${appId}`);
    throw DataApiError.unauthorized(
      'bad_signature',
      'signature does not match (HMAC-SHA256 over app_id=…&nonce=…&sign=sha256&timestamp=…) / 签名不正确',
    );
  }
}

function sameHex(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given.toLowerCase());
  return a.length === b.length && timingSafeEqual(a, b);
}
