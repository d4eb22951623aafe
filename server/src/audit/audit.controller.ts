import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { AppsService } from '../apps/apps.service';
import { ApiErrorResponseDto } from '../common/api-error-response.dto';
import { AppidParamDto } from '../apps/dto/appid-param.dto';
import { AuditQueryDto } from './dto/audit-query.dto';
import { AuditPageResponseDto, toAuditEventResponse } from './dto/audit-event-response.dto';
import { AuditService } from './audit.service';

@ApiTags('audit')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ApiErrorResponseDto })
@Controller('api/apps/:appid/audit')
export class AuditController {
  constructor(
    private readonly audit: AuditService,
    private readonly apps: AppsService,
  ) {}

  @Get()
  @ApiOkResponse({ type: AuditPageResponseDto, description: 'Newest first' })
  @ApiNotFoundResponse({ description: 'app_not_found', type: ApiErrorResponseDto })
  async list(@Param() { appid }: AppidParamDto, @Query() query: AuditQueryDto): Promise<AuditPageResponseDto> {
    const app = await this.apps.get(appid);
    const page = await this.audit.list(app.id, query.limit ?? 50, query.before);
    return { items: page.items.map(toAuditEventResponse), nextBefore: page.nextBefore };
  }
}
