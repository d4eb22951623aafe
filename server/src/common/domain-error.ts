/**
 * A failure the caller can act on. `code` is stable (clients and tests branch on it); `kind` picks the HTTP
 * status in ApiExceptionFilter, the one place where domain errors become HTTP.
 */
export type DomainErrorKind =
  | 'invalid'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'unprocessable'
  | 'too_large'
  | 'rate_limited';

export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    readonly code: string,
    message: string,
    /** Extra fields merged into the response body (e.g. `currentRevision`, `errors`). */
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = new.target.name;
  }
}
