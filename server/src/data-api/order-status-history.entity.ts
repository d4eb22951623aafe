import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { DataApiOrderEntity } from './data-api-order.entity';

/** Each distinct (status, status_change_time) an order was reported with; a re-sent identical order adds nothing. */
@Entity({ name: 'data_api_order_status_history' })
@Unique('UQ_data_api_order_status_history_entry', ['orderId', 'orderStatus', 'statusChangeTime'])
export class OrderStatusHistoryEntity {
  @PrimaryGeneratedColumn('increment', { type: 'bigint', primaryKeyConstraintName: 'PK_data_api_order_status_history' })
  id!: string;

  @Column({ name: 'order_id', type: 'bigint' })
  orderId!: string;

  @ManyToOne(() => DataApiOrderEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'order_id', foreignKeyConstraintName: 'FK_data_api_order_status_history_order' })
  order?: DataApiOrderEntity;

  @Column({ name: 'order_status', type: 'text' })
  orderStatus!: string;

  @Column({ name: 'status_change_time', type: 'timestamptz' })
  statusChangeTime!: Date;

  @Column({ name: 'received_at', type: 'timestamptz', default: () => 'now()' })
  receivedAt!: Date;
}
