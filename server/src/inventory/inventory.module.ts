import { Module } from '@nestjs/common';
import { AppsModule } from '../apps/apps.module';
import { InventoryController } from './inventory.controller';
import { InventoryRetentionJob } from './inventory-retention-job';
import { InventoryService } from './inventory.service';

/**
 * What devices saw in debug sessions (issue 13): merged by InventorySink in front of the collector's store, read
 * by the editor's pickers, compared with a draft's rules by the publish check (inventoryWarnings).
 */
@Module({
  imports: [AppsModule],
  controllers: [InventoryController],
  providers: [InventoryService, InventoryRetentionJob],
  exports: [InventoryService],
})
export class InventoryModule {}
