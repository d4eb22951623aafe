import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
import { PageLimitQueryDto } from '../../common/dto/page-limit-query.dto';

export class AuditQueryDto extends PageLimitQueryDto {
  @ApiPropertyOptional({ description: '`nextBefore` of the previous page', example: '42' })
  @IsOptional()
  @Matches(/^[1-9][0-9]{0,17}$/, { message: 'before must be an event id (a positive integer) / before 必须是事件 id' })
  before?: string;
}
