import { Controller, Get, Param, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { AppsService } from '../../apps/apps.service';
import { AppidParamDto } from '../../apps/dto/appid-param.dto';
import { ApiErrorResponseDto } from '../../common/api-error-response.dto';
import { CollectedEventListResponseDto } from '../dto/collected-event-response.dto';
import { CoverageQueryDto, CoverageResponseDto } from '../dto/coverage.dto';
import { RecentEventsQueryDto } from '../dto/recent-events-query.dto';
import { CollectorQueryService } from './collector-query.service';

@ApiTags('collector')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ApiErrorResponseDto })
@ApiNotFoundResponse({ description: 'app_not_found', type: ApiErrorResponseDto })
@ApiBadRequestResponse({ type: ApiErrorResponseDto })
@Controller('api/apps/:appid')
export class CollectorQueryController {
  constructor(
    private readonly query: CollectorQueryService,
    private readonly apps: AppsService,
  ) {}

  @Get('events')
  @ApiOkResponse({
    type: CollectedEventListResponseDto,
    description: 'The newest events received by the collector, oldest first: the live page fills itself with these',
  })
  async recent(
    @Param() { appid }: AppidParamDto,
    @Query() q: RecentEventsQueryDto,
  ): Promise<CollectedEventListResponseDto> {
    const app = await this.apps.get(appid);
    return { events: await this.query.recent(app.id, q, q.limit ?? 100) };
  }

  @Get('coverage')
  @ApiOkResponse({ type: CoverageResponseDto, description: 'Observed coverage per behaviour in [from, to)' })
  async coverage(@Param() { appid }: AppidParamDto, @Query() q: CoverageQueryDto): Promise<CoverageResponseDto> {
    const app = await this.apps.get(appid);
    return this.query.coverage(app.id, q);
  }
}
