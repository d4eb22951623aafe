import { Global, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { ApiExceptionFilter } from './api-exception.filter';
import { secretBoxProvider } from './secret-box.provider';
import { SecretBox } from './secret-box';
import { SettingsService } from './settings.service';

/** Error mapping, server settings and the secret box, available to every module. */
@Global()
@Module({
  providers: [SettingsService, secretBoxProvider, { provide: APP_FILTER, useClass: ApiExceptionFilter }],
  exports: [SettingsService, SecretBox],
})
export class CommonModule {}
