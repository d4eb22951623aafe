import { ApiProperty } from '@nestjs/swagger';

export class LoginResponseDto {
  @ApiProperty({ description: 'Bearer token for the Authorization header' })
  token!: string;

  @ApiProperty({ description: 'Seconds until the token expires', example: 43200 })
  expiresIn!: number;
}
