import { randomUUID } from 'node:crypto';
import {
  BeforeInsert,
  Check,
  Column,
  CreateDateColumn,
  Entity,
  PrimaryColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';

@Entity({ name: 'apps' })
@Unique('UQ_apps_appid', ['appid'])
@Unique('UQ_apps_collector_token', ['collectorToken'])
@Check('CHK_apps_appid', `"appid" ~ '^wx[0-9a-f]{16}$'`)
export class AppEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_apps' })
  id!: string;

  // Generated here, not by the database: no extension needed and the id is known before the insert.
  @BeforeInsert()
  assignId() {
    this.id ??= randomUUID();
  }

  /** WeChat mini-program appid: `wx` + 16 lowercase hex digits. */
  @Column({ type: 'varchar', length: 18 })
  appid!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  /** Youshu's own token for this mini-program (sr-sdk-wxapp `token`), when the PM knows it. */
  @Column({ name: 'youshu_token', type: 'varchar', length: 200, nullable: true })
  youshuToken!: string | null;

  /** Token the runtime and sr-sdk-wxapp send to Trackway's collector. */
  @Column({ name: 'collector_token', type: 'varchar', length: 64 })
  collectorToken!: string;

  /**
   * The data API secret, AES-256-GCM encrypted (docs/adr/004-data-api-secret-encryption.md): the data API
   * recomputes HMAC signatures with it, so it cannot be stored as a one-way hash.
   */
  @Column({ name: 'data_api_secret_encrypted', type: 'text' })
  dataApiSecretEncrypted!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;
}
