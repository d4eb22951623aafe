import type { OpenAPIObject } from '@nestjs/swagger';

type PathItem = OpenAPIObject['paths'][string];

const errorBody = {
  type: 'object',
  required: ['statusCode', 'code', 'message'],
  properties: { statusCode: { type: 'integer' }, code: { type: 'string' }, message: { type: 'string' } },
};

const cacheHeaders = {
  ETag: { description: '`"<hash>"`: sha256 of the canonical config', schema: { type: 'string' } },
  'Cache-Control': { schema: { type: 'string', example: 'public, max-age=30, stale-while-revalidate=3600' } },
  Vary: { schema: { type: 'string', example: 'Accept-Encoding' } },
};

/**
 * /v1/config is answered in front of Nest (DeliveryFrontDoor), so Swagger cannot discover it: it is described
 * here and merged into the generated document.
 */
export const DELIVERY_OPENAPI_PATH: PathItem = {
  get: {
    tags: ['delivery'],
    operationId: 'getConfig',
    summary: 'The released config of an app for one environment (public, no login)',
    description:
      'Served from memory. With a gray rollout, `rollout.version` goes to `percent`% of clients chosen by ' +
      'murmur3("<appid>:<env>:<rolloutVersion>:<cid>") % 100 < percent; without `cid` the main version. ' +
      'gzip when Accept-Encoding allows it.',
    parameters: [
      { name: 'appid', in: 'path', required: true, schema: { type: 'string', pattern: '^wx[0-9a-f]{16}$' } },
      {
        name: 'env',
        in: 'query',
        required: false,
        schema: { type: 'string', enum: ['develop', 'trial', 'release'], default: 'release' },
      },
      { name: 'cid', in: 'query', required: false, description: 'Stable client id', schema: { type: 'string' } },
      { name: 'If-None-Match', in: 'header', required: false, schema: { type: 'string' } },
    ],
    responses: {
      '200': {
        description: 'The config',
        headers: cacheHeaders,
        content: {
          'application/json': {
            schema: {
              type: 'object',
              required: [
                'appid',
                'env',
                'version',
                'hash',
                'publishedAt',
                'config',
                'runtime',
                'runtimeHash',
                'runtimeSum',
              ],
              properties: {
                appid: { type: 'string' },
                env: { type: 'string', enum: ['develop', 'trial', 'release'] },
                version: { type: 'integer', minimum: 1 },
                hash: { type: 'string', description: 'sha256 hex of the canonical config' },
                publishedAt: { type: 'string', format: 'date-time' },
                config: { type: 'object', description: 'The tracking config' },
                runtime: {
                  type: 'object',
                  description:
                    'The config precompiled for the mini-program runtime (precompileConfig of @trackway/language): presets expanded, templates parsed, patterns as RegExp sources. `runtimeFormat` gives its version; a runtime ignores a format it cannot read.',
                },
                runtimeHash: {
                  type: 'string',
                  description: 'sha256 hex of the canonical JSON of `runtime`',
                },
                runtimeSum: {
                  type: 'string',
                  description:
                    'FNV-1a 32 (base 36) of the key-sorted JSON of `runtime` (sortedJson), checked by the runtime (docs/adr/011)',
                },
              },
            },
          },
        },
      },
      '304': { description: 'If-None-Match matches the ETag this client would get', headers: cacheHeaders },
      '400': {
        description: '`invalid_env` or `invalid_request`',
        content: { 'application/json': { schema: errorBody } },
      },
      '404': {
        description: '`app_not_found` or `not_released`',
        content: { 'application/json': { schema: errorBody } },
      },
    },
  },
};

export function addDeliveryToDocument(document: OpenAPIObject): OpenAPIObject {
  document.paths['/v1/config/{appid}'] = DELIVERY_OPENAPI_PATH;
  return document;
}
