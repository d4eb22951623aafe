import { createHash } from 'node:crypto';
import { canonicalJson, fnv1a32, precompileConfig, sortedJson } from '@trackway/language';
import { DeliverySnapshot } from './delivery-snapshot';
import { buildServedDocument } from './served-document';

const doc = (version: number) =>
  buildServedDocument({
    appid: 'wx0123456789abcdef',
    env: 'release',
    version,
    hash: String(version).repeat(64),
    publishedAt: new Date('2026-11-01T00:00:00Z'),
    canonical: `{"schemaVersion":1,"v":${version}}`,
  });

function snapshotWithRollout(percent: number): DeliverySnapshot {
  const snapshot = new DeliverySnapshot();
  snapshot.replaceAll(
    new Map([['wx0123456789abcdef', new Map([['release', { main: doc(1), rollout: { document: doc(2), percent } }]])]]),
  );
  return snapshot;
}

const versionsFor = (snapshot: DeliverySnapshot, cids: string[]) =>
  cids.map((cid) => {
    const r = snapshot.resolve('wx0123456789abcdef', 'release', cid);
    return typeof r === 'string' ? r : r.version;
  });

describe(DeliverySnapshot.name, () => {
  const cids = Array.from({ length: 200 }, (_, i) => `cid-${i}`);

  it('should give nobody the rollout at 0 % and everybody at 100 %', () => {
    expect(new Set(versionsFor(snapshotWithRollout(0), cids))).toEqual(new Set([1]));
    expect(new Set(versionsFor(snapshotWithRollout(100), cids))).toEqual(new Set([2]));
  });

  it('should give a client without a cid the main version', () => {
    const r = snapshotWithRollout(100).resolve('wx0123456789abcdef', 'release', undefined);
    expect(typeof r !== 'string' && r.version).toBe(1);
  });

  it('should tell an unknown app from an app with nothing released to the env', () => {
    const snapshot = snapshotWithRollout(50);
    expect(snapshot.resolve('wxffffffffffffffff', 'release', 'c')).toBe('app_not_found');
    expect(snapshot.resolve('wx0123456789abcdef', 'trial', 'c')).toBe('not_released');
  });

  it("should serve the stored canonical config inside the body unchanged, with its runtime form and that form's hash", () => {
    const body = doc(3).body.toString();
    expect(body).toContain('"config":{"schemaVersion":1,"v":3},');
    const runtime = precompileConfig({ schemaVersion: 1, v: 3 } as never);
    expect(JSON.parse(body)).toEqual({
      appid: 'wx0123456789abcdef',
      env: 'release',
      version: 3,
      hash: '3'.repeat(64),
      publishedAt: '2026-11-01T00:00:00.000Z',
      config: { schemaVersion: 1, v: 3 },
      runtime,
      runtimeHash: createHash('sha256').update(canonicalJson(runtime)!).digest('hex'),
      runtimeSum: fnv1a32(sortedJson(runtime)!),
    });
  });

  it('should give a runtimeSum the runtime accepts when the runtime form has integer-like keys', () => {
    // a $lookup table keyed by status codes: canonical JSON writes "10" before "2", a parsed object lists 2 first
    const config = {
      schemaVersion: 1,
      rules: [
        {
          id: 'r',
          trigger: { kind: 'app', on: 'show' },
          remember: { s: { $lookup: { value: '{{x}}', table: { '2': 'b', '10': 'a' } } } },
        },
      ],
    };
    const body = buildServedDocument({
      appid: 'wx0123456789abcdef',
      env: 'release',
      version: 4,
      hash: '4'.repeat(64),
      publishedAt: new Date('2026-11-01T00:00:00Z'),
      canonical: canonicalJson(config)!,
    }).body.toString();
    expect(body).toContain('{"10":"a","2":"b"}');
    // what the runtime checks (sdk-runtime config-repository.ts) on the body as wx.request parses it
    const parsed = JSON.parse(body);
    expect(fnv1a32(sortedJson(parsed.runtime)!)).toBe(parsed.runtimeSum);
  });
});
