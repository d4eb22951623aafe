import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AppEntity } from '../apps/app.entity';
import type { OutboxKind, OutboxState } from './outbox-kind';

/**
 * One item to forward to Youshu, written in the same transaction that accepted it (docs/adr/008): accepted
 * means queued. The worker moves it pending → delivered, or → dead after the last attempt.
 */
@Entity({ name: 'forward_outbox' })
@Check('CHK_forward_outbox_kind', `"kind" IN ('youshu-report', 'youshu-data-api')`)
@Check('CHK_forward_outbox_state', `"state" IN ('pending', 'delivered', 'dead')`)
@Index('IDX_forward_outbox_pending_due', ['nextAttemptAt'], { where: `"state" = 'pending'` })
@Index('IDX_forward_outbox_app_state', ['appId', 'state'])
@Index('IDX_forward_outbox_delivered_at', ['deliveredAt'], { where: `"state" = 'delivered'` })
export class ForwardOutboxEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint', primaryKeyConstraintName: 'PK_forward_outbox' })
  id!: string;

  @Column({ name: 'app_id', type: 'uuid' })
  appId!: string;

  @ManyToOne(() => AppEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'app_id', foreignKeyConstraintName: 'FK_forward_outbox_app' })
  app?: AppEntity;

  @Column({ type: 'text' })
  kind!: OutboxKind;

  @Column({ type: 'jsonb' })
  payload!: unknown;

  @Column({ type: 'text', default: 'pending' })
  state!: OutboxState;

  /** Attempts started so far (counted when a worker claims the row, so a crash mid-send counts too). */
  @Column({ type: 'integer', default: 0 })
  attempts!: number;

  @Column({ name: 'next_attempt_at', type: 'timestamptz', default: () => 'now()' })
  nextAttemptAt!: Date;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true })
  deliveredAt!: Date | null;
}
