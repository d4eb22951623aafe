import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AppEntity } from '../apps/app.entity';

/** One change, written in the same transaction as the change itself. `appId` is null for user/role changes. */
@Entity({ name: 'audit_events' })
// The migration creates it as (app_id, created_at DESC, id DESC): the audit page reads newest first.
@Index('IDX_audit_events_app_created', ['appId', 'createdAt', 'id'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint', primaryKeyConstraintName: 'PK_audit_events' })
  id!: string;

  @Column({ name: 'app_id', type: 'uuid', nullable: true })
  appId!: string | null;

  @ManyToOne(() => AppEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'app_id', foreignKeyConstraintName: 'FK_audit_events_app' })
  app?: AppEntity;

  /** Username of whoever made the change (`system` for start-up actions). */
  @Column({ type: 'varchar', length: 64 })
  actor!: string;

  /** Stable machine name, e.g. `app.create`, `draft.save`, `version.publish`, `release.set`. */
  @Column({ type: 'varchar', length: 64 })
  action!: string;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'jsonb', nullable: true })
  details!: Record<string, unknown> | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
