import { DomainError } from '../common/domain-error';

export class AppNotFoundError extends DomainError {
  constructor(appid: string) {
    super('not_found', 'app_not_found', `No app with appid ${appid} / 小程序 ${appid} 不存在`);
  }
}

export class AppExistsError extends DomainError {
  constructor(appid: string) {
    super('conflict', 'app_exists', `appid: ${appid} is already registered / appid ${appid} 已存在`);
  }
}

/** Archived apps are read-only: unarchive first. */
export class AppArchivedError extends DomainError {
  constructor(appid: string) {
    super('conflict', 'app_archived', `App ${appid} is archived; unarchive it to change it / 小程序 ${appid} 已归档`);
  }
}
