import { DomainError } from '../common/domain-error';
import type { UserRole } from '../users/user-role';

export class UnauthenticatedError extends DomainError {
  constructor(reason: string) {
    super('unauthenticated', 'unauthenticated', `${reason} / 请先登录`);
  }
}

export class InvalidCredentialsError extends DomainError {
  constructor() {
    super('unauthenticated', 'invalid_credentials', 'Wrong username or password / 用户名或密码错误');
  }
}

export class RoleRequiredError extends DomainError {
  constructor(required: UserRole, actual: UserRole) {
    super(
      'forbidden',
      'forbidden',
      `This action needs role ${required}; you are ${actual} / 权限不足，需要 ${required} 角色`,
      {
        requiredRole: required,
      },
    );
  }
}

export class TooManyLoginAttemptsError extends DomainError {
  constructor(retryAfterSeconds: number) {
    super(
      'rate_limited',
      'too_many_attempts',
      `Too many login attempts, retry in ${retryAfterSeconds} s / 登录尝试过多，请稍后再试`,
      {
        retryAfterSeconds,
      },
    );
  }
}
