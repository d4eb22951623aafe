import { ApiProperty } from '@nestjs/swagger';

export class OrderFiguresDto {
  @ApiProperty({ description: 'Σ payment_amount of orders placed that day (yuan)' }) giveOrderAmountSum!: number;
  @ApiProperty({ description: 'Orders placed that day' }) giveOrderNumSum!: number;
  @ApiProperty({ description: 'Σ payment_amount of orders paid that day (yuan)' }) paymentAmountSum!: number;
  @ApiProperty({ description: 'Orders paid that day' }) payedNumSum!: number;
}

export class ReconciliationDayDto {
  @ApiProperty({ example: '2026-12-01' }) day!: string;
  @ApiProperty({ type: OrderFiguresDto, nullable: true, description: 'add_order_sum as reported; null if not sent' })
  reported!: OrderFiguresDto | null;
  @ApiProperty({ type: OrderFiguresDto, description: 'Recomputed from the add_order rows' })
  recomputed!: OrderFiguresDto;
  @ApiProperty({
    type: OrderFiguresDto,
    nullable: true,
    description: "Recomputed from the collector's custom_order events; null when there is no collector data source",
  })
  collector!: OrderFiguresDto | null;
  @ApiProperty({ description: 'Any figure differs from recomputed (reported or collector)' }) mismatch!: boolean;
  @ApiProperty({ type: [String], example: ['reported.giveOrderNumSum', 'collector.paymentAmountSum'] })
  mismatchedFields!: string[];
}

export class ReconciliationReportDto {
  @ApiProperty({ example: 'wx0123456789abcdef' }) appid!: string;
  @ApiProperty() from!: string;
  @ApiProperty() to!: string;
  @ApiProperty({ description: 'Whether collector figures could be computed' }) collectorAvailable!: boolean;
  @ApiProperty({ type: [ReconciliationDayDto] }) days!: ReconciliationDayDto[];
}

export class CollectorSideDto {
  @ApiProperty({ type: String, nullable: true }) placedDay!: string | null;
  @ApiProperty({ type: String, nullable: true }) paidDay!: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Σ sub_orders[].pay_amt (yuan)' }) amount!: number | null;
}

export class AddOrderSideDto {
  @ApiProperty() orderStatus!: string;
  @ApiProperty() paymentAmount!: number;
  @ApiProperty({ type: String, nullable: true }) placedDay!: string | null;
  @ApiProperty({ type: String, nullable: true }) paidDay!: string | null;
}

export class ReconciliationOrderDto {
  @ApiProperty({ description: 'external_order_id = the custom_order order_id' }) orderId!: string;
  @ApiProperty({ type: AddOrderSideDto, nullable: true, description: 'null: never reported with add_order' })
  addOrder!: AddOrderSideDto | null;
  @ApiProperty({ type: CollectorSideDto, nullable: true, description: 'null: no custom_order event (or no collector)' })
  collector!: CollectorSideDto | null;
  @ApiProperty({
    type: [String],
    description:
      'missing_in_collector, missing_in_add_order, not_paid_in_collector, not_paid_in_add_order, ' +
      'placed_day_differs, paid_day_differs, amount_differs',
  })
  problems!: string[];
}

export class ReconciliationDrillDownDto {
  @ApiProperty({ type: ReconciliationDayDto }) summary!: ReconciliationDayDto;
  @ApiProperty() collectorAvailable!: boolean;
  @ApiProperty({ type: [ReconciliationOrderDto], description: 'Orders placed or paid that day (by either side)' })
  orders!: ReconciliationOrderDto[];
  @ApiProperty({ description: 'More orders exist than listed (the list stops at 2,000)' }) truncated!: boolean;
}
