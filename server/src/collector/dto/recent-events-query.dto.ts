import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';

/** Filters shared by the live stream and the recent-events list. */
export class EventFilterQueryDto {
  @ApiPropertyOptional({ description: 'Only this debug session (`trackway_debug`)', example: 's-42' })
  @IsOptional()
  @IsString()
  @Length(1, 200, { message: 'session must have 1–200 characters / session 长度须为 1–200' })
  session?: string;

  @ApiPropertyOptional({ description: 'Only this behaviour', example: 'browse_sku_page' })
  @IsOptional()
  @IsString()
  @Length(1, 100, { message: 'event must have 1–100 characters / event 长度须为 1–100' })
  event?: string;
}

export class RecentEventsQueryDto extends EventFilterQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be an integer / limit 必须是整数' })
  @Min(1, { message: 'limit must be at least 1 / limit 至少为 1' })
  @Max(500, { message: 'limit must be at most 500 / limit 最大为 500' })
  limit?: number;
}

export class LiveQueryDto extends EventFilterQueryDto {
  @ApiPropertyOptional({
    description:
      'The login token, for browsers: EventSource cannot send an Authorization header. Accepted on this route ' +
      'only (docs/adr/007-collector-event-store.md); an Authorization: Bearer header works too.',
  })
  @IsOptional()
  @IsString()
  access_token?: string;
}
