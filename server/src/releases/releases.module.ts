import { Module } from '@nestjs/common';
import { DeliveryModule } from '../delivery/delivery.module';
import { ReleasesController } from './releases.controller';
import { ReleasesService } from './releases.service';

/** The write side of releases (AuditService comes from the global AuditModule). */
@Module({ imports: [DeliveryModule], controllers: [ReleasesController], providers: [ReleasesService] })
export class ReleasesModule {}
