import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/roles.decorator';
import { ApiErrorResponseDto } from '../common/api-error-response.dto';
import { AppsService } from './apps.service';
import { AppCreatedResponseDto, AppResponseDto, DataApiSecretResponseDto, toAppResponse } from './dto/app-response.dto';
import { AppidParamDto } from './dto/appid-param.dto';
import { CreateAppDto } from './dto/create-app.dto';
import { ListAppsQueryDto } from './dto/list-apps-query.dto';
import { UpdateAppDto } from './dto/update-app.dto';

@ApiTags('apps')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ApiErrorResponseDto })
@ApiBadRequestResponse({ description: 'validation_failed (the message names the field)', type: ApiErrorResponseDto })
@Controller('api/apps')
export class AppsController {
  constructor(private readonly apps: AppsService) {}

  @Post()
  @Roles('admin')
  @ApiCreatedResponse({ type: AppCreatedResponseDto, description: 'dataApiSecret is shown only in this response' })
  @ApiConflictResponse({ description: 'app_exists', type: ApiErrorResponseDto })
  async create(@CurrentUser() actor: AuthUser, @Body() body: CreateAppDto): Promise<AppCreatedResponseDto> {
    const { app, dataApiSecret } = await this.apps.create(actor, body);
    return { ...toAppResponse(app), dataApiSecret };
  }

  @Get()
  @ApiOkResponse({ type: [AppResponseDto] })
  async list(@Query() query: ListAppsQueryDto): Promise<AppResponseDto[]> {
    return (await this.apps.list(query.includeArchived)).map(toAppResponse);
  }

  @Get(':appid')
  @ApiOkResponse({ type: AppResponseDto })
  @ApiNotFoundResponse({ description: 'app_not_found', type: ApiErrorResponseDto })
  async get(@Param() { appid }: AppidParamDto): Promise<AppResponseDto> {
    return toAppResponse(await this.apps.get(appid));
  }

  @Patch(':appid')
  @Roles('admin')
  @ApiOkResponse({ type: AppResponseDto })
  @ApiNotFoundResponse({ description: 'app_not_found', type: ApiErrorResponseDto })
  @ApiConflictResponse({ description: 'app_archived', type: ApiErrorResponseDto })
  async update(
    @CurrentUser() actor: AuthUser,
    @Param() { appid }: AppidParamDto,
    @Body() body: UpdateAppDto,
  ): Promise<AppResponseDto> {
    return toAppResponse(await this.apps.update(actor, appid, body));
  }

  @Post(':appid/archive')
  @HttpCode(200)
  @Roles('admin')
  @ApiOkResponse({ type: AppResponseDto })
  @ApiNotFoundResponse({ description: 'app_not_found', type: ApiErrorResponseDto })
  async archive(@CurrentUser() actor: AuthUser, @Param() { appid }: AppidParamDto): Promise<AppResponseDto> {
    return toAppResponse(await this.apps.setArchived(actor, appid, true));
  }

  @Post(':appid/unarchive')
  @HttpCode(200)
  @Roles('admin')
  @ApiOkResponse({ type: AppResponseDto })
  @ApiNotFoundResponse({ description: 'app_not_found', type: ApiErrorResponseDto })
  async unarchive(@CurrentUser() actor: AuthUser, @Param() { appid }: AppidParamDto): Promise<AppResponseDto> {
    return toAppResponse(await this.apps.setArchived(actor, appid, false));
  }

  @Post(':appid/data-api-secret')
  @HttpCode(200)
  @Roles('admin')
  @ApiOkResponse({ type: DataApiSecretResponseDto, description: 'The new secret; the old one stops working' })
  @ApiNotFoundResponse({ description: 'app_not_found', type: ApiErrorResponseDto })
  @ApiConflictResponse({ description: 'app_archived', type: ApiErrorResponseDto })
  async rotateSecret(
    @CurrentUser() actor: AuthUser,
    @Param() { appid }: AppidParamDto,
  ): Promise<DataApiSecretResponseDto> {
    return { dataApiSecret: await this.apps.rotateDataApiSecret(actor, appid) };
  }
}
