import { Module } from '@nestjs/common';
import { AppsModule } from '../apps/apps.module';
import { InventoryModule } from '../inventory/inventory.module';
import { VersionsModule } from '../versions/versions.module';
import { DraftDiffController } from './draft-diff.controller';
import { DraftsController } from './drafts.controller';
import { DraftsService } from './drafts.service';

@Module({
  imports: [AppsModule, VersionsModule, InventoryModule],
  controllers: [DraftsController, DraftDiffController],
  providers: [DraftsService],
})
export class DraftsModule {}
