import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { CONFIG_CHANNEL } from '../../delivery/config-channel';
import { ConfigListener } from '../../delivery/config-listener';
import { CollectorApps, type CollectorApp } from './collector-apps';

interface AppRow {
  id: string;
  appid: string;
  collector_token: string;
}

/**
 * Keeps CollectorApps in step with the apps table the way the delivery snapshot is kept (docs/adr/005): app
 * create and archive send NOTIFY on `trackway_config` with the appid; each instance reloads that app, and reloads
 * all of them every TRACKWAY_RECONCILE_MS and after its listener reconnects. Reloads run one after another.
 */
@Injectable()
export class CollectorAppsRefresher implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly listener: ConfigListener;
  private chain: Promise<void> = Promise.resolve();
  private timer?: NodeJS.Timeout;
  private readonly log = new Logger(CollectorAppsRefresher.name);

  constructor(
    private readonly apps: CollectorApps,
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.listener = new ConfigListener((dataSource.options as { url: string }).url, CONFIG_CHANNEL, {
      onNotify: (appid) => void this.enqueue(() => this.reload([appid])),
      onListening: () => {
        if (this.apps.loaded) void this.enqueue(() => this.reload());
      },
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.listener.start();
    await this.enqueue(() => this.reload());
    this.timer = setInterval(() => void this.enqueue(() => this.reload()), this.config.reconcileMs);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.listener.stop();
    await this.chain;
  }

  private enqueue(job: () => Promise<void>): Promise<void> {
    this.chain = this.chain.then(job).catch((err: Error) => {
      this.log.error({ msg: 'collector token reload failed', error: err.message });
    });
    return this.chain;
  }

  private async reload(appids?: string[]): Promise<void> {
    const rows: AppRow[] = await this.dataSource.query(
      `SELECT id, appid, collector_token FROM apps WHERE archived_at IS NULL ${appids ? 'AND appid = ANY($1)' : ''}`,
      appids ? [appids] : [],
    );
    const entries = rows.map((r) => ({ token: r.collector_token, app: { id: r.id, appid: r.appid } as CollectorApp }));
    if (!appids) return this.apps.replaceAll(entries);
    for (const appid of appids)
      this.apps.replaceApp(
        appid,
        entries.find((e) => e.app.appid === appid),
      );
  }
}
