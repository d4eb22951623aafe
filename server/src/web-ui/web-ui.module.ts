import { Module } from '@nestjs/common';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config';
import { WebUiController } from './web-ui.controller';
import { WebUiIndex } from './web-ui-index';

@Module({
  controllers: [WebUiController],
  providers: [{ provide: WebUiIndex, inject: [APP_CONFIG], useFactory: (c: AppConfig) => new WebUiIndex(c.webDir) }],
})
export class WebUiModule {}
