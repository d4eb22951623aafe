import { Module } from '@nestjs/common';
import { AppsModule } from '../apps/apps.module';
import { ForwardingModule } from '../forwarding/forwarding.module';
import { DataApiAuthService } from './data-api-auth.service';
import { DataApiController } from './data-api.controller';
import { DataApiService } from './data-api.service';
import { NonceStore } from './nonce-store';
import { YoushuDataApiSender } from './youshu-data-api-sender';

/** The Youshu-compatible data API (/data-api/v1/*) and its forwarding to Youshu (issue 12). */
@Module({
  imports: [AppsModule, ForwardingModule],
  controllers: [DataApiController],
  providers: [DataApiAuthService, DataApiService, NonceStore, YoushuDataApiSender],
})
export class DataApiModule {}
