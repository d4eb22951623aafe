import { Global, Module } from '@nestjs/common';
import { AppsModule } from '../apps/apps.module';
import { AccountAuditController } from './account-audit.controller';
import { AuditController } from './audit.controller';
import { AuditService } from './audit.service';

/** Global so every domain records its changes through AuditService without an import cycle with apps. */
@Global()
@Module({
  imports: [AppsModule],
  controllers: [AuditController, AccountAuditController],
  providers: [AuditService],
  exports: [AuditService],
})
export class AuditModule {}
