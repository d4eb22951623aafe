import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ViolationDto } from '../../common/violation.dto';

/** One stored event, as the live view and the recent-events list show it. */
export class CollectedEventResponseDto {
  @ApiProperty({ description: 'Increasing per database; a stream resumes after the last one seen', example: '1042' })
  id!: string;

  @ApiProperty({ format: 'date-time' })
  receivedAt!: string;

  @ApiProperty({ description: 'The Youshu behaviour (envelope `type`)', example: 'browse_sku_page' })
  type!: string;

  @ApiPropertyOptional({ description: '`props.page`', example: 'pages/goods/detail?id=SKU10002' })
  page?: string;

  @ApiProperty({ description: 'The event props exactly as uploaded', type: 'object', additionalProperties: true })
  props!: Record<string, unknown>;

  @ApiPropertyOptional({ description: '`props.chan`', type: 'object', additionalProperties: true })
  chan?: Record<string, unknown>;

  @ApiProperty({ description: 'No catalog violation of severity error' })
  valid!: boolean;

  @ApiProperty({ type: [ViolationDto], description: 'Catalog violations, JSON Pointers into `props`' })
  errors!: ViolationDto[];

  @ApiPropertyOptional({ nullable: true, description: 'Config version the runtime ran (debug sessions)' })
  configVersion!: number | null;

  @ApiPropertyOptional({ nullable: true, description: 'The rule that fired (debug sessions)', example: 'r-detail' })
  ruleId!: string | null;

  @ApiPropertyOptional({ nullable: true, description: 'Debug session (`trackway_debug` launch query)' })
  session!: string | null;

  @ApiPropertyOptional({ nullable: true, description: 'Envelope `from`', example: 'sr-sdk-wxapp' })
  source!: string | null;

  @ApiPropertyOptional({ nullable: true })
  extUniqId!: string | null;
}

export class CollectedEventListResponseDto {
  @ApiProperty({ type: [CollectedEventResponseDto], description: 'Oldest first (the newest `limit` events)' })
  events!: CollectedEventResponseDto[];
}

/** A collector_events row as the queries below select it. */
export interface CollectedEventRow {
  id: string;
  received_at: Date;
  type: string;
  props: Record<string, unknown>;
  valid: boolean;
  errors: ViolationDto[];
  config_version: number | null;
  rule_id: string | null;
  debug_session: string | null;
  source: string | null;
  ext_uniq_id: string | null;
}

export const COLLECTED_EVENT_COLUMNS =
  'id, received_at, type, props, valid, errors, config_version, rule_id, debug_session, source, ext_uniq_id';

const obj = (v: unknown) => (typeof v === 'object' && v !== null && !Array.isArray(v) ? v : undefined);

export function toCollectedEventResponse(r: CollectedEventRow): CollectedEventResponseDto {
  return {
    id: String(r.id),
    receivedAt: r.received_at.toISOString(),
    type: r.type,
    page: typeof r.props.page === 'string' ? r.props.page : undefined,
    props: r.props,
    chan: obj(r.props.chan) as Record<string, unknown> | undefined,
    valid: r.valid,
    errors: r.errors,
    configVersion: r.config_version,
    ruleId: r.rule_id,
    session: r.debug_session,
    source: r.source,
    extUniqId: r.ext_uniq_id,
  };
}
