import type { CollectorApp } from '../report/collector-apps';
import type { CollectedEvent } from '../report/collect-event';

/** The events of one accepted upload. */
export interface AcceptedBatch {
  app: CollectorApp;
  events: CollectedEvent[];
}

/**
 * The one seam between acceptance (read, decrypt, validate, answer) and everything after it (design §7): the
 * report handler answers `{code: 0}` only once `accept` resolved, so whatever implements it must have made the
 * batch durable by then. Today PostgresEventSink writes collector_events directly; a durable log (NATS JetStream,
 * Kafka) can take its place, with the table filled from the log behind it (docs/adr/007-collector-event-store.md).
 */
export interface EventSink {
  accept(batch: AcceptedBatch): Promise<void>;
}

export const EVENT_SINK = Symbol('EVENT_SINK');
