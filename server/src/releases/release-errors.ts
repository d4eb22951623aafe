import { DomainError } from '../common/domain-error';

/** A version named in the body does not exist: the request is well-formed but cannot be applied (422). */
export class VersionNotFoundError extends DomainError {
  constructor(field: string, version: number) {
    super(
      'unprocessable',
      'version_not_found',
      `${field}: version ${version} does not exist / ${field}：版本 ${version} 不存在`,
      {
        errors: [{ field, message: `version ${version} does not exist / 版本 ${version} 不存在` }],
      },
    );
  }
}

export class RolloutSameVersionError extends DomainError {
  constructor(version: number) {
    super(
      'unprocessable',
      'rollout_same_version',
      `rollout.version must differ from version (both ${version}) / 灰度版本 rollout.version 不能与 version 相同`,
      { errors: [{ field: 'rollout.version', message: 'must differ from version / 不能与 version 相同' }] },
    );
  }
}

export class NotReleasedError extends DomainError {
  constructor(env: string) {
    super(
      'conflict',
      'not_released',
      `Nothing is released to ${env} yet, so there is nothing to roll back / ${env} 环境尚未发布，无法回滚`,
    );
  }
}
