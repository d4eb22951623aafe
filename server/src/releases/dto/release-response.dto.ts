import { ApiProperty } from '@nestjs/swagger';
import { RELEASE_ENVS, type ReleaseEnv } from '../release.entity';

export class RolloutResponseDto {
  @ApiProperty({ example: 4 })
  version!: number;

  @ApiProperty({ example: 10 })
  percent!: number;
}

/** One environment; `version` is null while nothing has been released to it. */
export class ReleaseResponseDto {
  @ApiProperty({ enum: RELEASE_ENVS })
  env!: ReleaseEnv;

  @ApiProperty({ type: Number, nullable: true, example: 3 })
  version!: number | null;

  @ApiProperty({ type: RolloutResponseDto, nullable: true })
  rollout!: RolloutResponseDto | null;

  @ApiProperty({ type: String, nullable: true, example: 'alice' })
  updatedBy!: string | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  updatedAt!: string | null;
}

export class ReleasesResponseDto {
  @ApiProperty({ example: 'wx0123456789abcdef' })
  appid!: string;

  @ApiProperty({ type: [ReleaseResponseDto], description: 'develop, trial and release, in that order' })
  releases!: ReleaseResponseDto[];
}
