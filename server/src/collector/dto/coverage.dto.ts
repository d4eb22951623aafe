import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional } from 'class-validator';

export class CoverageQueryDto {
  @ApiPropertyOptional({ format: 'date-time', description: 'Window start (inclusive); default `to` − 24 h' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'from must be an ISO 8601 date-time / from 必须是 ISO 8601 时间' })
  from?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Window end (exclusive); default now' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'to must be an ISO 8601 date-time / to 必须是 ISO 8601 时间' })
  to?: string;
}

/** Share (0–1) of a behaviour's events that carry each analysis field, non-empty, where youshu-spec §1.8 puts it. */
export class AnalysisFieldSharesDto {
  @ApiProperty({ description: '`chan.guide_id`', example: 1 })
  guide_id!: number;

  @ApiProperty({ description: '`chan.room_id` (sr-sdk-wxapp 2.1.1) or top-level `room_id` (1.8)', example: 0.25 })
  room_id!: number;

  @ApiProperty({ description: '`chan.weixinadinfo`', example: 0.5 })
  weixinadinfo!: number;

  @ApiProperty({ description: '`chan.chan_shop_id`', example: 0 })
  chan_shop_id!: number;

  @ApiProperty({ description: '`wx_user.union_id`', example: 1 })
  union_id!: number;
}

export class BehaviourCoverageDto {
  @ApiProperty({ example: 'browse_sku_page' })
  type!: string;

  @ApiProperty({ example: 120 })
  count!: number;

  @ApiProperty({ description: 'Share (0–1) of events without a catalog error', example: 0.95 })
  validShare!: number;

  @ApiProperty({ type: AnalysisFieldSharesDto })
  fields!: AnalysisFieldSharesDto;
}

export class CoverageResponseDto {
  @ApiProperty({ format: 'date-time' })
  from!: string;

  @ApiProperty({ format: 'date-time' })
  to!: string;

  @ApiProperty({ type: [BehaviourCoverageDto], description: 'One entry per behaviour seen, by type' })
  behaviours!: BehaviourCoverageDto[];
}
