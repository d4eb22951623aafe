import { createHmac, randomBytes } from 'node:crypto';

export interface SignedParams {
  app_id: string;
  nonce: string;
  sign: 'sha256';
  /** Seconds since the epoch, as Youshu expects. */
  timestamp: string;
  signature: string;
}

/**
 * Youshu's data API signature (youshu-spec.md §2.1, identical in the doc and four independent clients):
 * lowercase hex HMAC-SHA256 keyed with the secret over `app_id=…&nonce=…&sign=sha256&timestamp=…`.
 * The body is not signed.
 */
export function dataApiSignature(secret: string, appId: string, nonce: string, timestamp: string): string {
  return createHmac('sha256', secret)
    .update(`app_id=${appId}&nonce=${nonce}&sign=sha256&timestamp=${timestamp}`)
    .digest('hex');
}

/** Fresh query parameters for one call: a new nonce (32 hex characters, the clients' maximum) and the time now. */
export function signedParams(appId: string, secret: string, nowMs = Date.now()): SignedParams {
  const nonce = randomBytes(16).toString('hex');
  const timestamp = String(Math.floor(nowMs / 1000));
  return {
    app_id: appId,
    nonce,
    sign: 'sha256',
    timestamp,
    signature: dataApiSignature(secret, appId, nonce, timestamp),
  };
}
