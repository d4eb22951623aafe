import { ApiProperty } from '@nestjs/swagger';
import type { AppForwardingEntity } from '../app-forwarding.entity';
import type { ForwardOutboxEntity } from '../forward-outbox.entity';
import { OUTBOX_KINDS, type OutboxKind } from '../outbox-kind';

export class OutboxCountsDto {
  @ApiProperty() pending!: number;
  @ApiProperty() delivered!: number;
  @ApiProperty() dead!: number;
}

export class DeadLetterDto {
  @ApiProperty({ example: '42' }) id!: string;
  @ApiProperty({ enum: OUTBOX_KINDS }) kind!: OutboxKind;
  @ApiProperty() attempts!: number;
  @ApiProperty({ type: String, nullable: true }) lastError!: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: string;
}

export class ForwardingResponseDto {
  @ApiProperty({ example: 'wx0123456789abcdef' }) appid!: string;
  @ApiProperty() reportEnabled!: boolean;
  @ApiProperty({ type: String, nullable: true }) reportUrl!: string | null;
  @ApiProperty() dataApiEnabled!: boolean;
  @ApiProperty({ type: String, nullable: true }) dataApiBaseUrl!: string | null;
  @ApiProperty({ type: String, nullable: true }) youshuAppId!: string | null;
  @ApiProperty({ description: 'Whether a Youshu app_secret is stored (the secret itself is never returned)' })
  youshuAppSecretSet!: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) updatedAt!: string | null;
  @ApiProperty({ type: OutboxCountsDto, description: "This app's outbox rows per state" }) outbox!: OutboxCountsDto;
  @ApiProperty({ type: [DeadLetterDto], description: 'The newest dead letters (at most 20), newest first' })
  deadLetters!: DeadLetterDto[];
}

export class RetryResponseDto {
  @ApiProperty({ description: 'Dead rows put back to pending' }) retried!: number;
}

export function toForwardingResponse(
  appid: string,
  s: AppForwardingEntity | null,
  outbox: OutboxCountsDto,
  dead: ForwardOutboxEntity[],
): ForwardingResponseDto {
  return {
    appid,
    reportEnabled: s?.reportEnabled ?? false,
    reportUrl: s?.reportUrl ?? null,
    dataApiEnabled: s?.dataApiEnabled ?? false,
    dataApiBaseUrl: s?.dataApiBaseUrl ?? null,
    youshuAppId: s?.youshuAppId ?? null,
    youshuAppSecretSet: Boolean(s?.youshuAppSecretEncrypted),
    updatedAt: s ? s.updatedAt.toISOString() : null,
    outbox,
    deadLetters: dead.map((d) => ({
      id: d.id,
      kind: d.kind,
      attempts: d.attempts,
      lastError: d.lastError,
      createdAt: d.createdAt.toISOString(),
    })),
  };
}
