import { Module } from '@nestjs/common';
import { AppsModule } from '../apps/apps.module';
import { InventoryModule } from '../inventory/inventory.module';
import { DraftsController } from './drafts.controller';
import { DraftsService } from './drafts.service';

@Module({ imports: [AppsModule, InventoryModule], controllers: [DraftsController], providers: [DraftsService] })
export class DraftsModule {}
