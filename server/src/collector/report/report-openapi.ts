import type { OpenAPIObject } from '@nestjs/swagger';
import { MAX_EVENTS_PER_REPORT } from './read-report-body';
import { MAX_REPORT_BYTES, REPORT_PATHS } from './report-handler';

type PathItem = OpenAPIObject['paths'][string];

const answer = {
  type: 'object',
  required: ['code', 'msg'],
  properties: {
    code: { type: 'integer', description: '0: stored. Otherwise nothing of the upload was stored' },
    msg: { type: 'string' },
    error: { type: 'string', example: 'invalid_events' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          path: { type: 'string', description: 'JSON Pointer into the body', example: '/3/props' },
          message: { type: 'object', properties: { zh: { type: 'string' }, en: { type: 'string' } } },
        },
      },
    },
  },
};
const json = { 'application/json': { schema: answer } };

const envelope = {
  type: 'object',
  required: ['type', 'props'],
  properties: {
    type: { type: 'string', example: 'browse_sku_page' },
    props: {
      type: 'object',
      description: 'Youshu props; `props.trackway = {session, version, rule_id}` in a runtime debug session',
    },
    from: { type: 'string', example: 'sr-sdk-wxapp' },
    tracking_id: { type: 'string' },
    log_id: { type: 'integer' },
    ext_uniq_id: { type: 'string', description: 'When present, a retried upload is stored once (per app)' },
  },
};

/** The report endpoint is answered in front of Nest (ReportHandler), so it is described here by hand. */
const REPORT_PATH_ITEM = (operationId: string): PathItem => ({
  post: {
    tags: ['collector'],
    operationId,
    summary: 'Youshu-compatible event upload (sr-sdk-wxapp 2.1.1 and the runtime; no login, the app token)',
    description:
      `A JSON array of at most ${MAX_EVENTS_PER_REPORT} envelopes, ≤ ${MAX_REPORT_BYTES} bytes, or its ` +
      'encrypted form: `Content-Type: application/x-sr-encrypted`, `Content-Encrypting-Key: <key>`, body ' +
      'base64(RC4(UTF-8 JSON, key)). Every event is validated against the Youshu catalog and stored with the ' +
      'result; the answer comes after the commit. A refused upload stores nothing.',
    parameters: [{ name: 'token', in: 'query', required: true, schema: { type: 'string' } }],
    requestBody: {
      required: true,
      content: {
        'application/json': { schema: { type: 'array', maxItems: MAX_EVENTS_PER_REPORT, items: envelope } },
        'application/x-sr-encrypted': { schema: { type: 'string', format: 'byte' } },
      },
    },
    responses: {
      '200': { description: '`{code: 0, msg: "ok"}`: stored', content: json },
      '400': { description: 'invalid_json, invalid_events, too_many_events, invalid_encryption', content: json },
      '401': { description: 'invalid_token', content: json },
      '413': { description: 'payload_too_large', content: json },
      '429': { description: 'rate_limited (per token and instance), with Retry-After', content: json },
      '503': { description: 'unavailable: starting, or the database is down; retry', content: json },
    },
  },
});

export function addReportToDocument(document: OpenAPIObject): void {
  const [main, alias] = REPORT_PATHS;
  document.paths[main] = REPORT_PATH_ITEM('reportEvents');
  document.paths[alias] = REPORT_PATH_ITEM('reportEventsAlias');
}
