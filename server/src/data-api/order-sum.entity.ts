import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { AppEntity } from '../apps/app.entity';

/** add_order_sum: the merchant's own totals for one day (+08:00); re-sending a day replaces it. */
@Entity({ name: 'data_api_order_sums' })
export class OrderSumEntity {
  @PrimaryColumn({ name: 'app_id', type: 'uuid', primaryKeyConstraintName: 'PK_data_api_order_sums' })
  appId!: string;

  @ManyToOne(() => AppEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'app_id', foreignKeyConstraintName: 'FK_data_api_order_sums_app' })
  app?: AppEntity;

  /** YYYY-MM-DD in China time, from ref_date (13-digit ms of the day's 00:00 +08:00). */
  @PrimaryColumn({ name: 'ref_date', type: 'date', primaryKeyConstraintName: 'PK_data_api_order_sums' })
  refDate!: string;

  @Column({ name: 'data_source_id', type: 'text' })
  dataSourceId!: string;

  @Column({ name: 'give_order_amount_sum', type: 'numeric' })
  giveOrderAmountSum!: string;

  @Column({ name: 'give_order_num_sum', type: 'integer' })
  giveOrderNumSum!: number;

  @Column({ name: 'payment_amount_sum', type: 'numeric' })
  paymentAmountSum!: string;

  @Column({ name: 'payed_num_sum', type: 'integer' })
  payedNumSum!: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
