import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class FieldErrorDto {
  @ApiProperty({ example: 'appid' })
  field!: string;

  @ApiProperty({ example: 'appid: must be "wx" followed by 16 lowercase hex digits / appid 格式不正确' })
  message!: string;
}

/** The body of every error response. */
export class ApiErrorResponseDto {
  @ApiProperty({ example: 400 })
  statusCode!: number;

  @ApiProperty({ description: 'Stable machine code', example: 'validation_failed' })
  code!: string;

  @ApiProperty({ example: 'appid: must be "wx" followed by 16 lowercase hex digits' })
  message!: string;

  @ApiPropertyOptional({
    description: 'Field errors (400) or config violations (200 draft, 422 publish)',
    type: 'array',
    items: { type: 'object' },
  })
  errors?: unknown[];
}
