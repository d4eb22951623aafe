import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyRequest } from 'fastify';
import { UsersService } from '../users/users.service';
import { roleAtLeast, type UserRole } from '../users/user-role';
import type { AuthUser } from './auth-user';
import { RoleRequiredError, UnauthenticatedError } from './auth-errors';
import { IS_PUBLIC } from './public.decorator';
import { MIN_ROLE } from './roles.decorator';
import { TokenService } from './token.service';

/**
 * Global guard: every route under /api/ needs a valid bearer token of an enabled user (401 otherwise), and
 * a role at least as powerful as its @Roles (403 otherwise). Routes outside /api/ (delivery, collector, data
 * API, health) are public or protected by their own scheme.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly users: UsersService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest & { user?: AuthUser }>();
    if (!request.url.startsWith('/api/')) return true;

    const header = request.headers.authorization;
    const match = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header) : null;
    if (!match) throw new UnauthenticatedError('Missing bearer token (Authorization: Bearer <token>)');
    const userId = this.tokens.verify(match[1]);
    // The user is re-read on every call so a disabled account or a changed role takes effect at once.
    const user = userId ? await this.users.findActive(userId) : null;
    if (!user) throw new UnauthenticatedError('Invalid or expired token, or the account is disabled');
    request.user = { id: user.id, username: user.username, role: user.role };

    const required = this.reflector.getAllAndOverride<UserRole | undefined>(MIN_ROLE, targets);
    if (required && !roleAtLeast(user.role, required)) throw new RoleRequiredError(required, user.role);
    return true;
  }
}
