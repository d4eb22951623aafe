import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { AppidParamDto } from '../apps/dto/appid-param.dto';
import type { AuthUser } from '../auth/auth-user';
import { CurrentUser } from '../auth/current-user.decorator';
import { Roles } from '../auth/roles.decorator';
import { ApiErrorResponseDto } from '../common/api-error-response.dto';
import { ReleaseResponseDto, ReleasesResponseDto } from './dto/release-response.dto';
import { RollbackReleaseDto } from './dto/rollback-release.dto';
import { SetReleaseDto } from './dto/set-release.dto';
import { ReleaseParamsDto } from './dto/release-params.dto';
import { ReleasesService } from './releases.service';

@ApiTags('releases')
@ApiBearerAuth()
@ApiNotFoundResponse({ description: '`app_not_found`', type: ApiErrorResponseDto })
@Controller('api/apps/:appid/releases')
export class ReleasesController {
  constructor(private readonly releases: ReleasesService) {}

  @Get()
  @ApiOkResponse({ type: ReleasesResponseDto, description: 'What each environment serves now' })
  list(@Param() { appid }: AppidParamDto): Promise<ReleasesResponseDto> {
    return this.releases.list(appid);
  }

  @Post(':env')
  @HttpCode(200)
  @Roles('publisher')
  @ApiOkResponse({ type: ReleaseResponseDto, description: 'The environment serves this from now on' })
  @ApiConflictResponse({ description: '`app_archived`', type: ApiErrorResponseDto })
  @ApiUnprocessableEntityResponse({
    description: '`version_not_found`, `rollout_same_version`',
    type: ApiErrorResponseDto,
  })
  set(
    @Param() { appid, env }: ReleaseParamsDto,
    @Body() body: SetReleaseDto,
    @CurrentUser() user: AuthUser,
  ): Promise<ReleaseResponseDto> {
    const rollout = body.rollout && { version: body.rollout.version, percent: body.rollout.percent };
    return this.releases.set(appid, env, { version: body.version, rollout }, user.username);
  }

  @Post(':env/rollback')
  @HttpCode(200)
  @Roles('publisher')
  @ApiOkResponse({ type: ReleaseResponseDto, description: 'The environment serves `toVersion` again, rollout ended' })
  @ApiConflictResponse({ description: '`not_released`, `app_archived`', type: ApiErrorResponseDto })
  @ApiUnprocessableEntityResponse({ description: '`version_not_found`', type: ApiErrorResponseDto })
  rollback(
    @Param() { appid, env }: ReleaseParamsDto,
    @Body() body: RollbackReleaseDto,
    @CurrentUser() user: AuthUser,
  ): Promise<ReleaseResponseDto> {
    return this.releases.rollback(appid, env, body.toVersion, body.reason, user.username);
  }
}
