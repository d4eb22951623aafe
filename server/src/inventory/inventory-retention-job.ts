import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { InventoryService } from './inventory.service';

// Hourly like the collector's partition job: retention is in days.
const EVERY_MS = 3_600_000;

/** Deletes inventory items not seen for TRACKWAY_COLLECTOR_RETENTION_DAYS, at start and hourly. */
@Injectable()
export class InventoryRetentionJob implements OnApplicationBootstrap, OnModuleDestroy {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private readonly log = new Logger(InventoryRetentionJob.name);

  constructor(
    private readonly inventory: InventoryService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.run(), EVERY_MS);
    this.timer.unref();
    void this.run();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  /** One round; never rejects. */
  run(): Promise<void> {
    this.running ??= (async () => {
      try {
        const n = await this.inventory.purge(this.config.collectorRetentionDays);
        if (n) this.log.log({ msg: 'dropped inventory items past retention', count: n });
      } catch (err) {
        this.log.warn({ msg: 'inventory retention failed', error: (err as Error).message });
      } finally {
        this.running = undefined;
      }
    })();
    return this.running;
  }
}
