import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiForbiddenResponse } from '@nestjs/swagger';
import { ApiErrorResponseDto } from '../common/api-error-response.dto';
import type { UserRole } from '../users/user-role';

export const MIN_ROLE = 'trackway:min-role';

/**
 * The least powerful role allowed to call the route (admin > publisher > editor > viewer). Without it, any
 * logged-in user may call an /api route.
 */
export const Roles = (role: UserRole) =>
  applyDecorators(
    SetMetadata(MIN_ROLE, role),
    ApiForbiddenResponse({ description: `Needs role ${role} or higher`, type: ApiErrorResponseDto }),
  );
