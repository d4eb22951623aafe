import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsString, MaxLength, Min, MinLength } from 'class-validator';

export class RollbackReleaseDto {
  @ApiProperty({ description: 'The version to serve again; any gray rollout ends', example: 2, minimum: 1 })
  @IsInt({ message: 'toVersion must be an integer / toVersion 必须是整数' })
  @Min(1, { message: 'toVersion must be at least 1 / toVersion 至少为 1' })
  toVersion!: number;

  @ApiProperty({ description: 'Why, for the audit log', example: 'order events doubled after v3', maxLength: 500 })
  @IsString({ message: 'reason must be a string / reason 必须是字符串' })
  @MinLength(1, { message: 'reason is required / 必须填写回滚原因 reason' })
  @MaxLength(500, { message: 'reason must be at most 500 characters / reason 最多 500 个字符' })
  reason!: string;
}
