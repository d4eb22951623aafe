import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { HourlyTask } from '../common/hourly-task';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { InventoryService } from './inventory.service';

/** Deletes inventory items not seen for TRACKWAY_COLLECTOR_RETENTION_DAYS, at start and hourly (retention is in days). */
@Injectable()
export class InventoryRetentionJob implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly log = new Logger(InventoryRetentionJob.name);
  private readonly task: HourlyTask;

  constructor(inventory: InventoryService, @Inject(APP_CONFIG) config: AppConfig) {
    this.task = new HourlyTask(
      async () => {
        const n = await inventory.purge(config.collectorRetentionDays);
        if (n) this.log.log({ msg: 'dropped inventory items past retention', count: n });
      },
      this.log,
      'inventory retention failed',
    );
  }

  onApplicationBootstrap(): void {
    this.task.start();
  }

  onModuleDestroy(): Promise<void> {
    return this.task.stop();
  }

  run(): Promise<void> {
    return this.task.run();
  }
}
