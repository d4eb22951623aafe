/**
 * Thrown by a sender when a delivery failed. `retryable: false` (the receiver refused the item itself: a 4xx,
 * a Youshu retcode that says the data is wrong) sends the row straight to dead; anything else is retried.
 */
export class ForwardError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
    this.name = 'ForwardError';
  }
}
