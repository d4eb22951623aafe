import { Body, Controller, Get, Param, Put } from '@nestjs/common';
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
import { DraftResponseDto, toDraftResponse } from './dto/draft-response.dto';
import { SaveDraftDto } from './dto/save-draft.dto';
import { DraftsService } from './drafts.service';

@ApiTags('drafts')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ApiErrorResponseDto })
@ApiNotFoundResponse({ description: 'app_not_found', type: ApiErrorResponseDto })
@Controller('api/apps/:appid/draft')
export class DraftsController {
  constructor(private readonly drafts: DraftsService) {}

  @Get()
  @ApiOkResponse({ type: DraftResponseDto })
  async get(@Param() { appid }: AppidParamDto): Promise<DraftResponseDto> {
    const { draft, result } = await this.drafts.get(appid);
    return toDraftResponse(draft, result);
  }

  @Put()
  @Roles('editor')
  @ApiOkResponse({ type: DraftResponseDto, description: 'Saved, valid or not; `errors` lists the problems' })
  @ApiBadRequestResponse({
    description: 'validation_failed: config is not an object, revision missing',
    type: ApiErrorResponseDto,
  })
  @ApiConflictResponse({
    description: 'stale_revision (with currentRevision): someone saved meanwhile; or app_archived',
    type: ApiErrorResponseDto,
  })
  async save(
    @CurrentUser() actor: AuthUser,
    @Param() { appid }: AppidParamDto,
    @Body() body: SaveDraftDto,
  ): Promise<DraftResponseDto> {
    const { draft, result } = await this.drafts.save(actor, appid, body.config, body.revision);
    return toDraftResponse(draft, result);
  }
}
