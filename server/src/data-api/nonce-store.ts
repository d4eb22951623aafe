import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { TIMESTAMP_WINDOW_S } from './data-api-auth.service';
import { DataApiError } from './data-api-error';

// A timestamp accepted now stays acceptable for at most 2 × the window (it may be up to 5 min ahead of us), so
// its nonce must be remembered that long.
const KEEP_S = 2 * TIMESTAMP_WINDOW_S;
const PURGE_EVERY_MS = 60_000;

/** Used nonces, per app, in PostgreSQL: a replay is refused by every instance. */
@Injectable()
export class NonceStore implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = new Logger(NonceStore.name);
  private timer?: NodeJS.Timeout;

  constructor(private readonly dataSource: DataSource) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.purge(), PURGE_EVERY_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.timer);
  }

  /**
   * Records the nonce inside the caller's transaction; throws nonce_reused if it was used and has not expired.
   * A concurrent call with the same nonce waits on the row lock and is refused once the first one commits.
   */
  async claim(manager: EntityManager, appId: string, nonce: string): Promise<void> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO "data_api_nonces" ("app_id", "nonce", "expires_at")
       VALUES ($1, $2, now() + make_interval(secs => $3))
       ON CONFLICT ("app_id", "nonce") DO UPDATE SET "expires_at" = EXCLUDED."expires_at"
         WHERE "data_api_nonces"."expires_at" < now()
       RETURNING 1`,
      [appId, nonce, KEEP_S],
    );
    if (!rows.length) {
      throw DataApiError.unauthorized('nonce_reused', `nonce ${nonce} was already used / nonce ${nonce} 已被使用`);
    }
  }

  async purge(): Promise<void> {
    await this.dataSource
      .query(`DELETE FROM "data_api_nonces" WHERE "expires_at" < now()`)
      .catch((err: Error) => this.log.warn({ msg: 'nonce purge failed', error: err.message }));
  }
}
