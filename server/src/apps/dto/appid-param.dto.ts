import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { APPID_MESSAGE, APPID_PATTERN } from '../appid';

export class AppidParamDto {
  @ApiProperty({ example: 'wx0123456789abcdef', pattern: APPID_PATTERN.source })
  @Matches(APPID_PATTERN, { message: APPID_MESSAGE })
  appid!: string;
}
