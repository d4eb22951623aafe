import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { ForwardError } from './forward-error';
import { ForwardSenderRegistry, type OutboxRow } from './forward-sender-registry';
import { FORWARD_TIMEOUT_MS } from './post-forward';
import { retryDelayMs } from './retry-delay';

// Rows claimed per round; sent concurrently. 20 keeps a round well inside one sender timeout.
const BATCH = 20;
// A claimed row is hidden from other workers this long. If this instance dies mid-send, another one picks the
// row up after the lease (at-least-once delivery); 6 × the sender timeout leaves room for a slow round.
const LEASE_MS = 6 * FORWARD_TIMEOUT_MS;
// Delivered rows past their retention are deleted hourly, 10,000 per statement so no delete holds locks long.
const PURGE_EVERY_MS = 3_600_000;
const PURGE_BATCH = 10_000;

interface ClaimedRow {
  id: string;
  app_id: string;
  kind: OutboxRow['kind'];
  payload: unknown;
  attempts: number;
}

/**
 * Drains the forwarding outbox: claims due pending rows with FOR UPDATE SKIP LOCKED (several instances never
 * claim the same row), calls the kind's sender, then marks the row delivered, schedules a retry with backoff, or
 * marks it dead. Runs every `forwardPollMs` and keeps going while full batches come back.
 */
@Injectable()
export class ForwardWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = new Logger(ForwardWorker.name);
  private timer?: NodeJS.Timeout;
  private purgeTimer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private paused = false;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly senders: ForwardSenderRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.schedule();
    this.purgeTimer = setInterval(() => {
      this.purgeDelivered().catch((err: Error) => this.log.warn({ msg: 'outbox purge failed', error: err.message }));
    }, PURGE_EVERY_MS);
    this.purgeTimer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    clearInterval(this.purgeTimer);
    await this.running;
  }

  /** Stops claiming rows (a round in progress finishes); tests use it to look at rows before they are sent. */
  async pause(): Promise<void> {
    this.paused = true;
    await this.running;
  }

  resume(): void {
    this.paused = false;
  }

  /** Runs rounds until no due row is left; returns how many rows were attempted. */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const n = await this.round();
      total += n;
      if (n < BATCH) return total;
    }
  }

  /** Deletes delivered rows older than `forwardRetentionDays`; pending and dead rows are never purged. */
  async purgeDelivered(): Promise<number> {
    let total = 0;
    for (;;) {
      const [, deleted]: [unknown, number] = await this.dataSource.query(
        `DELETE FROM "forward_outbox" WHERE "id" IN (
           SELECT "id" FROM "forward_outbox"
            WHERE "state" = 'delivered' AND "delivered_at" < now() - make_interval(days => $1)
            LIMIT $2)`,
        [this.config.forwardRetentionDays, PURGE_BATCH],
      );
      total += deleted;
      if (deleted < PURGE_BATCH) return total;
    }
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      if (this.paused) return this.schedule();
      this.drain()
        .catch((err: Error) => this.log.error({ msg: 'forwarding round failed', error: err.message }))
        .finally(() => this.schedule());
    }, this.config.forwardPollMs);
    this.timer.unref();
  }

  /** One claim-and-send round; rounds never overlap within an instance. */
  private round(): Promise<number> {
    const previous = this.running ?? Promise.resolve();
    const next = previous.then(() => this.claimAndSend());
    this.running = next.then(
      () => undefined,
      () => undefined,
    );
    return next;
  }

  private async claimAndSend(): Promise<number> {
    const kinds = this.senders.kinds();
    if (!kinds.length || this.stopped) return 0;
    // TypeORM answers an UPDATE … RETURNING with [rows, affectedCount].
    const [rows]: [ClaimedRow[], number] = await this.dataSource.query(
      `UPDATE "forward_outbox" o
          SET "attempts" = o."attempts" + 1, "next_attempt_at" = now() + make_interval(secs => $3::double precision / 1000)
        WHERE o."id" IN (
          SELECT "id" FROM "forward_outbox"
           WHERE "state" = 'pending' AND "next_attempt_at" <= now() AND "kind" = ANY($1::text[])
           ORDER BY "next_attempt_at"
           LIMIT $2
           FOR UPDATE SKIP LOCKED)
        RETURNING o."id", o."app_id", o."kind", o."payload", o."attempts"`,
      [kinds, BATCH, LEASE_MS],
    );
    await Promise.all(rows.map((r) => this.send(r)));
    return rows.length;
  }

  private async send(r: ClaimedRow): Promise<void> {
    const row: OutboxRow = {
      id: String(r.id),
      appId: r.app_id,
      kind: r.kind,
      payload: r.payload,
      attempts: r.attempts,
    };
    try {
      const sender = this.senders.get(row.kind);
      if (!sender) throw new ForwardError(`no sender registered for ${row.kind}`, true);
      await sender(row);
    } catch (err) {
      return this.failed(row, err);
    }
    await this.dataSource.query(
      `UPDATE "forward_outbox" SET "state" = 'delivered', "delivered_at" = now(), "last_error" = NULL WHERE "id" = $1`,
      [row.id],
    );
  }

  private async failed(row: OutboxRow, err: unknown): Promise<void> {
    const message = err instanceof Error ? err.message : String(err);
    // Anything that is not a ForwardError (a bug, a thrown string) is treated as transient: retrying is safe.
    const retryable = err instanceof ForwardError ? err.retryable : true;
    if (retryable && row.attempts < this.config.forwardMaxAttempts) {
      const delay = retryDelayMs(row.attempts, this.config.forwardBackoffMs);
      await this.dataSource.query(
        `UPDATE "forward_outbox"
            SET "last_error" = $2, "next_attempt_at" = now() + make_interval(secs => $3::double precision / 1000)
          WHERE "id" = $1`,
        [row.id, message, delay],
      );
      return;
    }
    this.log.warn({ msg: 'forwarding gave up on an outbox row', id: row.id, kind: row.kind, error: message });
    await this.dataSource.query(`UPDATE "forward_outbox" SET "state" = 'dead', "last_error" = $2 WHERE "id" = $1`, [
      row.id,
      message,
    ]);
  }
}
