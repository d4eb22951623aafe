import type { Violation } from '@trackway/language';
import { DATA_API_RETCODES, type DataApiCode } from './data-api-retcode';

/** A refused data API call, answered as `{retcode, errmsg, data: {code, …extra}}` with an HTTP 4xx. */
export class DataApiError extends Error {
  readonly retcode: number;

  constructor(
    readonly status: number,
    readonly code: DataApiCode,
    message: string,
    /** Merged into `data`: `errors` for a bad body, the per-item `results` when every item was refused. */
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DataApiError';
    this.retcode = DATA_API_RETCODES[code];
  }

  static unauthorized(code: DataApiCode, message: string): DataApiError {
    return new DataApiError(401, code, message);
  }

  static invalidBody(errors: Violation[]): DataApiError {
    const text = errors.map((e) => `${e.message.en} / ${e.message.zh}`).join('; ');
    return new DataApiError(400, 'invalid_body', text, { errors });
  }
}
