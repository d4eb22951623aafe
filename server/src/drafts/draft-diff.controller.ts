import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { ApiErrorResponseDto } from '../common/api-error-response.dto';
import { diffConfigs } from '../versions/config-diff';
import { toVersionResponse } from '../versions/dto/version-response.dto';
import { VersionParamsDto } from '../versions/dto/version-params.dto';
import { VersionsService } from '../versions/versions.service';
import { DraftDiffResponseDto } from './dto/draft-diff-response.dto';
import { DraftsService } from './drafts.service';

/** The publish dialog's change list: the same PM-readable diff as between two versions, version → draft. */
@ApiTags('drafts')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ApiErrorResponseDto })
@ApiNotFoundResponse({ description: 'app_not_found, version_not_found', type: ApiErrorResponseDto })
@Controller('api/apps/:appid/draft/diff')
export class DraftDiffController {
  constructor(
    private readonly drafts: DraftsService,
    private readonly versions: VersionsService,
  ) {}

  @Get(':n')
  @ApiOkResponse({ type: DraftDiffResponseDto, description: 'What changed from version n to the current draft' })
  async diff(@Param() { appid, n }: VersionParamsDto): Promise<DraftDiffResponseDto> {
    const from = await this.versions.get(appid, n);
    const { draft } = await this.drafts.get(appid);
    return {
      from: toVersionResponse(from),
      revision: draft.revision,
      changes: diffConfigs(from.content, draft.config),
    };
  }
}
