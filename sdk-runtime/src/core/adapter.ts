/**
 * What the core needs from a platform (PostHog core + platform adapter). The core never touches `wx`.
 * Members ending in `_` are private to the bundle: build.mjs shortens them (esbuild mangleProps).
 */
export interface HttpResponse {
  statusCode: number;
  data: unknown;
}

export interface Adapter {
  /** Resolves with any HTTP answer; rejects only when nothing came back (network down, timeout). */
  req_(url: string, method: 'GET' | 'POST', data?: unknown, header?: Record<string, string>): Promise<HttpResponse>;
  /** The stored value, or undefined when missing or unreadable. */
  get_(key: string): unknown;
  /** false when the platform refused the write (storage full, value too large). */
  set_(key: string, value: unknown): boolean;
  now_(): number;
  /** Runs fn after ms; returns a function that cancels it. */
  timer_(fn: () => void, ms: number): () => void;
  log_(...args: unknown[]): void;
}
