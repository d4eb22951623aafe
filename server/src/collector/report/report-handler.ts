import type { IncomingMessage, ServerResponse } from 'node:http';
import { Logger } from '@nestjs/common';
import type { DeliveryHandler } from '../../delivery/delivery-handler';
import type { EventSink } from '../store/event-sink';
import { checkEnvelopes } from './check-envelopes';
import { collectEvent } from './collect-event';
import type { CollectorApps } from './collector-apps';
import { readReportBody } from './read-report-body';
import { ReportRejection, rejections } from './report-rejection';
import type { TokenBuckets } from './token-bucket';

/** sr-sdk-wxapp's path on Youshu's own hosts, and the short alias design §3 names. */
export const REPORT_PATHS = ['/youshu/api/report', '/api/report'];
// 1 MiB (issue 11): 500 events of a typical 1.5 KB each fit with room to spare.
export const MAX_REPORT_BYTES = 1024 * 1024;

const HEADERS = {
  'content-type': 'application/json; charset=utf-8',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
};
const OK = JSON.stringify({ code: 0, msg: 'ok' });

function send(res: ServerResponse, status: number, body: string, extra: Record<string, string> = {}): void {
  if (res.headersSent) return;
  res.writeHead(status, { ...HEADERS, ...extra, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

function reject(req: IncomingMessage, res: ServerResponse, r: ReportRejection): void {
  send(res, r.status, r.body(), r.headers);
  // what is left of a refused body is not read; the connection closes instead (413) or drains (the rest)
  if (r.headers.connection === 'close') res.once('finish', () => req.destroy());
  else req.resume();
}

/** The body, up to `max` bytes; undefined when it is larger (the rest is left unread). */
function readBody(req: IncomingMessage, max: number): Promise<Buffer | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (c: Buffer) => {
      size += c.length;
      if (size > max) {
        req.off('data', onData);
        req.pause();
        resolve(undefined);
        return;
      }
      chunks.push(c);
    };
    req.on('data', onData);
    req.once('end', () => resolve(Buffer.concat(chunks, size)));
    req.once('error', reject);
  });
}

export interface ReportHandlerDeps {
  apps: CollectorApps;
  sink: EventSink;
  buckets: TokenBuckets;
}

/**
 * POST /youshu/api/report?token=… (and /api/report), answered in front of Fastify beside config delivery
 * (docs/adr/005, docs/adr/007): read (≤ 1 MiB), decrypt, check the envelopes, validate each event against the
 * catalog, hand the batch to the EventSink and answer `{code: 0}` only once it is durable. Anything refused is
 * refused whole, with a 4xx and a non-zero code, and nothing of it is stored.
 */
export function createReportHandler({ apps, sink, buckets }: ReportHandlerDeps): DeliveryHandler {
  const log = new Logger('CollectorReport');

  async function handle(req: IncomingMessage, res: ServerResponse, search: string): Promise<void> {
    if (req.method !== 'POST') return reject(req, res, rejections.methodNotAllowed());
    if (!apps.loaded) return reject(req, res, rejections.unavailable('The collector is starting'));
    const token = new URLSearchParams(search).get('token') ?? '';
    const app = apps.find(token);
    if (!app) return reject(req, res, rejections.badToken());
    const wait = buckets.retryAfter(token);
    if (wait) return reject(req, res, rejections.rateLimited(wait));
    if (Number(req.headers['content-length']) > MAX_REPORT_BYTES)
      return reject(req, res, rejections.tooLarge(MAX_REPORT_BYTES));
    const body = await readBody(req, MAX_REPORT_BYTES);
    if (!body) return reject(req, res, rejections.tooLarge(MAX_REPORT_BYTES));

    const key = req.headers['content-encrypting-key'];
    const envelopes = checkEnvelopes(
      readReportBody(body, req.headers['content-type'], Array.isArray(key) ? key[0] : key),
    );
    const events = envelopes.map(collectEvent);
    buckets.take(token, events.length);
    try {
      await sink.accept({ app, events });
    } catch (err) {
      log.error({ msg: 'upload not stored', appid: app.appid, events: events.length, error: (err as Error).message });
      return reject(req, res, rejections.unavailable('The events could not be stored'));
    }
    send(res, 200, OK);
  }

  return (req, res) => {
    const url = req.url ?? '';
    const q = url.indexOf('?');
    const path = q < 0 ? url : url.slice(0, q);
    if (!REPORT_PATHS.includes(path)) return false;
    handle(req, res, q < 0 ? '' : url.slice(q + 1)).catch((err: unknown) => {
      if (err instanceof ReportRejection) return reject(req, res, err);
      log.error({ msg: 'collector report failed', error: (err as Error).message });
      reject(req, res, rejections.unavailable('Internal error'));
    });
    return true;
  };
}
