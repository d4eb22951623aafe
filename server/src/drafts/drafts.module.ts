import { Module } from '@nestjs/common';
import { AppsModule } from '../apps/apps.module';
import { DraftsController } from './drafts.controller';
import { DraftsService } from './drafts.service';

@Module({ imports: [AppsModule], controllers: [DraftsController], providers: [DraftsService] })
export class DraftsModule {}
