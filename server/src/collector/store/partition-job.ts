import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { HourlyTask } from '../../common/hourly-task';
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
  private readonly log = new Logger(PartitionJob.name);
  private readonly task: HourlyTask;

  constructor(dataSource: DataSource, @Inject(APP_CONFIG) config: AppConfig) {
    const partitions = (this.partitions = new EventPartitions(dataSource));
    this.task = new HourlyTask(
      async () => {
        await partitions.ensureAhead(DAYS_AHEAD);
        const dropped = await partitions.purge(config.collectorRetentionDays);
        if (dropped.length) this.log.log({ msg: 'dropped collector partitions past retention', dropped });
      },
      this.log,
      'collector partition upkeep failed',
      EVERY_MS,
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    // Today's and tomorrow's partitions exist before the first upload is accepted.
    await this.partitions.ensureAhead(DAYS_AHEAD);
    this.task.start();
  }

  onModuleDestroy(): Promise<void> {
    return this.task.stop();
  }

  /** One upkeep round; never rejects. */
  run(): Promise<void> {
    return this.task.run();
  }
}
