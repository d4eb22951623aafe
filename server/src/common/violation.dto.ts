import { ApiProperty } from '@nestjs/swagger';

export class ViolationMessageDto {
  @ApiProperty({ example: '缺少必填字段 page_title' })
  zh!: string;

  @ApiProperty({ example: 'missing required field page_title' })
  en!: string;
}

/** One problem the config validator found (`Violation` of @trackway/language). */
export class ViolationDto {
  @ApiProperty({ description: 'JSON Pointer into the config', example: '/pages/0/rules/1/props' })
  path!: string;

  @ApiProperty({ example: 'required' })
  code!: string;

  @ApiProperty({ enum: ['error', 'warning'] })
  severity!: 'error' | 'warning';

  @ApiProperty({ type: ViolationMessageDto })
  message!: ViolationMessageDto;
}
