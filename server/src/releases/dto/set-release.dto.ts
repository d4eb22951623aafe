import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min, ValidateNested } from 'class-validator';

export class RolloutDto {
  @ApiProperty({ description: 'The version served to `percent`% of clients', example: 4, minimum: 1 })
  @IsInt({ message: 'rollout.version must be an integer / rollout.version 必须是整数' })
  @Min(1, { message: 'rollout.version must be at least 1 / rollout.version 至少为 1' })
  version!: number;

  @ApiProperty({
    description: 'Share of clients, chosen by a stable hash of cid',
    example: 10,
    minimum: 0,
    maximum: 100,
  })
  @IsInt({ message: 'rollout.percent must be an integer from 0 to 100 / rollout.percent 必须是 0–100 的整数' })
  @Min(0, { message: 'rollout.percent must be from 0 to 100 / rollout.percent 必须在 0–100 之间' })
  @Max(100, { message: 'rollout.percent must be from 0 to 100 / rollout.percent 必须在 0–100 之间' })
  percent!: number;
}

export class SetReleaseDto {
  @ApiProperty({ description: 'The version every client gets (the rest, during a rollout)', example: 3, minimum: 1 })
  @IsInt({ message: 'version must be an integer / version 必须是整数' })
  @Min(1, { message: 'version must be at least 1 / version 至少为 1' })
  version!: number;

  @ApiPropertyOptional({ type: RolloutDto, description: 'Gray rollout of a second version; omit to end one' })
  @ValidateNested()
  @Type(() => RolloutDto)
  rollout?: RolloutDto;
}
