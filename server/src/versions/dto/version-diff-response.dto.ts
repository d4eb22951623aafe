import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ConfigDiff } from '../config-diff';
import type { VersionEntity } from '../version.entity';
import { toVersionResponse, VersionResponseDto } from './version-response.dto';

export class FieldChangeDto {
  @ApiProperty({ example: 'trigger.on', description: 'Dotted path inside the item' })
  field!: string;

  @ApiPropertyOptional({ description: 'Absent when the field was added' })
  before?: unknown;

  @ApiPropertyOptional({ description: 'Absent when the field was removed' })
  after?: unknown;
}

export class ItemRefDto {
  @ApiProperty({ example: 'tap-buy' })
  id!: string;

  @ApiProperty({ type: 'object', additionalProperties: true })
  item!: unknown;
}

export class ChangedItemDto {
  @ApiProperty({ example: 'goods-view' })
  id!: string;

  @ApiProperty({ type: [FieldChangeDto] })
  fields!: FieldChangeDto[];
}

export class ItemChangesDto {
  @ApiProperty({ type: [ItemRefDto] })
  added!: ItemRefDto[];

  @ApiProperty({ type: [ItemRefDto] })
  removed!: ItemRefDto[];

  @ApiProperty({ type: [ChangedItemDto] })
  changed!: ChangedItemDto[];
}

export class ConfigDiffDto {
  @ApiProperty()
  identical!: boolean;

  @ApiProperty({ type: ItemChangesDto })
  pages!: ItemChangesDto;

  @ApiProperty({ type: ItemChangesDto, description: 'Page rules and global rules by id; `page` names the page' })
  rules!: ItemChangesDto;

  @ApiProperty({ type: ItemChangesDto })
  chan!: ItemChangesDto;

  @ApiProperty({ type: ItemChangesDto })
  user!: ItemChangesDto;

  @ApiProperty({ type: ItemChangesDto, description: 'By variable name' })
  variables!: ItemChangesDto;

  @ApiProperty({ type: ItemChangesDto })
  propagate!: ItemChangesDto;

  @ApiProperty({ type: [FieldChangeDto] })
  settings!: FieldChangeDto[];

  @ApiProperty({ type: [FieldChangeDto] })
  presets!: FieldChangeDto[];

  @ApiProperty({ type: [FieldChangeDto], description: 'Other top-level fields' })
  document!: FieldChangeDto[];
}

export class VersionDiffResponseDto {
  @ApiProperty({ type: VersionResponseDto })
  from!: VersionResponseDto;

  @ApiProperty({ type: VersionResponseDto })
  to!: VersionResponseDto;

  @ApiProperty({ type: ConfigDiffDto })
  changes!: ConfigDiffDto;
}

export function toVersionDiffResponse(
  from: VersionEntity,
  to: VersionEntity,
  diff: ConfigDiff,
): VersionDiffResponseDto {
  return { from: toVersionResponse(from), to: toVersionResponse(to), changes: diff };
}
