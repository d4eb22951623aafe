import { Module } from '@nestjs/common';
import { AppsModule } from '../apps/apps.module';
import { ReconciliationController } from './reconciliation.controller';
import { ReconciliationService } from './reconciliation.service';

/** 对账 (issue 12 item 4): the API the reconciliation page is built on. */
@Module({ imports: [AppsModule], controllers: [ReconciliationController], providers: [ReconciliationService] })
export class ReconciliationModule {}
