import type { Adapter } from './adapter';
import type { Emitter } from './emitter';
import { KEY_QUEUE } from './event-names';
import { uuid } from './ids';
import { isArr, isObj, parseJson } from './language-api';

/** One event as sr-sdk-wxapp uploads it (youshu-spec.md §1.2), so Youshu's receiver and ours both accept it. */
export interface WireEvent {
  type: string;
  props: Record<string, unknown>;
  from: 'trackway';
  tracking_id: string;
  log_id: number;
  ext_uniq_id: string;
}

/** Read from the active config's settings, so a new config's values apply at once. */
export interface ReporterSettings {
  flushSize: number;
  flushIntervalMs: number;
  queueCap: number;
  maxRetries: number;
}

// Events per POST; the receiver's body stays well under 1 MB with Youshu-sized events (~0.7 KB each).
const BATCH = 50;
// First retry delay; doubles per failed attempt (1 s, 2 s, 4 s).
const BACKOFF_MS = 1000;

export interface Reporter {
  enqueue_(type: string, props: Record<string, unknown>): void;
  /** Writes the queue to storage and sends what is queued now (app hide, tw.flush()). */
  flush_(): void;
  /** Starts sending again after retries ran out (next App.onShow). */
  resume_(): void;
}

/**
 * Posts the Youshu wire format in batches. Every event stays in storage until the receiver answers {code: 0};
 * failed batches are retried with backoff up to maxRetries, then wait for the next show or launch. The queue is
 * capped (oldest dropped) and deduplicated by ext_uniq_id.
 */
export function createReporter(a: Adapter, url: string, settings: () => ReporterSettings, em: Emitter): Reporter {
  const queue: WireEvent[] = [];
  const seen: Record<string, 1> = {};
  // ext_uniq_id is this run's tracking id plus the event's log id: unique across runs and events alike, and a
  // counter instead of a uuid per event (31 Math.random calls; 0.6-1.5 µs of an event's 5 µs)
  const trackingId = a.now_() + '-' + uuid();
  let logId = 0;
  let sending = false;
  let failures = 0;
  let paused = false;
  let cancelSend: (() => void) | undefined;
  let cancelSave: (() => void) | undefined;

  const add = (e: WireEvent) => {
    if (!isObj(e) || typeof e.ext_uniq_id !== 'string' || seen[e.ext_uniq_id]) return;
    seen[e.ext_uniq_id] = 1;
    queue.push(e);
    const cap = settings().queueCap;
    while (queue.length > cap) delete seen[(queue.shift() as WireEvent).ext_uniq_id];
  };
  const stored = a.get_(KEY_QUEUE);
  if (isArr(stored)) stored.forEach(add);

  // A write serializes the whole queue (about 1 µs per event), so it is deferred to a 0 ms timer and happens once
  // per burst of events and acknowledgements, plus at once on app hide. What this can lose: events enqueued in the
  // same tick as a kill of the mini-program's JS thread (a crash of the host code itself; WeChat runs onHide before
  // suspending or closing). A batch posted in that tick is lost the same way unless the receiver got it.
  // Acceptable: sr-sdk-wxapp 2.1.1 keeps its queue in memory only and loses every unsent event then.
  const save = () => {
    if (cancelSave) cancelSave();
    cancelSave = undefined;
    let keep = queue;
    // an empty queue is stored as '' (what wx returns for a missing key)
    while (!a.set_(KEY_QUEUE, keep.length ? keep : '') && keep.length) keep = keep.slice(Math.ceil(keep.length / 2));
    if (keep !== queue) em.emit_('error', () => ({ where: 'storage', error: 'queue trimmed to ' + keep.length }));
  };
  const saveSoon = () => {
    if (!cancelSave) cancelSave = a.timer_(save, 0);
  };
  const later = (ms: number) => {
    if (!cancelSend) cancelSend = a.timer_(() => ((cancelSend = undefined), send()), ms);
  };
  // sends now when flushSize events wait, else within flushIntervalMs
  const due = () => (queue.length >= settings().flushSize ? send() : queue.length && later(settings().flushIntervalMs));

  function send(): void {
    if (sending || paused || !queue.length) return;
    if (cancelSend) cancelSend();
    cancelSend = undefined;
    sending = true;
    const batch = queue.slice(0, BATCH);
    const done = (ok: boolean) => {
      sending = false;
      if (ok) {
        failures = 0;
        const ids: Record<string, 1> = {};
        for (const e of batch) ids[e.ext_uniq_id] = 1;
        for (let i = queue.length - 1; i >= 0; i--)
          if (ids[queue[i].ext_uniq_id]) delete seen[queue.splice(i, 1)[0].ext_uniq_id];
        // an acknowledged event left in storage by a kill before this write is re-sent once and deduplicated
        saveSoon();
        em.emit_('sent', () => ({ count: batch.length }));
        due();
      } else if (++failures > settings().maxRetries) paused = true;
      else later(BACKOFF_MS * Math.pow(2, failures - 1));
    };
    // no header: wx.request sends content-type application/json by default
    a.req_(url, 'POST', batch, {}).then(
      (res) => {
        const body = parseJson(res.data);
        done(res.statusCode === 200 && isObj(body) && body.code === 0);
      },
      () => done(false),
    );
  }

  return {
    enqueue_(type, props) {
      add({
        type,
        props,
        from: 'trackway',
        tracking_id: trackingId,
        log_id: ++logId,
        ext_uniq_id: trackingId + '-' + logId,
      });
      saveSoon();
      due();
    },
    flush_() {
      save();
      send();
    },
    resume_() {
      paused = false;
      failures = 0;
      send();
    },
  };
}
