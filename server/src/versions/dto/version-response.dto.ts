import { ApiProperty } from '@nestjs/swagger';
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
