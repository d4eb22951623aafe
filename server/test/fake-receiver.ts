import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for Youshu's servers (the one thing tests mock): records every JSON body it receives, answers
 * with `status` and `answer`, and can be taken down and brought back on the same port.
 */
export class FakeReceiver {
  readonly received: { path: string; query: URLSearchParams; body: any }[] = [];
  status = 200;
  answer: unknown = { retcode: 0, errmsg: 'ok' };
  private server?: Server;
  private port = 0;

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const server = createServer((req, res) => {
      void readBody(req).then((text) => {
        const url = new URL(req.url ?? '/', 'http://x');
        this.received.push({ path: url.pathname, query: url.searchParams, body: text ? JSON.parse(text) : null });
        res.writeHead(this.status, { 'content-type': 'application/json' }).end(JSON.stringify(this.answer));
      });
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  /** Down: connections to the port are refused until start() again. */
  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    server?.closeAllConnections();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  }
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
