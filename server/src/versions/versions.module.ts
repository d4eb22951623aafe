import { Module } from '@nestjs/common';
import { AppsModule } from '../apps/apps.module';
import { InventoryModule } from '../inventory/inventory.module';
import { VersionsController } from './versions.controller';
import { VersionsService } from './versions.service';

@Module({
  imports: [AppsModule, InventoryModule],
  controllers: [VersionsController],
  providers: [VersionsService],
  exports: [VersionsService],
})
export class VersionsModule {}
