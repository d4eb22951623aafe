import { applyDecorators, Body, Controller, HttpCode, Post, Query, UseFilters } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiQuery,
  ApiTags,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { INTERFACE_CATALOG, type YoushuInterfaceName } from '@trackway/language';
import { DataApiAuthService, type SignedQuery } from './data-api-auth.service';
import { DataApiExceptionFilter } from './data-api-exception.filter';
import { DataApiService, type DataApiAnswer } from './data-api.service';
import { DataApiAnswerDto, DataApiErrorDto } from './dto/data-api-answer.dto';

const SIGNED_QUERY = [
  { name: 'app_id', description: "The app's WeChat appid (Trackway secret) or the merchant's Youshu app_id" },
  { name: 'nonce', description: 'Random string, ≤ 64 characters, never reused' },
  { name: 'sign', description: 'Always sha256', enum: ['sha256'] },
  { name: 'timestamp', description: 'Unix time in SECONDS, within ±300 s of the server' },
  { name: 'signature', description: 'hex HMAC-SHA256(secret, "app_id=…&nonce=…&sign=sha256&timestamp=…")' },
];

/** OpenAPI for one interface: the signed query, the catalog's JSON Schema as the body, Youshu's envelope. */
function DataApiRoute(name: YoushuInterfaceName) {
  const entry = INTERFACE_CATALOG[name];
  return applyDecorators(
    Post(entry.path.replace(/^\/data-api\/v1\//, '')),
    HttpCode(200),
    ApiOperation({
      operationId: name,
      summary: `${entry.title.en} / ${entry.title.zh} (Youshu-compatible, signed)`,
      description: `${String(entry.schema.description ?? '')} Body schema: the catalog's ${name}.schema.json.`,
    }),
    ...SIGNED_QUERY.map((q) => ApiQuery({ required: true, type: String, ...q })),
    ApiBody({ schema: { type: 'object', required: [...entry.requiredProps.filter((p) => !p.includes('.'))] } }),
    ApiOkResponse({ type: DataApiAnswerDto, description: 'retcode 0 all stored, 1001 some items refused' }),
    ApiBadRequestResponse({ type: DataApiErrorDto, description: 'invalid_body, missing_signature_params' }),
    ApiUnauthorizedResponse({
      type: DataApiErrorDto,
      description: 'unknown_app_id, bad_signature, stale_timestamp, nonce_reused',
    }),
    ApiForbiddenResponse({ type: DataApiErrorDto, description: 'app_archived' }),
    ApiUnprocessableEntityResponse({
      type: DataApiErrorDto,
      description: 'all_refused (per-item reasons in data.results)',
    }),
  );
}

/**
 * Youshu-compatible data API: the merchant's server reports orders, daily sums and page visits here instead of
 * (or before) Youshu. Outside /api/, so no login: every call is signed like Youshu's (docs/data-api.md).
 */
@ApiTags('data-api')
@UseFilters(DataApiExceptionFilter)
@Controller('data-api/v1')
export class DataApiController {
  constructor(
    private readonly auth: DataApiAuthService,
    private readonly dataApi: DataApiService,
  ) {}

  @DataApiRoute('add_order')
  async addOrder(@Query() query: SignedQuery, @Body() body: unknown): Promise<DataApiAnswer> {
    return this.dataApi.addOrder(await this.auth.authenticate(query), body);
  }

  @DataApiRoute('add_order_sum')
  async addOrderSum(@Query() query: SignedQuery, @Body() body: unknown): Promise<DataApiAnswer> {
    return this.dataApi.addOrderSum(await this.auth.authenticate(query), body);
  }

  @DataApiRoute('add_wxapp_visit_page')
  async addVisitPage(@Query() query: SignedQuery, @Body() body: unknown): Promise<DataApiAnswer> {
    return this.dataApi.addVisitPage(await this.auth.authenticate(query), body);
  }
}
