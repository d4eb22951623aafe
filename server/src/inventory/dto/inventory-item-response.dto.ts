import { ApiProperty } from '@nestjs/swagger';
import { INVENTORY_KINDS } from '../inventory-rows';
import type { InventoryItemEntity } from '../inventory-item.entity';

export class InventoryItemResponseDto {
  @ApiProperty({ enum: INVENTORY_KINDS })
  kind!: string;

  @ApiProperty({
    description: "Page route ('' when none); the component path for kind component",
    example: 'pages/goods/detail',
  })
  route!: string;

  @ApiProperty({
    description: "Method name, data path (goods.skus[0].id), 'METHOD url', 'api outcome' or selector; '' for a page",
    example: 'onAddCart',
  })
  name!: string;

  @ApiProperty({ description: 'The last sample value (masked and size-limited on the device)', nullable: true })
  sample!: unknown;

  @ApiProperty({ description: 'Reports merged into this item (one per debug launch that saw it)', example: 3 })
  count!: number;

  @ApiProperty({ type: String, format: 'date-time' })
  firstSeen!: string;

  @ApiProperty({ type: String, format: 'date-time' })
  lastSeen!: string;

  @ApiProperty({ type: Number, nullable: true, description: 'Config version the device ran at the last report' })
  configVersion!: number | null;
}

export class InventoryResponseDto {
  @ApiProperty({ type: [InventoryItemResponseDto], description: 'Sorted by kind, route, name' })
  items!: InventoryItemResponseDto[];
}

export const toInventoryItem = (e: InventoryItemEntity): InventoryItemResponseDto => ({
  kind: e.kind,
  route: e.route,
  name: e.name,
  sample: e.sample,
  count: e.count,
  firstSeen: e.firstSeen.toISOString(),
  lastSeen: e.lastSeen.toISOString(),
  configVersion: e.configVersion,
});
