import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { Logger } from '@nestjs/common';
import type { DeliveryHandler } from './delivery-handler';

/**
 * The node:http server under Fastify (FastifyAdapter's `serverFactory`): /v1/config requests are answered here,
 * everything else goes to Fastify and Nest unchanged. Nest routing and Fastify's hooks cost 30–40 % of the
 * throughput of this path, against a budget of ≥ 0.8 × bare node:http (docs/adr/005-config-delivery-front-door.md).
 * Handlers are attached once Nest has built what they read; until then every request goes to Fastify. The
 * collector's report endpoint sits here too (docs/adr/007-collector-event-store.md).
 */
export class DeliveryFrontDoor {
  private handlers: DeliveryHandler[] = [];
  private readonly log = new Logger(DeliveryFrontDoor.name);

  /** Handlers are asked in the order attached; the first that answers wins. */
  attach(handler: DeliveryHandler): void {
    this.handlers = [...this.handlers, handler];
  }

  readonly serverFactory = (fastify: (req: IncomingMessage, res: ServerResponse) => void): Server =>
    createServer((req, res) => {
      for (const handler of this.handlers) {
        try {
          if (handler(req, res)) return;
        } catch (err) {
          this.log.error({ msg: 'front door handler failed', url: req.url, error: (err as Error).message });
          if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
          res.end('{"statusCode":500,"code":"internal_error","message":"Internal error / 服务器内部错误"}');
          return;
        }
      }
      fastify(req, res);
    });
}
