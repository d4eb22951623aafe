import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { EventPartitions } from './event-partitions';

// Hourly: partitions exist two days ahead, so a missed run or two changes nothing; retention is in days.
const EVERY_MS = 3_600_000;
const DAYS_AHEAD = 2;

/**
 * Runs partition upkeep at start and every hour on every instance: creating is idempotent and locked in the
 * database; two instances purging at once only make one of them log a warning.
 */
@Injectable()
export class PartitionJob implements OnApplicationBootstrap, OnModuleDestroy {
  readonly partitions: EventPartitions;
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private readonly log = new Logger(PartitionJob.name);

  constructor(
    dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.partitions = new EventPartitions(dataSource);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.partitions.ensureAhead(DAYS_AHEAD);
    this.timer = setInterval(() => void this.run(), EVERY_MS);
    this.timer.unref();
    void this.run();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** One upkeep round; never rejects. */
  run(): Promise<void> {
    this.running ??= (async () => {
      try {
        await this.partitions.ensureAhead(DAYS_AHEAD);
        const dropped = await this.partitions.purge(this.config.collectorRetentionDays);
        if (dropped.length) this.log.log({ msg: 'dropped collector partitions past retention', dropped });
      } catch (err) {
        this.log.warn({ msg: 'collector partition upkeep failed', error: (err as Error).message });
      } finally {
        this.running = undefined;
      }
    })();
    return this.running;
  }
}
