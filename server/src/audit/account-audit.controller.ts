import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { Roles } from '../auth/roles.decorator';
import { ApiErrorResponseDto } from '../common/api-error-response.dto';
import { AuditQueryDto } from './dto/audit-query.dto';
import { AuditPageResponseDto, toAuditEventResponse } from './dto/audit-event-response.dto';
import { AuditService } from './audit.service';

/** Changes that belong to no app: users, roles, disabled accounts, password resets, the first admin. */
@ApiTags('audit')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ApiErrorResponseDto })
@ApiForbiddenResponse({ type: ApiErrorResponseDto })
@Roles('admin')
@Controller('api/audit')
export class AccountAuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ApiOkResponse({ type: AuditPageResponseDto, description: 'Account changes (no app), newest first; admins only' })
  async list(@Query() query: AuditQueryDto): Promise<AuditPageResponseDto> {
    const page = await this.audit.list(null, query.limit ?? 50, query.before);
    return { items: page.items.map(toAuditEventResponse), nextBefore: page.nextBefore };
  }
}
