// A Youshu-compatible receiver in the test process: accepts what sr-sdk-wxapp and the runtime's own reporter
// post (a JSON array of events, `?token=` in the URL) and answers `{code: 0}` like Youshu.
import { createServer, type IncomingMessage, type Server } from 'node:http';

export interface ReceivedEvent {
  type: string;
  props: Record<string, any>;
  from?: string;
  tracking_id?: string;
  log_id?: number;
  ext_uniq_id?: string;
  [key: string]: unknown;
}

export interface ReceivedBatch {
  path: string;
  token: string | null;
  contentType: string | undefined;
  events: ReceivedEvent[];
}

export interface FakeReceiver {
  /** http://127.0.0.1:<port> */
  origin: string;
  batches: ReceivedBatch[];
  /** Every event received so far, in arrival order. */
  events(): ReceivedEvent[];
  /** Resolves when `ready(events())` holds; rejects after `timeoutMs` with what arrived. */
  waitFor(ready: (events: ReceivedEvent[]) => boolean, timeoutMs?: number): Promise<ReceivedEvent[]>;
  clear(): void;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export async function startFakeReceiver(): Promise<FakeReceiver> {
  const batches: ReceivedBatch[] = [];
  const server: Server = createServer((req, res) => {
    void readBody(req).then((text) => {
      const url = new URL(req.url ?? '/', 'http://x');
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        body = undefined;
      }
      res.setHeader('Content-Type', 'application/json');
      if (!Array.isArray(body)) {
        res.end(JSON.stringify({ code: 40001, msg: 'body must be a JSON array of events' }));
        return;
      }
      batches.push({
        path: url.pathname,
        token: url.searchParams.get('token'),
        contentType: req.headers['content-type'],
        events: body as ReceivedEvent[],
      });
      res.end(JSON.stringify({ code: 0, msg: 'success' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const events = () => batches.flatMap((b) => b.events);
  return {
    origin: `http://127.0.0.1:${port}`,
    batches,
    events,
    async waitFor(ready, timeoutMs = 5000) {
      const until = Date.now() + timeoutMs;
      while (!ready(events())) {
        if (Date.now() > until) {
          throw new Error(
            `timed out; received: ${
              events()
                .map((e) => e.type)
                .join(', ') || 'nothing'
            }`,
          );
        }
        await new Promise((r) => setTimeout(r, 20));
      }
      return events();
    },
    clear() {
      batches.length = 0;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
