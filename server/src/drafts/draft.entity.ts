import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { AppEntity } from '../apps/app.entity';

/** One draft per app. `revision` is the optimistic lock: every save must name the revision it started from. */
@Entity({ name: 'drafts' })
export class DraftEntity {
  @PrimaryColumn({ name: 'app_id', type: 'uuid', primaryKeyConstraintName: 'PK_drafts' })
  appId!: string;

  @OneToOne(() => AppEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'app_id', foreignKeyConstraintName: 'FK_drafts_app' })
  app?: AppEntity;

  /**
   * The PM's document as saved, valid or not. `json`, not `jsonb`: jsonb reorders keys, and the editor must
   * show the PM's document back in the order they wrote it. Versions store the canonical form instead.
   */
  @Column({ type: 'json' })
  config!: unknown;

  @Column({ type: 'integer', default: 1 })
  revision!: number;

  @Column({ name: 'updated_by', type: 'varchar', length: 64, nullable: true })
  updatedBy!: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
