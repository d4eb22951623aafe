import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { AppEntity } from '../apps/app.entity';

export const RELEASE_ENVS = ['develop', 'trial', 'release'] as const;
export type ReleaseEnv = (typeof RELEASE_ENVS)[number];

/** What one environment of an app serves: `version`, or `rolloutVersion` to `rolloutPercent`% of clients. */
@Entity({ name: 'releases' })
@Check('CHK_releases_env', `"env" IN ('develop', 'trial', 'release')`)
@Check(
  'CHK_releases_rollout',
  `("rollout_version" IS NULL AND "rollout_percent" IS NULL) OR ("rollout_version" IS NOT NULL AND "rollout_percent" BETWEEN 0 AND 100)`,
)
export class ReleaseEntity {
  @PrimaryColumn({ name: 'app_id', type: 'uuid', primaryKeyConstraintName: 'PK_releases' })
  appId!: string;

  @PrimaryColumn({ type: 'varchar', length: 16, primaryKeyConstraintName: 'PK_releases' })
  env!: ReleaseEnv;

  @ManyToOne(() => AppEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'app_id', foreignKeyConstraintName: 'FK_releases_app' })
  app?: AppEntity;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ name: 'rollout_version', type: 'integer', nullable: true })
  rolloutVersion!: number | null;

  @Column({ name: 'rollout_percent', type: 'smallint', nullable: true })
  rolloutPercent!: number | null;

  @Column({ name: 'updated_by', type: 'varchar', length: 64 })
  updatedBy!: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
