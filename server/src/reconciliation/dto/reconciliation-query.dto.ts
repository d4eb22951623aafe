import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, Matches } from 'class-validator';

export const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
const dayMessage = (field: string) => `${field} must be a day as YYYY-MM-DD / ${field} 必须是 YYYY-MM-DD 格式的日期`;

export class ReconciliationQueryDto {
  @ApiProperty({ example: '2026-12-01', description: 'First day (China time), YYYY-MM-DD' })
  @Matches(DAY_PATTERN, { message: dayMessage('from') })
  from!: string;

  @ApiProperty({ example: '2026-12-07', description: 'Last day included; at most 92 days after from' })
  @Matches(DAY_PATTERN, { message: dayMessage('to') })
  to!: string;
}

export class ReconciliationDayParamDto {
  @ApiProperty({ example: 'wx0123456789abcdef' })
  @Matches(/^wx[0-9a-f]{16}$/, { message: 'appid must be "wx" followed by 16 lowercase hex digits / appid 格式不正确' })
  appid!: string;

  @ApiProperty({ example: '2026-12-01' })
  @Matches(DAY_PATTERN, { message: dayMessage('day') })
  day!: string;
}

export class ReconciliationDayQueryDto {
  @ApiPropertyOptional({ description: 'Also list the orders without a problem (default: only mismatching ones)' })
  @IsOptional()
  @Transform(({ value }) => value === 'true' || value === true)
  @IsBoolean()
  all?: boolean;
}
