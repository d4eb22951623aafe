import { ApiProperty } from '@nestjs/swagger';
import { ViolationDto } from '../../common/violation.dto';

export class ItemResultDto {
  @ApiProperty({ description: 'Position in `orders` / `rawMsg`' }) index!: number;
  @ApiProperty({ type: String, nullable: true, description: 'external_order_id, or the day for sums and visits' })
  id!: string | null;
  @ApiProperty() accepted!: boolean;
  @ApiProperty({ type: [ViolationDto], description: 'Why it was refused (zh + en), JSON Pointers into the body' })
  errors!: ViolationDto[];
  @ApiProperty({ type: [ViolationDto], description: 'Stored anyway: amount relations, unconfirmed facts' })
  warnings!: ViolationDto[];
}

export class DataApiResultsDto {
  @ApiProperty() accepted!: number;
  @ApiProperty() refused!: number;
  @ApiProperty({ type: [ItemResultDto] }) results!: ItemResultDto[];
}

/** Youshu's answer envelope; `retcode` 0 = everything stored. */
export class DataApiAnswerDto {
  @ApiProperty({ description: '0 all stored, 1001 some items refused (the others stored)', example: 0 })
  retcode!: number;
  @ApiProperty({ example: 'ok' }) errmsg!: string;
  @ApiProperty({ type: DataApiResultsDto }) data!: DataApiResultsDto;
}

export class DataApiErrorDto {
  @ApiProperty({
    description:
      '1002 all_refused, 4000 invalid_body, 4001 missing_signature_params, 4002 unknown_app_id, ' +
      '4003 bad_signature, 4004 stale_timestamp, 4005 nonce_reused, 4006 app_archived',
    example: 4003,
  })
  retcode!: number;
  @ApiProperty() errmsg!: string;
  @ApiProperty({
    description: '`code` (stable), plus `errors` (invalid_body) or `accepted`/`refused`/`results` (all_refused)',
    type: 'object',
    additionalProperties: true,
  })
  data!: Record<string, unknown>;
}
