import { ApiProperty } from '@nestjs/swagger';
import { USER_ROLES, type UserRole } from '../../users/user-role';
import type { AuthUser } from '../auth-user';

export class MeResponseDto {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'alice' })
  username!: string;

  @ApiProperty({ enum: USER_ROLES })
  role!: UserRole;
}

export const toMeResponse = (u: AuthUser): MeResponseDto => ({ id: u.id, username: u.username, role: u.role });
