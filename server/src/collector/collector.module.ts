import { Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppsModule } from '../apps/apps.module';
import { AuthModule } from '../auth/auth.module';
import { ForwardingModule } from '../forwarding/forwarding.module';
import { OutboxService } from '../forwarding/outbox.service';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { InventorySink } from '../inventory/inventory-sink';
import { UsersModule } from '../users/users.module';
import { LiveController } from './live/live.controller';
import { LiveHub } from './live/live-hub';
import { CollectorQueryController } from './query/collector-query.controller';
import { CollectorQueryService } from './query/collector-query.service';
import { CollectorApps } from './report/collector-apps';
import { CollectorAppsRefresher } from './report/collector-apps-refresher';
import { TokenBuckets } from './report/token-bucket';
import { EVENT_SINK } from './store/event-sink';
import { PartitionJob } from './store/partition-job';
import { PostgresEventSink } from './store/postgres-event-sink';
import { YoushuReportSender } from './store/youshu-report-sender';

/**
 * The Youshu-compatible collector (issue 11). The report endpoint itself is answered in front of Fastify
 * (report/report-handler.ts, attached in app.factory.ts); this module holds what it reads and writes, the
 * partition upkeep, forwarding to Youshu through the shared outbox, the live stream and the query API.
 */
@Module({
  imports: [AppsModule, AuthModule, UsersModule, ForwardingModule],
  controllers: [LiveController, CollectorQueryController],
  providers: [
    { provide: CollectorApps, useFactory: () => new CollectorApps() },
    CollectorAppsRefresher,
    {
      provide: TokenBuckets,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => new TokenBuckets(config.collectorRateLimit),
    },
    {
      provide: EVENT_SINK,
      inject: [DataSource, OutboxService],
      // inventory events of debug sessions (issue 13) are merged into inventory_items in front of the event store
      useFactory: (ds: DataSource, outbox: OutboxService) => new InventorySink(ds, new PostgresEventSink(ds, outbox)),
    },
    YoushuReportSender,
    PartitionJob,
    LiveHub,
    CollectorQueryService,
  ],
  exports: [CollectorApps, TokenBuckets, EVENT_SINK, PartitionJob],
})
export class CollectorModule {}
