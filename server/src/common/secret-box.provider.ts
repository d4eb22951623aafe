import { Logger, type Provider } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { SecretBox } from './secret-box';
import { SettingsService } from './settings.service';

export const SECRET_KEY_SETTING = 'data_api_secret_key';

/** The SecretBox keyed by TRACKWAY_SECRET_KEY, or by a key generated once and kept in `settings`. */
export const secretBoxProvider: Provider = {
  provide: SecretBox,
  inject: [APP_CONFIG, SettingsService],
  useFactory: async (config: AppConfig, settings: SettingsService) => {
    if (config.secretKey) return new SecretBox(config.secretKey);
    if (config.production) {
      new Logger('SecretBox').warn({
        msg: 'TRACKWAY_SECRET_KEY is not set: data API secrets are encrypted with a key kept in the database',
      });
    }
    const stored = await settings.getOrCreate(SECRET_KEY_SETTING, () => randomBytes(32).toString('base64'));
    return new SecretBox(Buffer.from(stored, 'base64'));
  },
};
