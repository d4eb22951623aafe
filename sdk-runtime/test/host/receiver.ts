import type { MiniProgramHost } from './mini-program-host';
import type { FakeRequest } from './fake-network';

export interface ReceivedEvent {
  type: string;
  props: Record<string, any>;
  from: string;
  tracking_id: string;
  log_id: number;
  ext_uniq_id: string;
}

/**
 * An in-process receiver that speaks the Youshu collector contract: a JSON array of events in, `{code: 0}` out.
 * `mode` makes it fail the way a real one can (unreachable, HTTP 500, a non-zero code).
 */
export class FakeReceiver {
  readonly events: ReceivedEvent[] = [];
  readonly batches: ReceivedEvent[][] = [];
  mode: 'up' | 'down' | 'error500' | 'badCode' = 'up';
  attempts = 0;

  constructor(
    host: MiniProgramHost,
    readonly url = 'https://tw.example.com/youshu/api/report',
  ) {
    host.network.route(url, (req: FakeRequest) => {
      this.attempts++;
      if (this.mode === 'down') return { fail: 'timeout' };
      if (this.mode === 'error500') return { statusCode: 500, data: 'oops' };
      if (this.mode === 'badCode') return { statusCode: 200, data: { code: 10001, msg: 'bad token' } };
      const body = typeof req.data === 'string' ? JSON.parse(req.data) : req.data;
      if (!Array.isArray(body)) return { statusCode: 200, data: { code: 10002, msg: 'body is not an array' } };
      this.batches.push(body as ReceivedEvent[]);
      this.events.push(...(body as ReceivedEvent[]));
      return { statusCode: 200, data: { code: 0, msg: 'ok' } };
    });
  }

  types(): string[] {
    return this.events.map((e) => e.type);
  }

  ofType(type: string): ReceivedEvent[] {
    return this.events.filter((e) => e.type === type);
  }
}
