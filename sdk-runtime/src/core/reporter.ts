import type { Adapter } from './adapter';
import type { Emitter } from './emitter';
import { KEYS, TW_EVENTS } from './event-names';
import { uuid } from './ids';
import { isObj } from './is-obj';

/** One event as sr-sdk-wxapp uploads it (youshu-spec.md §1.2), so Youshu's receiver and ours both accept it. */
export interface WireEvent {
  type: string;
  props: Record<string, unknown>;
  from: 'trackway';
  tracking_id: string;
  log_id: number;
  ext_uniq_id: string;
}

export interface ReporterSettings {
  flushSize: number;
  flushIntervalMs: number;
  queueCap: number;
  maxRetries: number;
}

/** PostHog core's defaults are 20 / 10 s / 1000 / 3; flush size and interval follow Youshu's SDK (>9, 1 s). */
export const REPORTER_DEFAULTS: ReporterSettings = { flushSize: 10, flushIntervalMs: 1000, queueCap: 1000, maxRetries: 3 };

// Events per POST; the receiver's body stays well under 1 MB with Youshu-sized events (~0.7 KB each).
const BATCH = 50;
// First retry delay; doubles per failed attempt (1 s, 2 s, 4 s).
const BACKOFF_MS = 1000;

export interface Reporter {
  enqueue(type: string, props: Record<string, unknown>): void;
  /** Sends what is queued now (app hide) and writes the queue to storage. */
  flush(): void;
  /** Starts sending again after retries ran out (next App.onShow). */
  resume(): void;
  /** Events waiting for an acknowledgement. */
  pending(): number;
}

/**
 * Posts the Youshu wire format in batches. Every event stays in storage until the receiver answers {code: 0};
 * failed batches are retried with backoff up to maxRetries, then wait for the next show or launch. The queue is
 * capped (oldest dropped) and deduplicated by ext_uniq_id.
 */
export function createReporter(a: Adapter, url: string, settings: () => ReporterSettings, em: Emitter): Reporter {
  const stored = a.getItem(KEYS.queue);
  const queue: WireEvent[] = [];
  const seen: Record<string, 1> = {};
  const trackingId = a.now() + '-' + uuid();
  let logId = 0;
  let sending = false;
  let failures = 0;
  let paused = false;
  let cancelFlush: (() => void) | undefined;
  let cancelSave: (() => void) | undefined;

  const add = (e: WireEvent) => {
    if (!isObj(e) || typeof e.ext_uniq_id !== 'string' || seen[e.ext_uniq_id]) return;
    seen[e.ext_uniq_id] = 1;
    queue.push(e);
    const cap = settings().queueCap;
    while (queue.length > cap) delete seen[(queue.shift() as WireEvent).ext_uniq_id];
  };
  if (Array.isArray(stored)) stored.forEach(add);

  // One storage write per burst: a write serializes the whole queue, so it is coalesced to the next tick.
  const save = () => {
    if (cancelSave) cancelSave();
    cancelSave = undefined;
    let keep = queue;
    while (keep.length && !a.setItem(KEYS.queue, keep)) keep = keep.slice(Math.ceil(keep.length / 2));
    if (keep !== queue) em.emit(TW_EVENTS.error, { where: 'storage', error: 'queue trimmed to ' + keep.length });
    if (!queue.length) a.removeItem(KEYS.queue);
  };
  const later = (ms: number) => {
    if (!cancelFlush) cancelFlush = a.timer(() => ((cancelFlush = undefined), send()), ms);
  };

  function send(): void {
    if (sending || paused || !queue.length) return;
    if (cancelFlush) cancelFlush();
    cancelFlush = undefined;
    save();
    sending = true;
    const batch = queue.slice(0, BATCH);
    const done = (ok: boolean) => {
      sending = false;
      if (ok) {
        failures = 0;
        const ids: Record<string, 1> = {};
        for (const e of batch) ids[e.ext_uniq_id] = 1;
        for (let i = queue.length - 1; i >= 0; i--) if (ids[queue[i].ext_uniq_id]) delete seen[queue.splice(i, 1)[0].ext_uniq_id];
        save();
        em.emit(TW_EVENTS.sent, { count: batch.length });
        if (queue.length >= settings().flushSize) send();
        else if (queue.length) later(settings().flushIntervalMs);
      } else if (++failures > settings().maxRetries) {
        paused = true;
      } else {
        later(BACKOFF_MS * Math.pow(2, failures - 1));
      }
    };
    a.request({ url, method: 'POST', data: batch, header: { 'content-type': 'application/json' } }).then(
      (res) => {
        let body = res.data;
        try {
          if (typeof body === 'string') body = JSON.parse(body);
          // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES2017 has no optional catch binding
        } catch (_) {
          body = undefined;
        }
        done(res.statusCode === 200 && isObj(body) && body.code === 0);
      },
      () => done(false),
    );
  }

  return {
    enqueue(type, props) {
      add({ type, props, from: 'trackway', tracking_id: trackingId, log_id: ++logId, ext_uniq_id: uuid() });
      if (!cancelSave) cancelSave = a.timer(save, 0);
      if (queue.length >= settings().flushSize) send();
      else later(settings().flushIntervalMs);
    },
    flush() {
      save();
      send();
    },
    resume() {
      paused = false;
      failures = 0;
      send();
    },
    pending: () => queue.length,
  };
}
