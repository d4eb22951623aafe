import type { FieldError } from './api-types';

const TOKEN_KEY = 'trackway.token';

/** An error answer of the server: `{statusCode, code, message, errors?}` (server/src/common/). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** 400: FieldError[] naming each field; 200/422 drafts and publish: config violations. */
    readonly errors: unknown[] = [],
    readonly body: Record<string, unknown> = {},
  ) {
    super(message);
  }

  /** The request fields this error names (400 validation_failed). */
  get fieldErrors(): FieldError[] {
    return this.errors.filter(
      (e): e is FieldError =>
        typeof (e as FieldError)?.field === 'string' && typeof (e as FieldError).message === 'string',
    );
  }
}

export const tokenStore = {
  get: (): string | null => localStorage.getItem(TOKEN_KEY),
  set: (token: string) => localStorage.setItem(TOKEN_KEY, token),
  clear: () => localStorage.removeItem(TOKEN_KEY),
};

let onUnauthorized: () => void = () => {};
/** The app shell sends the user to the login page when a token expires. */
export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Calls the admin API with the login token; resolves to the JSON body or rejects with an ApiError. */
export async function apiRequest<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const token = tokenStore.get();
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let res: Response;
  try {
    res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    throw new ApiError(0, 'network_error', 'The server cannot be reached / 无法连接服务器');
  }
  const text = await res.text();
  const json = text ? safeParse(text) : undefined;
  if (res.ok) return json as T;
  const err = (json ?? {}) as Record<string, unknown>;
  if (res.status === 401 && token) {
    tokenStore.clear();
    onUnauthorized();
  }
  throw new ApiError(
    res.status,
    typeof err.code === 'string' ? err.code : 'http_error',
    typeof err.message === 'string' ? err.message : `HTTP ${res.status}`,
    Array.isArray(err.errors) ? err.errors : [],
    err,
  );
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
