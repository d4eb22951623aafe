import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'admin' })
  @IsString()
  @MinLength(1, { message: 'username is required / username 必填' })
  @MaxLength(64)
  username!: string;

  @ApiProperty({ example: 'admin-password' })
  @IsString()
  @MinLength(1, { message: 'password is required / password 必填' })
  @MaxLength(200)
  password!: string;
}
