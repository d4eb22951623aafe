import { Module, type DynamicModule } from '@nestjs/common';
import type { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { DeliveryModule } from './delivery/delivery.module';
import { HealthModule } from './health/health.module';
import { ReconciliationModule } from './reconciliation/reconciliation.module';
import { ReleasesModule } from './releases/releases.module';
import { AppsModule } from './apps/apps.module';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { CommonModule } from './common/common.module';
import { UsersModule } from './users/users.module';
import { DataApiModule } from './data-api/data-api.module';
import { DraftsModule } from './drafts/drafts.module';
import { ForwardingModule } from './forwarding/forwarding.module';
import { VersionsModule } from './versions/versions.module';
import { CollectorModule } from './collector/collector.module';
import { InventoryModule } from './inventory/inventory.module';
import { WebUiModule } from './web-ui/web-ui.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(databaseUrl),
        HealthModule,
        CommonModule,
        AuditModule,
        AuthModule,
        UsersModule,
        AppsModule,
        DraftsModule,
        VersionsModule,
        ReleasesModule,
        DeliveryModule,
        ForwardingModule,
        DataApiModule,
        ReconciliationModule,
        CollectorModule,
        InventoryModule,
        // Last: its catch-all GET route serves the web UI for any path no other module answers.
        WebUiModule,
      ],
    };
  }
}
