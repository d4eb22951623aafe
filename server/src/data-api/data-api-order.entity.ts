import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { AppEntity } from '../apps/app.entity';

/**
 * The latest state of one order reported with add_order, one row per app and external_order_id (re-sending
 * updates it, as at Youshu). Amounts are yuan as sent (numeric, no rounding); times are the ms strings as
 * timestamptz. The statuses it went through are in data_api_order_status_history.
 */
@Entity({ name: 'data_api_orders' })
@Unique('UQ_data_api_orders_app_external', ['appId', 'externalOrderId'])
@Index('IDX_data_api_orders_app_create', ['appId', 'createTime'])
@Index('IDX_data_api_orders_app_paid', ['appId', 'paidAt'])
export class DataApiOrderEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint', primaryKeyConstraintName: 'PK_data_api_orders' })
  id!: string;

  @Column({ name: 'app_id', type: 'uuid' })
  appId!: string;

  @ManyToOne(() => AppEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'app_id', foreignKeyConstraintName: 'FK_data_api_orders_app' })
  app?: AppEntity;

  @Column({ name: 'external_order_id', type: 'text' })
  externalOrderId!: string;

  @Column({ name: 'data_source_id', type: 'text' })
  dataSourceId!: string;

  @Column({ name: 'order_status', type: 'text' })
  orderStatus!: string;

  @Column({ name: 'order_source', type: 'text' })
  orderSource!: string;

  @Column({ name: 'order_type', type: 'integer' })
  orderType!: number;

  @Column({ name: 'create_time', type: 'timestamptz' })
  createTime!: Date;

  @Column({ name: 'status_change_time', type: 'timestamptz' })
  statusChangeTime!: Date;

  /** When the order first entered a paid status (1140, 1150 and later); null while unpaid. */
  @Column({ name: 'paid_at', type: 'timestamptz', nullable: true })
  paidAt!: Date | null;

  @Column({ name: 'goods_num_total', type: 'integer' })
  goodsNumTotal!: number;

  @Column({ name: 'goods_amount_total', type: 'numeric' })
  goodsAmountTotal!: string;

  @Column({ name: 'freight_amount', type: 'numeric' })
  freightAmount!: string;

  @Column({ name: 'order_amount', type: 'numeric' })
  orderAmount!: string;

  @Column({ name: 'payable_amount', type: 'numeric' })
  payableAmount!: string;

  @Column({ name: 'payment_amount', type: 'numeric' })
  paymentAmount!: string;

  /** guide_id values found in goods_info[].chan_info[] (guide analysis). */
  @Column({ name: 'guide_ids', type: 'text', array: true })
  guideIds!: string[];

  /** room_id values found in goods_info[].chan_info[] (live analysis). */
  @Column({ name: 'room_ids', type: 'text', array: true })
  roomIds!: string[];

  /** external_store_id values of goods_info[].store_info (store analysis). */
  @Column({ name: 'store_ids', type: 'text', array: true })
  storeIds!: string[];

  /** The order exactly as sent. */
  @Column({ type: 'jsonb' })
  order!: Record<string, unknown>;

  /** Warnings found when it was accepted (amount relations, unconfirmed facts). */
  @Column({ type: 'jsonb', nullable: true })
  warnings!: unknown[] | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
