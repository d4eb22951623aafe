import { Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { AppEntity } from '../apps/app.entity';

/** An immutable published config. Rows are only ever inserted. */
@Entity({ name: 'versions' })
@Unique('UQ_versions_app_number', ['appId', 'number'])
export class VersionEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint', primaryKeyConstraintName: 'PK_versions' })
  id!: string;

  @Column({ name: 'app_id', type: 'uuid' })
  appId!: string;

  @ManyToOne(() => AppEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'app_id', foreignKeyConstraintName: 'FK_versions_app' })
  app?: AppEntity;

  /** 1, 2, 3… per app, with no gap (the publish locks the app row). */
  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'jsonb' })
  content!: unknown;

  /** The exact bytes served and hashed: canonical JSON of `content`. */
  @Column({ type: 'text' })
  canonical!: string;

  /** sha256 hex of `canonical`; the delivery ETag. */
  @Column({ type: 'char', length: 64 })
  hash!: string;

  @Column({ name: 'size_bytes', type: 'integer' })
  sizeBytes!: number;

  @Column({ type: 'text', default: '' })
  message!: string;

  @Column({ type: 'varchar', length: 64 })
  author!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
