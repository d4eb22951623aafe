import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { AppidParamDto } from '../apps/dto/appid-param.dto';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/roles.decorator';
import { ApiErrorResponseDto } from '../common/api-error-response.dto';
import { ForwardingResponseDto, RetryResponseDto } from './dto/forwarding-response.dto';
import { UpdateForwardingDto } from './dto/update-forwarding.dto';
import { ForwardingSettingsService } from './forwarding-settings.service';

@ApiTags('forwarding')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ApiErrorResponseDto })
@ApiNotFoundResponse({ description: 'app_not_found', type: ApiErrorResponseDto })
@Controller('api/apps/:appid/forwarding')
export class ForwardingController {
  constructor(private readonly forwarding: ForwardingSettingsService) {}

  @Get()
  @ApiOkResponse({
    type: ForwardingResponseDto,
    description: 'Settings (never the secret), outbox counts, dead letters',
  })
  get(@Param() { appid }: AppidParamDto): Promise<ForwardingResponseDto> {
    return this.forwarding.describe(appid);
  }

  @Put()
  @Roles('admin')
  @ApiOkResponse({ type: ForwardingResponseDto })
  @ApiBadRequestResponse({ description: 'validation_failed (names the field)', type: ApiErrorResponseDto })
  @ApiConflictResponse({ description: 'app_archived, youshu_app_id_taken', type: ApiErrorResponseDto })
  update(
    @CurrentUser() actor: AuthUser,
    @Param() { appid }: AppidParamDto,
    @Body() body: UpdateForwardingDto,
  ): Promise<ForwardingResponseDto> {
    return this.forwarding.update(actor, appid, body);
  }

  @Post('retry')
  @HttpCode(200)
  @Roles('publisher')
  @ApiOkResponse({ type: RetryResponseDto, description: 'Puts every dead row of the app back to pending' })
  @ApiConflictResponse({ description: 'app_archived', type: ApiErrorResponseDto })
  async retry(@CurrentUser() actor: AuthUser, @Param() { appid }: AppidParamDto): Promise<RetryResponseDto> {
    return { retried: await this.forwarding.retryDead(actor, appid) };
  }
}
