/**
 * MurmurHash3 (x86, 32-bit) of the UTF-8 bytes of `key` — the hash Unleash uses for gradual rollouts
 * (unleash-client-node `strategy/util.ts`): fast (< 1 µs for a 40-byte key), well spread over sequential ids,
 * and reproducible in any language, so support can tell a PM which side of a rollout a given client is on.
 */
export function murmur3(key: string, seed = 0): number {
  const bytes = Buffer.from(key, 'utf8');
  const length = bytes.length;
  const blocks = length & ~3;
  let h = seed >>> 0;
  for (let i = 0; i < blocks; i += 4) {
    let k = bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24);
    k = Math.imul(k, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    h ^= Math.imul(k, 0x1b873593);
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  const tail = length & 3;
  if (tail) {
    let k = 0;
    if (tail === 3) k ^= bytes[blocks + 2] << 16;
    if (tail >= 2) k ^= bytes[blocks + 1] << 8;
    k ^= bytes[blocks];
    k = Math.imul(k, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    h ^= Math.imul(k, 0x1b873593);
  }
  h ^= length;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * The bucket 0..99 of a client in a gray rollout: `murmur3("<appid>:<env>:<rolloutVersion>:<cid>") % 100`.
 * A client gets the rollout version when its bucket is below the rollout percent, so raising the percent only
 * adds clients (nobody flips back), and the rollout version in the key gives each new rollout a fresh slice of
 * clients instead of always the same early adopters.
 */
export function rolloutBucket(appid: string, env: string, rolloutVersion: number, cid: string): number {
  return murmur3(`${appid}:${env}:${rolloutVersion}:${cid}`) % 100;
}
