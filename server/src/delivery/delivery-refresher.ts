import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { CONFIG_CHANNEL } from './config-channel';
import { ConfigListener } from './config-listener';
import { DeliverySnapshot } from './delivery-snapshot';
import { SnapshotLoader } from './snapshot-loader';

/**
 * Keeps the DeliverySnapshot in step with the database: a full load at start, one app on each NOTIFY, and a full
 * reload every `reconcileMs` (and after the listener reconnects) for anything a lost notification missed.
 * Loads run one at a time and coalesce: a load that starts after a NOTIFY arrived reads a state at least as new
 * as the commit that sent it, so an older result can never overwrite a newer one.
 */
@Injectable()
export class DeliveryRefresher implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly loader: SnapshotLoader;
  private readonly listener: ConfigListener;
  private pendingAll = false;
  private readonly pendingApps = new Set<string>();
  private running?: Promise<void>;
  private reconcileTimer?: NodeJS.Timeout;
  private stopped = false;
  private readonly log = new Logger(DeliveryRefresher.name);
  private readonly appNotices: ((appid: string | undefined) => void)[] = [];

  constructor(
    private readonly snapshot: DeliverySnapshot,
    dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.loader = new SnapshotLoader(dataSource);
    const url = (dataSource.options as { url: string }).url;
    this.listener = new ConfigListener(url, CONFIG_CHANNEL, {
      onNotify: (appid) => {
        void this.refreshApp(appid);
        for (const fn of this.appNotices) fn(appid);
      },
      onListening: () => {
        if (this.snapshot.isLoaded) void this.refreshAll();
        for (const fn of this.appNotices) fn(undefined);
      },
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    // Listen first, then load: a change committed in between is then either in the load or notified after it.
    await this.listener.start();
    this.pendingAll = true;
    await this.run();
    this.reconcileTimer = setInterval(() => void this.refreshAll(), this.config.reconcileMs);
    this.reconcileTimer.unref();
  }

  // Before the DataSource closes (it closes on application shutdown), so no load is cut off half-way.
  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearInterval(this.reconcileTimer);
    await this.listener.stop();
    await this.running?.catch(() => undefined);
  }

  /**
   * Also hands every `trackway_config` NOTIFY (an appid) to `fn`, and `undefined` after the listener
   * (re)connected, so other read models of the apps table (the collector's tokens) need no connection of their own.
   */
  onAppNotice(fn: (appid: string | undefined) => void): void {
    this.appNotices.push(fn);
  }

  refreshApp(appid: string): Promise<void> {
    this.pendingApps.add(appid);
    return this.kick();
  }

  refreshAll(): Promise<void> {
    this.pendingAll = true;
    return this.kick();
  }

  /** Never rejects: a failed reload is logged and retried by the next NOTIFY or reconcile. */
  private kick(): Promise<void> {
    return this.run().catch((err: Error) => {
      this.log.error({ msg: 'delivery snapshot reload failed', error: err.message });
    });
  }

  private run(): Promise<void> {
    this.running ??= this.drain().finally(() => {
      this.running = undefined;
      if (!this.stopped && (this.pendingAll || this.pendingApps.size)) void this.kick();
    });
    return this.running;
  }

  private async drain(): Promise<void> {
    while (!this.stopped && (this.pendingAll || this.pendingApps.size)) {
      if (this.pendingAll) {
        this.pendingAll = false;
        this.pendingApps.clear();
        this.snapshot.replaceAll(await this.loader.load());
      } else {
        const appids = [...this.pendingApps];
        this.pendingApps.clear();
        const loaded = await this.loader.load(appids);
        for (const appid of appids) this.snapshot.replaceApp(appid, loaded.get(appid));
      }
    }
  }
}
