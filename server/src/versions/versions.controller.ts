import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { AppidParamDto } from '../apps/dto/appid-param.dto';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/roles.decorator';
import { ApiErrorResponseDto } from '../common/api-error-response.dto';
import { ListVersionsQueryDto } from './dto/list-versions-query.dto';
import { PublishVersionDto } from './dto/publish-version.dto';
import { toVersionDiffResponse, VersionDiffResponseDto } from './dto/version-diff-response.dto';
import { DiffParamsDto, VersionParamsDto } from './dto/version-params.dto';
import {
  PublishedVersionDto,
  toVersionResponse,
  toVersionSummary,
  VersionPageResponseDto,
  VersionResponseDto,
} from './dto/version-response.dto';
import { VersionsService } from './versions.service';

@ApiTags('versions')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ApiErrorResponseDto })
@ApiBadRequestResponse({ description: 'validation_failed (the message names the field)', type: ApiErrorResponseDto })
@ApiNotFoundResponse({ description: 'app_not_found, version_not_found', type: ApiErrorResponseDto })
@Controller('api/apps/:appid/versions')
export class VersionsController {
  constructor(private readonly versions: VersionsService) {}

  @Post()
  @Roles('publisher')
  @ApiCreatedResponse({
    type: PublishedVersionDto,
    description: 'The draft, published as the next version, with the publish check warnings',
  })
  @ApiUnprocessableEntityResponse({
    description: 'invalid_config (with errors) or config_too_large',
    type: ApiErrorResponseDto,
  })
  @ApiConflictResponse({ description: 'app_archived', type: ApiErrorResponseDto })
  async publish(
    @CurrentUser() actor: AuthUser,
    @Param() { appid }: AppidParamDto,
    @Body() body: PublishVersionDto,
  ): Promise<PublishedVersionDto> {
    const { version, warnings } = await this.versions.publish(actor, appid, body.message ?? '');
    return { ...toVersionSummary(version), warnings };
  }

  @Get()
  @ApiOkResponse({ type: VersionPageResponseDto, description: 'Newest first, without the documents' })
  async list(@Param() { appid }: AppidParamDto, @Query() query: ListVersionsQueryDto): Promise<VersionPageResponseDto> {
    const page = await this.versions.list(appid, query.limit ?? 50, query.before);
    return { items: page.items.map(toVersionSummary), nextBefore: page.nextBefore };
  }

  @Get(':n')
  @ApiOkResponse({ type: VersionResponseDto })
  async get(@Param() { appid, n }: VersionParamsDto): Promise<VersionResponseDto> {
    return toVersionResponse(await this.versions.get(appid, n));
  }

  @Get(':a/diff/:b')
  @ApiOkResponse({
    type: VersionDiffResponseDto,
    description: 'What changed from version a to version b, and both documents',
  })
  async diff(@Param() { appid, a, b }: DiffParamsDto): Promise<VersionDiffResponseDto> {
    const { from, to, diff } = await this.versions.diff(appid, a, b);
    return toVersionDiffResponse(from, to, diff);
  }
}
