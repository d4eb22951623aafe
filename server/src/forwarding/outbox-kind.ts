/** What a row of the forwarding outbox carries, and so which sender delivers it. */
export const OUTBOX_KINDS = ['youshu-report', 'youshu-data-api'] as const;
export type OutboxKind = (typeof OUTBOX_KINDS)[number];

export const OUTBOX_STATES = ['pending', 'delivered', 'dead'] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];
