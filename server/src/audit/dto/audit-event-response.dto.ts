import { ApiProperty } from '@nestjs/swagger';
import type { AuditEventEntity } from '../audit-event.entity';

export class AuditEventResponseDto {
  @ApiProperty({ example: '42' })
  id!: string;

  @ApiProperty({ example: 'alice' })
  actor!: string;

  @ApiProperty({ example: 'version.publish' })
  action!: string;

  @ApiProperty({ example: 'Published version 3: new checkout rules' })
  summary!: string;

  @ApiProperty({ type: 'object', additionalProperties: true, nullable: true })
  details!: Record<string, unknown> | null;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt!: string;
}

export class AuditPageResponseDto {
  @ApiProperty({ type: [AuditEventResponseDto] })
  items!: AuditEventResponseDto[];

  @ApiProperty({ type: String, nullable: true, description: 'Pass as `before` to read older events' })
  nextBefore!: string | null;
}

export function toAuditEventResponse(e: AuditEventEntity): AuditEventResponseDto {
  return {
    id: e.id,
    actor: e.actor,
    action: e.action,
    summary: e.summary,
    details: e.details,
    createdAt: e.createdAt.toISOString(),
  };
}
