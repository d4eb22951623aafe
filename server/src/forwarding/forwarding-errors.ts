import { DomainError } from '../common/domain-error';
import type { FieldError } from '../common/field-error';

/** Forwarding switched on without where to (or how to sign): names each missing field. */
export class ForwardingIncompleteError extends DomainError {
  constructor(errors: FieldError[]) {
    super('invalid', 'validation_failed', errors.map((e) => e.message).join('; '), { errors });
  }
}

/** Another app already stored this Youshu app_id: incoming drop-in calls could not tell the two apart. */
export class YoushuAppIdTakenError extends DomainError {
  constructor(youshuAppId: string) {
    super(
      'conflict',
      'youshu_app_id_taken',
      `youshuAppId: ${youshuAppId} is already used by another app / youshuAppId ${youshuAppId} 已被其他小程序使用`,
    );
  }
}
