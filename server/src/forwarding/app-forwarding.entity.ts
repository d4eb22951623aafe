import { Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { AppEntity } from '../apps/app.entity';

/** Where and how an app's accepted data is forwarded to Youshu. No row = nothing is forwarded. */
@Entity({ name: 'app_forwarding' })
// Drop-in signing finds the app by the merchant's real Youshu app_id, so it must name one app only.
@Index('UQ_app_forwarding_youshu_app_id', ['youshuAppId'], { unique: true })
export class AppForwardingEntity {
  @PrimaryColumn({ name: 'app_id', type: 'uuid', primaryKeyConstraintName: 'PK_app_forwarding' })
  appId!: string;

  @OneToOne(() => AppEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'app_id', foreignKeyConstraintName: 'FK_app_forwarding_app' })
  app?: AppEntity;

  /** Forward collected events (kind youshu-report) to `reportUrl`. */
  @Column({ name: 'report_enabled', type: 'boolean', default: false })
  reportEnabled!: boolean;

  /** Youshu's real event receiver for this app. */
  @Column({ name: 'report_url', type: 'text', nullable: true })
  reportUrl!: string | null;

  /** Forward accepted data API calls (kind youshu-data-api) to `dataApiBaseUrl`. */
  @Column({ name: 'data_api_enabled', type: 'boolean', default: false })
  dataApiEnabled!: boolean;

  /** Youshu's data API host, e.g. https://zhls.qq.com; paths such as /data-api/v1/order/add_order are appended. */
  @Column({ name: 'data_api_base_url', type: 'text', nullable: true })
  dataApiBaseUrl!: string | null;

  /** The merchant's real Youshu app_id (signs forwarded calls; accepted on incoming calls too). */
  @Column({ name: 'youshu_app_id', type: 'text', nullable: true })
  youshuAppId!: string | null;

  /** The merchant's real Youshu app_secret, SecretBox-encrypted (docs/adr/004). Never returned by the API. */
  @Column({ name: 'youshu_app_secret_encrypted', type: 'text', nullable: true })
  youshuAppSecretEncrypted!: string | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
