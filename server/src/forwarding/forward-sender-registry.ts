import { Injectable } from '@nestjs/common';
import type { OutboxKind } from './outbox-kind';

/** What a sender gets: one claimed outbox row. `attempts` counts this attempt. */
export interface OutboxRow {
  id: string;
  appId: string;
  kind: OutboxKind;
  payload: unknown;
  attempts: number;
}

/** Delivers one row; resolves when the receiver accepted it, throws (ideally a ForwardError) otherwise. */
export type ForwardSender = (row: OutboxRow) => Promise<void>;

/**
 * The sender of each outbox kind, registered by the module that owns the kind (data-api: youshu-data-api,
 * collector: youshu-report). The worker claims only rows whose kind has a sender, so rows of a kind whose
 * module is not loaded wait instead of failing.
 */
@Injectable()
export class ForwardSenderRegistry {
  private readonly senders = new Map<OutboxKind, ForwardSender>();

  /** Sets the sender of `kind`; returns a function that puts the previous one back (tests swap senders). */
  register(kind: OutboxKind, sender: ForwardSender): () => void {
    const previous = this.senders.get(kind);
    this.senders.set(kind, sender);
    return () => {
      if (previous) this.senders.set(kind, previous);
      else this.senders.delete(kind);
    };
  }

  get(kind: OutboxKind): ForwardSender | undefined {
    return this.senders.get(kind);
  }

  kinds(): OutboxKind[] {
    return [...this.senders.keys()];
  }
}
