import { ApiProperty } from '@nestjs/swagger';
import { IsInt, IsObject, Min } from 'class-validator';

export class SaveDraftDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'The tracking config (saved even when invalid; the response lists the problems)',
  })
  @IsObject({ message: 'config must be a JSON object / config 必须是 JSON 对象' })
  config!: Record<string, unknown>;

  @ApiProperty({ description: 'The revision this edit started from (from GET)', example: 3 })
  @IsInt({ message: 'revision must be an integer / revision 必须是整数' })
  @Min(1, { message: 'revision must be 1 or more / revision 至少为 1' })
  revision!: number;
}
