import { Controller, Delete, Get, HttpCode, Param, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { AppsService } from '../apps/apps.service';
import { AppidParamDto } from '../apps/dto/appid-param.dto';
import { Roles } from '../auth/roles.decorator';
import { ApiErrorResponseDto } from '../common/api-error-response.dto';
import { InventoryResponseDto, toInventoryItem } from './dto/inventory-item-response.dto';
import { InventoryQueryDto } from './dto/inventory-query.dto';
import { InventoryService } from './inventory.service';

@ApiTags('inventory')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ApiErrorResponseDto })
@ApiNotFoundResponse({ description: 'app_not_found', type: ApiErrorResponseDto })
@Controller('api/apps/:appid/inventory')
export class InventoryController {
  constructor(
    private readonly inventory: InventoryService,
    private readonly apps: AppsService,
  ) {}

  @Get()
  @ApiOkResponse({
    type: InventoryResponseDto,
    description:
      'What devices saw in debug sessions (trackway_debug), merged over sessions: routes, methods, data paths…',
  })
  @ApiBadRequestResponse({ description: 'validation_failed (kind, route)', type: ApiErrorResponseDto })
  async list(@Param() { appid }: AppidParamDto, @Query() q: InventoryQueryDto): Promise<InventoryResponseDto> {
    const app = await this.apps.get(appid);
    return { items: (await this.inventory.list(app.id, q)).map(toInventoryItem) };
  }

  @Delete()
  @Roles('editor')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'The inventory is empty; the next debug session fills it again' })
  async clear(@Param() { appid }: AppidParamDto): Promise<void> {
    const app = await this.apps.get(appid);
    await this.inventory.clear(app.id);
  }
}
