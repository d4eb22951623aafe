import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

export class UpdateAppDto {
  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional()
  @IsString()
  @MinLength(1, { message: 'name must not be empty / name 不能为空' })
  @MaxLength(100, { message: 'name must have at most 100 characters / name 最多 100 个字符' })
  name?: string;

  @ApiPropertyOptional({ type: String, maxLength: 200, nullable: true, description: 'null removes it' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  youshuToken?: string | null;
}
