import type { Violation } from '@trackway/language';
import { DomainError } from '../common/domain-error';

export class InvalidConfigError extends DomainError {
  constructor(errors: Violation[]) {
    const count = errors.filter((e) => e.severity === 'error').length;
    super(
      'unprocessable',
      'invalid_config',
      `The draft has ${count} error(s); fix them before publishing / 草稿有 ${count} 个错误，修复后再发布`,
      {
        errors,
      },
    );
  }
}

export class ConfigTooLargeError extends DomainError {
  constructor(bytes: number, limit: number) {
    super(
      'unprocessable',
      'config_too_large',
      `The config is ${bytes} bytes, over the ${limit}-byte limit / 配置超过大小上限`,
      {
        sizeBytes: bytes,
        limitBytes: limit,
      },
    );
  }
}

export class VersionNotFoundError extends DomainError {
  constructor(appid: string, number: number) {
    super('not_found', 'version_not_found', `App ${appid} has no version ${number} / 版本 ${number} 不存在`);
  }
}
