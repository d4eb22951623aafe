import { Controller, Get, NotFoundException, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../auth/public.decorator';
import { isReservedPath } from './reserved-prefixes';
import { WebUiIndex } from './web-ui-index';

/**
 * SPA fallback: a deep link such as /apps/wx…/releases/versions/3 gets index.html and the browser's router
 * takes over. Files of the build are served by @fastify/static (registerWebUi); Fastify matches those exact
 * routes and every API route before this catch-all, which still answers 404 under the reserved prefixes so
 * an unknown API path keeps its JSON error.
 */
@ApiExcludeController()
@Controller()
export class WebUiController {
  constructor(private readonly index: WebUiIndex) {}

  @Public()
  @Get('*')
  serve(@Req() req: FastifyRequest, @Res() reply: FastifyReply): void {
    if (isReservedPath(req.url)) throw new NotFoundException(`Cannot GET ${req.url.split('?')[0]}`);
    void reply
      .header('content-type', 'text/html; charset=utf-8')
      // index.html names the hashed bundles: always revalidate it, so a new build is picked up at once.
      .header('cache-control', 'no-cache')
      .send(this.index.html);
  }
}
