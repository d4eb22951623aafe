import { DomainError } from '../common/domain-error';

export class UserNotFoundError extends DomainError {
  constructor(id: string) {
    super('not_found', 'user_not_found', `No user with id ${id} / 用户不存在`);
  }
}

export class UsernameTakenError extends DomainError {
  constructor(username: string) {
    super('conflict', 'username_taken', `username: "${username}" is already taken / 用户名已被占用`);
  }
}

/** Refused so an installation always keeps at least one admin who can log in. */
export class LastAdminError extends DomainError {
  constructor() {
    super(
      'conflict',
      'last_admin',
      'The last active admin cannot be disabled or demoted / 不能停用或降级最后一个管理员',
    );
  }
}
