import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';

export class ListAppsQueryDto {
  @ApiPropertyOptional({ default: false, description: 'Include archived apps' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'includeArchived must be true or false / includeArchived 必须是 true 或 false' })
  includeArchived?: boolean;
}
