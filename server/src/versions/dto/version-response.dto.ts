import { ApiProperty } from '@nestjs/swagger';
import { ViolationDto } from '../../common/violation.dto';
import type { VersionEntity } from '../version.entity';

export class VersionSummaryDto {
  @ApiProperty({ example: 3 })
  number!: number;

  @ApiProperty({ description: 'sha256 hex of the canonical JSON; the delivery ETag' })
  hash!: string;

  @ApiProperty({ example: 18432 })
  sizeBytes!: number;

  @ApiProperty({ example: 'Track the new checkout button' })
  message!: string;

  @ApiProperty({ example: 'alice' })
  author!: string;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt!: string;
}

/** The publish answer: the new version and the publish check's warnings (issue 13), which never block it. */
export class PublishedVersionDto extends VersionSummaryDto {
  @ApiProperty({
    type: [ViolationDto],
    description:
      'Warnings (code not_observed) for rules pointing at a route, method, data path, component or URL no device ' +
      'reported in a debug session; empty while the app has no inventory',
  })
  warnings!: ViolationDto[];
}

export class VersionResponseDto extends VersionSummaryDto {
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The published config' })
  content!: unknown;
}

export class VersionPageResponseDto {
  @ApiProperty({ type: [VersionSummaryDto] })
  items!: VersionSummaryDto[];

  @ApiProperty({ type: Number, nullable: true, description: 'Pass as `before` to read older versions' })
  nextBefore!: number | null;
}

export function toVersionSummary(v: VersionEntity): VersionSummaryDto {
  return {
    number: v.number,
    hash: v.hash,
    sizeBytes: v.sizeBytes,
    message: v.message,
    author: v.author,
    createdAt: v.createdAt.toISOString(),
  };
}

export const toVersionResponse = (v: VersionEntity): VersionResponseDto => ({
  ...toVersionSummary(v),
  content: v.content,
});
