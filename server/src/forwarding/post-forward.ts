import { ForwardError } from './forward-error';

// 10 s: Youshu answers in well under a second when healthy; a hung connection must not hold a batch forever.
export const FORWARD_TIMEOUT_MS = 10_000;

/**
 * POSTs JSON to a receiver and returns its parsed JSON answer (or null for an empty/non-JSON body). Network
 * errors, timeouts, 429 and 5xx are retryable; any other non-2xx is permanent (the receiver refused the item).
 */
export async function postForward(url: string, body: unknown, timeoutMs = FORWARD_TIMEOUT_MS): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (err) {
    const cause = (err as { cause?: { code?: string } }).cause?.code;
    throw new ForwardError(`POST ${url} failed: ${cause ?? (err as Error).message}`, true);
  }
  const text = await res.text().catch(() => '');
  if (!res.ok) {
    const retryable = res.status === 429 || res.status >= 500;
    throw new ForwardError(`POST ${url} answered HTTP ${res.status}: ${text.slice(0, 300)}`, retryable);
  }
  try {
    return text ? (JSON.parse(text) as unknown) : null;
  } catch {
    return null;
  }
}
