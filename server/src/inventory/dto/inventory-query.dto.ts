import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { INVENTORY_KINDS, type InventoryKind } from '../inventory-rows';

export class InventoryQueryDto {
  @ApiPropertyOptional({ enum: INVENTORY_KINDS, description: 'Only items of this kind' })
  @IsOptional()
  @IsIn(INVENTORY_KINDS, {
    message: `kind must be one of ${INVENTORY_KINDS.join(', ')} / kind 须为 ${INVENTORY_KINDS.join('、')} 之一`,
  })
  kind?: InventoryKind;

  @ApiPropertyOptional({
    description: 'Only this route (a page route, or a component path)',
    example: 'pages/goods/detail',
  })
  @IsOptional()
  @IsString()
  @Length(0, 300, { message: 'route must have at most 300 characters / route 最多 300 个字符' })
  route?: string;
}
