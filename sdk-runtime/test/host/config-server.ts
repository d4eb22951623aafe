/* eslint-disable @nx/enforce-module-boundaries -- tests read language files that its index does not export */
import { createHash } from 'node:crypto';
import { canonicalJson } from '../../../language/src/hash/canonical-json';
import { fnv1a32 } from '../../../language/src/hash/fnv1a32';
import { sortedJson } from '../../../language/src/hash/sorted-json';
import type { TrackingConfig } from '../../../language/src/config/config-types';
import { precompileConfig } from '../../../language/src/evaluator/precompile-config';
import type { FakeRequest } from './fake-network';
import type { MiniProgramHost } from './mini-program-host';

const sha256 = (doc: unknown) =>
  createHash('sha256')
    .update(canonicalJson(doc) as string)
    .digest('hex');

/**
 * The delivery answer the server gives: hash = sha256 of the canonical JSON of `config`, `runtime` its form
 * precompiled on the Node side (precompileConfig) with runtimeHash = sha256 of the canonical JSON of `runtime` and runtimeSum the FNV-1a of its key-sorted JSON (what the runtime checks).
 */
export function envelope(appid: string, config: TrackingConfig, version = 1, env = 'release') {
  const runtime = precompileConfig(config);
  return {
    appid,
    env,
    version,
    hash: sha256(config),
    publishedAt: '2024-06-01T00:00:00.000Z',
    config,
    runtime,
    runtimeHash: sha256(runtime),
    runtimeSum: fnv1a32(sortedJson(runtime) as string),
  };
}

/**
 * An in-process config delivery endpoint (`GET {server}/v1/config/:appid?env=&cid=`, ETag and 304), with the
 * faults the runtime must survive: down, 500, slow (`latencyMs`), corrupt JSON, a wrong runtime hash, a runtime form of another format, 404.
 */
export class FakeConfigServer {
  mode: 'up' | 'down' | 'error500' | 'corrupt' | 'wrongHash' | 'notFound' | 'badShape' = 'up';
  latencyMs = 0;
  readonly requests: FakeRequest[] = [];
  private current: ReturnType<typeof envelope> | undefined;

  constructor(
    host: MiniProgramHost,
    readonly server = 'https://tw.example.com',
    readonly appid = host.appid,
  ) {
    host.network.route(
      (req) => req.method === 'GET' && req.url.startsWith(server + '/v1/config/' + appid),
      (req) => this.answer(req),
      { latency: () => this.latencyMs },
    );
  }

  publish(config: TrackingConfig, version?: number): ReturnType<typeof envelope> {
    this.current = envelope(this.appid, config, version || (this.current ? Number(this.current.version) + 1 : 1));
    return this.current;
  }

  private answer(req: FakeRequest) {
    this.requests.push(req);
    if (this.mode === 'down') return { fail: 'timeout' };
    if (this.mode === 'error500') return { statusCode: 500, data: { message: 'boom' } };
    if (this.mode === 'notFound' || !this.current) return { statusCode: 404, data: { message: 'nothing released' } };
    const etag = '"' + this.current.hash + '"';
    if (req.header['If-None-Match'] === etag) return { statusCode: 304, data: '' };
    if (this.mode === 'corrupt') return { statusCode: 200, data: JSON.stringify(this.current).slice(0, 40) };
    if (this.mode === 'wrongHash')
      return {
        statusCode: 200,
        data: Object.assign({}, this.current, { runtimeHash: '0'.repeat(64), runtimeSum: '0' }),
      };
    if (this.mode === 'badShape') {
      // a runtime form of a later format, intact: this runtime cannot read it
      const runtime = { runtimeFormat: 3, rules: 'all' };
      return {
        statusCode: 200,
        data: Object.assign(envelope(this.appid, { schemaVersion: 1 }, 99), {
          runtime,
          runtimeHash: sha256(runtime),
          runtimeSum: fnv1a32(sortedJson(runtime) as string),
        }),
      };
    }
    return { statusCode: 200, data: this.current, header: { ETag: etag } };
  }
}
