import type { OutgoingHttpHeaders } from 'node:http';

/**
 * Headers of every /v1/config response. This path is answered in front of Fastify (docs/adr/005-config-delivery-
 * front-door.md), so it sets what @fastify/helmet and @fastify/cors would, tuned for a public JSON GET:
 * - CORS `*`: the document is public and needs no credentials; browsers (the web UI's live preview, H5 pages)
 *   may read it from any origin, and ETag is exposed so they can revalidate.
 * - Cross-Origin-Resource-Policy `cross-origin` (helmet's default `same-origin` would block exactly those reads).
 * - nosniff, HSTS and X-Frame-Options: the OWASP REST headers. Helmet's HTML-only ones (DNS prefetch, Flash
 *   cross-domain policies, Referrer-Policy, Origin-Agent-Cluster) say nothing for a JSON body, and on the 304
 *   path the headers are the whole response, so every one left out is throughput.
 */
export const SECURITY_AND_CORS_HEADERS: OutgoingHttpHeaders = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'ETag',
  'cross-origin-resource-policy': 'cross-origin',
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
};

/**
 * GrowthBook's CDN choice: a CDN or proxy may serve a copy for 30 s without asking, which absorbs a launch-day
 * spike of mini-programs starting at once, and may serve a stale copy for up to an hour while it revalidates in
 * the background or when this server is down — the runtime then still starts with a config. A rollback is
 * therefore visible behind a CDN within ≈30 s, and immediately for clients that reach the server directly.
 * `Vary: Accept-Encoding` keeps gzip and identity copies apart in caches.
 */
export const CACHEABLE_HEADERS: OutgoingHttpHeaders = {
  ...SECURITY_AND_CORS_HEADERS,
  'cache-control': 'public, max-age=30, stale-while-revalidate=3600',
  vary: 'Accept-Encoding',
};

/**
 * A 304 carries only what updates a cached copy (RFC 9110 §15.4.5: Cache-Control, ETag, Vary; Date is added by
 * Node) plus `Access-Control-Allow-Origin`, so a script that revalidates cross-origin can read the answer. The
 * security headers describe a body, and a 304 has none: the cached 200 already carries them. On this path the
 * headers are the whole response: five instead of nine took the 304 path from 0.75 to 0.92 of a bare node:http
 * server (docs/performance.md).
 */
export const NOT_MODIFIED_HEADERS: OutgoingHttpHeaders = {
  'access-control-allow-origin': '*',
  'cache-control': CACHEABLE_HEADERS['cache-control'],
  vary: CACHEABLE_HEADERS.vary,
};

/** Errors are not cached: the first release of an app must be visible at once, not after a cached 404. */
export const ERROR_HEADERS: OutgoingHttpHeaders = {
  ...SECURITY_AND_CORS_HEADERS,
  'cache-control': 'no-store',
  'content-type': 'application/json; charset=utf-8',
};

/** Preflight for browsers that send If-None-Match (not a CORS-safelisted header); cached by them for a day. */
export const PREFLIGHT_HEADERS: OutgoingHttpHeaders = {
  ...SECURITY_AND_CORS_HEADERS,
  'access-control-allow-methods': 'GET, HEAD, OPTIONS',
  'access-control-allow-headers': 'If-None-Match, Content-Type',
  'access-control-max-age': '86400',
  'content-length': '0',
};
