import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AppEntity } from '../apps/app.entity';

/**
 * A nonce already used by a signed data API call, kept until its timestamp can no longer pass the ±5 minute
 * window. In PostgreSQL (not memory) so a replay to another instance is refused too.
 */
@Entity({ name: 'data_api_nonces' })
@Index('IDX_data_api_nonces_expires', ['expiresAt'])
export class DataApiNonceEntity {
  @PrimaryColumn({ name: 'app_id', type: 'uuid', primaryKeyConstraintName: 'PK_data_api_nonces' })
  appId!: string;

  @ManyToOne(() => AppEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'app_id', foreignKeyConstraintName: 'FK_data_api_nonces_app' })
  app?: AppEntity;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'PK_data_api_nonces' })
  nonce!: string;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;
}
