import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, MaxLength } from 'class-validator';

export class PublishVersionDto {
  @ApiPropertyOptional({ example: 'Track the new checkout button', maxLength: 1000 })
  @IsOptional()
  @IsString()
  @MaxLength(1000, { message: 'message must have at most 1000 characters / message 最多 1000 个字符' })
  message?: string;
}
