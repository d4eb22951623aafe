import { Controller, Get, Param, Query, Req, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppsService } from '../../apps/apps.service';
import { AppidParamDto } from '../../apps/dto/appid-param.dto';
import { UnauthenticatedError } from '../../auth/auth-errors';
import { Public } from '../../auth/public.decorator';
import { TokenService } from '../../auth/token.service';
import { ApiErrorResponseDto } from '../../common/api-error-response.dto';
import { UsersService } from '../../users/users.service';
import { LiveQueryDto } from '../dto/recent-events-query.dto';
import { LiveHub } from './live-hub';

// Proxies and browsers drop a silent stream after 30–60 s; a comment line every 15 s keeps it open.
const HEARTBEAT_MS = 15_000;

@ApiTags('collector')
@ApiBearerAuth()
@Controller('api/apps/:appid/live')
export class LiveController {
  constructor(
    private readonly hub: LiveHub,
    private readonly apps: AppsService,
    private readonly tokens: TokenService,
    private readonly users: UsersService,
  ) {}

  /**
   * Public for the global guard only: EventSource cannot set an Authorization header, so this route checks the
   * token itself, from the header or `?access_token=` (docs/adr/007-collector-event-store.md).
   */
  @Get()
  @Public()
  @ApiProduces('text/event-stream')
  @ApiOkResponse({
    description:
      'Server-Sent Events: one `event: events` message per stored batch, `data` = a JSON array of ' +
      'CollectedEventResponseDto (as GET /api/apps/{appid}/events returns them), filtered by session and event. ' +
      'Upload → message in well under 1 s, whichever instance received the upload.',
  })
  @ApiUnauthorizedResponse({ type: ApiErrorResponseDto })
  @ApiNotFoundResponse({ description: 'app_not_found', type: ApiErrorResponseDto })
  async live(
    @Param() { appid }: AppidParamDto,
    @Query() query: LiveQueryDto,
    @Req() req: FastifyRequest,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const header = req.headers.authorization;
    const bearer = typeof header === 'string' ? /^Bearer\s+(\S+)$/i.exec(header)?.[1] : undefined;
    const userId = this.tokens.verify(bearer ?? query.access_token ?? '');
    if (!userId || !(await this.users.findActive(userId))) {
      throw new UnauthenticatedError('Missing or invalid token (Authorization: Bearer <token> or ?access_token=)');
    }
    const app = await this.apps.get(appid);

    reply.hijack();
    const raw = reply.raw;
    raw.writeHead(200, {
      ...(reply.getHeaders() as Record<string, string>),
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    raw.write('retry: 2000\n: connected\n\n');
    const unwatch = this.hub.watch(app.id, {
      session: query.session,
      event: query.event,
      send: (events) => raw.write(`event: events\ndata: ${JSON.stringify(events)}\n\n`),
    });
    const heartbeat = setInterval(() => raw.write(': ping\n\n'), HEARTBEAT_MS);
    req.raw.once('close', () => {
      clearInterval(heartbeat);
      unwatch();
    });
  }
}
