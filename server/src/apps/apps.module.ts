import { Module } from '@nestjs/common';
import { AppsController } from './apps.controller';
import { AppsService } from './apps.service';

/** Exports AppsService: `get`, `lockForWrite`, `findByCollectorToken`, `getDataApiSecret` for other domains. */
@Module({ controllers: [AppsController], providers: [AppsService], exports: [AppsService] })
export class AppsModule {}
