import { Injectable, type ExecutionContext } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import { TooManyLoginAttemptsError } from './auth-errors';

/**
 * Counts login attempts per client IP and username, so guessing one account's password is slowed without
 * locking out everyone behind the same office NAT.
 */
@Injectable()
export class LoginThrottlerGuard extends ThrottlerGuard {
  protected override async getTracker(req: Record<string, unknown>): Promise<string> {
    const body = req.body as { username?: unknown } | undefined;
    const username = typeof body?.username === 'string' ? body.username.toLowerCase() : '';
    return `${String(req.ip)}|${username}`;
  }

  protected override async throwThrottlingException(
    _context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    throw new TooManyLoginAttemptsError(Math.max(1, Math.ceil(detail.timeToBlockExpire)));
  }
}
