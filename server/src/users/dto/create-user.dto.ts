import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { USER_ROLES, type UserRole } from '../user-role';

export class CreateUserDto {
  @ApiProperty({ example: 'alice', pattern: '^[A-Za-z0-9_.@-]{2,64}$' })
  @IsString()
  @Matches(/^[A-Za-z0-9_.@-]{2,64}$/, {
    message: 'username must be 2-64 letters, digits or _ . @ - / username 须为 2-64 个字母、数字或 _ . @ -',
  })
  username!: string;

  @ApiProperty({ minLength: 8, maxLength: 200 })
  @IsString()
  @MinLength(8, { message: 'password must have at least 8 characters / password 至少 8 个字符' })
  @MaxLength(200)
  password!: string;

  @ApiProperty({ enum: USER_ROLES })
  @IsIn(USER_ROLES, { message: `role must be one of ${USER_ROLES.join(', ')} / role 取值不在允许范围内` })
  role!: UserRole;
}
