import { Controller, Get, Param, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { AppidParamDto } from '../apps/dto/appid-param.dto';
import { ApiErrorResponseDto } from '../common/api-error-response.dto';
import {
  ReconciliationDayParamDto,
  ReconciliationDayQueryDto,
  ReconciliationQueryDto,
} from './dto/reconciliation-query.dto';
import { ReconciliationDrillDownDto, ReconciliationReportDto } from './dto/reconciliation-response.dto';
import { ReconciliationService } from './reconciliation.service';

@ApiTags('reconciliation')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ApiErrorResponseDto })
@ApiNotFoundResponse({ description: 'app_not_found', type: ApiErrorResponseDto })
@ApiBadRequestResponse({ description: 'validation_failed (names the field)', type: ApiErrorResponseDto })
@Controller('api/apps/:appid/reconciliation')
export class ReconciliationController {
  constructor(private readonly reconciliation: ReconciliationService) {}

  @Get()
  @ApiOperation({
    summary: '对账: per China day, add_order_sum vs recomputed from add_order vs from custom_order events',
  })
  @ApiOkResponse({ type: ReconciliationReportDto })
  report(@Param() { appid }: AppidParamDto, @Query() q: ReconciliationQueryDto): Promise<ReconciliationReportDto> {
    return this.reconciliation.report(appid, q.from, q.to);
  }

  @Get(':day')
  @ApiOperation({ summary: 'The orders behind a day’s mismatch, with their ids and what disagrees' })
  @ApiOkResponse({ type: ReconciliationDrillDownDto })
  drillDown(
    @Param() { appid, day }: ReconciliationDayParamDto,
    @Query() q: ReconciliationDayQueryDto,
  ): Promise<ReconciliationDrillDownDto> {
    return this.reconciliation.drillDown(appid, day, q.all);
  }
}
