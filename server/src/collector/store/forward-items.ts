import type { OutboxItem } from '../../forwarding/outbox.service';
import type { CollectedEvent } from '../report/collect-event';
import type { AcceptedBatch } from './event-sink';

// sr-sdk-wxapp keeps at most 100 events in its queue and sends them in one upload: Youshu takes that size.
export const FORWARD_CHUNK = 100;

/** The envelope as Youshu expects it: the upload as received, minus Trackway's own debug tag. */
function youshuEnvelope(e: CollectedEvent): Record<string, unknown> {
  const { trackway: _tag, ...props } = e.props;
  return {
    type: e.type,
    props,
    ...(e.source !== null && { from: e.source }),
    ...(e.trackingId !== null && { tracking_id: e.trackingId }),
    ...(e.logId !== null && { log_id: e.logId }),
    ...(e.extUniqId !== null && { ext_uniq_id: e.extUniqId }),
  };
}

/**
 * Outbox items (kind youshu-report, payload: an array of envelopes, ≤ FORWARD_CHUNK) for the stored events of
 * `batches`: an event whose ext_uniq_id was a duplicate was not stored, and is not forwarded again either.
 */
export function forwardItems(batches: AcceptedBatch[], storedExt: Map<string, Set<string>>): OutboxItem[] {
  const byApp = new Map<string, Record<string, unknown>[]>();
  for (const { app, events } of batches) {
    const list = byApp.get(app.id) ?? [];
    byApp.set(app.id, list);
    const ext = storedExt.get(app.id);
    for (const e of events) if (e.extUniqId === null || ext?.has(e.extUniqId)) list.push(youshuEnvelope(e));
  }
  const items: OutboxItem[] = [];
  for (const [appId, list] of byApp)
    for (let i = 0; i < list.length; i += FORWARD_CHUNK)
      items.push({ appId, kind: 'youshu-report', payload: list.slice(i, i + FORWARD_CHUNK) });
  return items;
}
