import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { SettingsService } from '../common/settings.service';
import type { UserEntity } from '../users/user.entity';
import { signJwt, verifyJwt } from './hs256-jwt';

export const JWT_SECRET_SETTING = 'jwt_secret';

/** Signs and checks login tokens with TRACKWAY_JWT_SECRET, or a secret generated once and kept in `settings`. */
@Injectable()
export class TokenService implements OnModuleInit {
  private secret = '';

  constructor(
    private readonly settings: SettingsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    this.secret =
      this.config.jwtSecret ??
      (await this.settings.getOrCreate(JWT_SECRET_SETTING, () => randomBytes(32).toString('base64url')));
  }

  sign(user: UserEntity): string {
    return signJwt({ sub: user.id, username: user.username }, this.secret, this.config.tokenTtlSeconds);
  }

  /** The user id in a valid, unexpired token; null otherwise. */
  verify(token: string): string | null {
    return verifyJwt(token, this.secret)?.sub ?? null;
  }
}
