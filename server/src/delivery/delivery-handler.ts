import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { ERROR_HEADERS, PREFLIGHT_HEADERS } from './delivery-headers';
import type { DeliverySnapshot } from './delivery-snapshot';
import { acceptsGzip, ifNoneMatchMatches } from './http-negotiation';

export const DELIVERY_PREFIX = '/v1/config/';
const ENVS = new Set(['develop', 'trial', 'release']);

/** Answers the request and returns true when it is for /v1/config/:appid; returns false for anything else. */
export type DeliveryHandler = (req: IncomingMessage, res: ServerResponse) => boolean;

interface Query {
  env?: string;
  cid?: string;
}

/** The raw value of `key` in a query string (no allocation beyond the value itself); undefined when absent. */
function queryValue(search: string, key: string): string | undefined {
  let from = 0;
  while (from < search.length) {
    const end = search.indexOf('&', from);
    const stop = end < 0 ? search.length : end;
    if (search.startsWith(key, from) && search.charCodeAt(from + key.length) === 61 /* = */) {
      return search.slice(from + key.length + 1, stop);
    }
    if (search.startsWith(key, from) && from + key.length === stop) return '';
    from = stop + 1;
  }
  return undefined;
}

/** Percent-decodes a query value; undefined when it is not valid percent-encoding. */
function decodeValue(value: string | undefined): string | undefined {
  if (value === undefined || (!value.includes('%') && !value.includes('+'))) return value;
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

/** Reads only `env` and `cid`, scanning the query string rather than parsing all of it (this is the hot path). */
function parseQuery(search: string): Query | undefined {
  const env = queryValue(search, 'env');
  const cid = queryValue(search, 'cid');
  const query: Query = { env: decodeValue(env), cid: decodeValue(cid) };
  if ((env !== undefined && query.env === undefined) || (cid !== undefined && query.cid === undefined))
    return undefined;
  return query;
}

function sendError(res: ServerResponse, status: number, code: string, message: string, extra?: OutgoingHttpHeaders) {
  const body = JSON.stringify({ statusCode: status, code, message });
  res.writeHead(status, { ...ERROR_HEADERS, ...extra, 'content-length': Buffer.byteLength(body) });
  res.end(body);
}

/**
 * The config delivery hot path, answered before Fastify sees the request (docs/adr/005-config-delivery-front-
 * door.md): per request only a URL split, two map lookups, an ETag compare and one write of prebuilt buffers.
 */
export function createDeliveryHandler(snapshot: DeliverySnapshot): DeliveryHandler {
  return (req, res) => {
    const url = req.url;
    if (url === undefined || !url.startsWith(DELIVERY_PREFIX)) return false;
    const q = url.indexOf('?');
    const rawAppid = url.slice(DELIVERY_PREFIX.length, q < 0 ? undefined : q);
    if (rawAppid === '' || rawAppid.includes('/')) return false;

    const method = req.method;
    if (method === 'OPTIONS') {
      res.writeHead(204, PREFLIGHT_HEADERS);
      res.end();
      return true;
    }
    if (method !== 'GET' && method !== 'HEAD') {
      sendError(res, 405, 'method_not_allowed', 'Only GET and HEAD / 仅支持 GET 和 HEAD', {
        allow: 'GET, HEAD, OPTIONS',
      });
      return true;
    }
    const query = q < 0 ? {} : parseQuery(url.slice(q + 1));
    let appid = rawAppid;
    try {
      if (appid.includes('%')) appid = decodeURIComponent(appid);
    } catch {
      appid = '';
    }
    if (!query || appid === '') {
      sendError(res, 400, 'invalid_request', 'Malformed percent-encoding in the URL / URL 中的百分号编码无效');
      return true;
    }
    const env = query.env || 'release';
    if (!ENVS.has(env)) {
      sendError(
        res,
        400,
        'invalid_env',
        `Query parameter env must be develop, trial or release, got "${env.slice(0, 40)}" / ` +
          `查询参数 env 必须是 develop、trial 或 release`,
      );
      return true;
    }
    if (!snapshot.isLoaded) {
      sendError(res, 503, 'starting', 'The config snapshot is loading / 配置快照加载中', { 'retry-after': '1' });
      return true;
    }

    const doc = snapshot.resolve(appid, env, query.cid);
    if (doc === 'app_not_found') {
      sendError(res, 404, doc, `App ${appid.slice(0, 40)} is not known here / 未找到该小程序 (appid)`);
      return true;
    }
    if (doc === 'not_released') {
      sendError(res, 404, doc, `Nothing is released to env ${env} of app ${appid} / 该环境 (env) 尚未发布配置`);
      return true;
    }
    if (ifNoneMatchMatches(req.headers['if-none-match'], doc.etag)) {
      res.writeHead(304, doc.notModifiedHeaders);
      res.end();
      return true;
    }
    const gzip = acceptsGzip(req.headers['accept-encoding']);
    res.writeHead(200, gzip ? doc.gzipHeaders : doc.headers);
    res.end(method === 'HEAD' ? undefined : gzip ? doc.gzip : doc.body);
    return true;
  };
}
