/**
 * `retcode` values of Trackway's data API answers. Youshu documents only 0 (success) and no error list
 * (youshu-spec.md §2.1), so the others are Trackway's own, stable, and listed in docs/data-api.md.
 */
export const DATA_API_RETCODES = {
  ok: 0,
  /** Some items were refused (see data.results); the others are stored. */
  partially_accepted: 1001,
  /** Every item was refused; nothing stored. */
  all_refused: 1002,
  invalid_body: 4000,
  missing_signature_params: 4001,
  unknown_app_id: 4002,
  bad_signature: 4003,
  stale_timestamp: 4004,
  nonce_reused: 4005,
  app_archived: 4006,
  internal_error: 5000,
} as const;

export type DataApiCode = keyof typeof DATA_API_RETCODES;
