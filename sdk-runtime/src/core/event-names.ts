/** Names of what the runtime announces through `tw.on(name, fn)`. */
export const TW_EVENTS = {
  /** A config became active: {version, hash}. */
  config: 'config',
  /** An event was emitted: {type, props, ruleId}. */
  event: 'event',
  /** A rule decision: {ruleId, outcome, reason?, trigger}. */
  decision: 'decision',
  /** A batch was acknowledged by the receiver: {count}. */
  sent: 'sent',
  /** Something failed inside the runtime and was swallowed: {where, error}. */
  error: 'error',
} as const;

// Storage keys, all prefixed so a merchant's own keys never collide.
export const KEY_CID = 'tw_cid';
export const KEY_CONFIG = 'tw_config';
export const KEY_QUEUE = 'tw_queue';
export const KEY_VARS = 'tw_vars';
export const KEY_KEPT = 'tw_kept';
