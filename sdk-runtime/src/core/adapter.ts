/** What the core needs from a platform (PostHog core + platform adapter). The core never touches `wx`. */
export interface HttpRequest {
  url: string;
  method: 'GET' | 'POST';
  data?: unknown;
  header?: Record<string, string>;
}

export interface HttpResponse {
  statusCode: number;
  data: unknown;
  header?: Record<string, string>;
}

export interface Adapter {
  /** Resolves with any HTTP answer; rejects only when nothing came back (network down, timeout). */
  request(req: HttpRequest): Promise<HttpResponse>;
  /** The stored value, or undefined when missing or unreadable. */
  getItem(key: string): unknown;
  /** false when the platform refused the write (storage full, value too large). */
  setItem(key: string, value: unknown): boolean;
  removeItem(key: string): void;
  now(): number;
  /** Runs fn after ms; returns a function that cancels it. */
  timer(fn: () => void, ms: number): () => void;
  log(...args: unknown[]): void;
}
