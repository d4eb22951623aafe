import { ApiProperty } from '@nestjs/swagger';
import type { ValidationResult } from '@trackway/language';
import { ViolationDto } from '../../common/violation.dto';
import type { DraftEntity } from '../draft.entity';

export class DraftResponseDto {
  @ApiProperty({ type: 'object', additionalProperties: true })
  config!: unknown;

  @ApiProperty({ description: 'Send it back with the next PUT', example: 4 })
  revision!: number;

  @ApiProperty({ description: 'True when the draft can be published (no violation of severity error)' })
  valid!: boolean;

  @ApiProperty({ type: [ViolationDto], description: 'Every violation, errors and warnings, in document order' })
  errors!: ViolationDto[];

  @ApiProperty({ type: String, nullable: true })
  updatedBy!: string | null;

  @ApiProperty({ type: String, format: 'date-time' })
  updatedAt!: string;
}

export function toDraftResponse(d: DraftEntity, result: ValidationResult): DraftResponseDto {
  return {
    config: d.config,
    revision: d.revision,
    valid: result.valid,
    errors: result.errors,
    updatedBy: d.updatedBy,
    updatedAt: d.updatedAt.toISOString(),
  };
}
