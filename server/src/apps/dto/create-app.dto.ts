import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { APPID_MESSAGE, APPID_PATTERN } from '../appid';

export class CreateAppDto {
  @ApiProperty({ example: 'wx0123456789abcdef', pattern: APPID_PATTERN.source })
  @IsString()
  @Matches(APPID_PATTERN, { message: APPID_MESSAGE })
  appid!: string;

  @ApiProperty({ example: '好物商城', maxLength: 100 })
  @IsString()
  @MinLength(1, { message: 'name is required / name 必填' })
  @MaxLength(100, { message: 'name must have at most 100 characters / name 最多 100 个字符' })
  name!: string;

  @ApiPropertyOptional({ description: "Youshu's token for this mini-program (sr-sdk-wxapp `token`)", maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  youshuToken?: string;
}
