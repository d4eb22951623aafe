import { createHmac } from 'node:crypto';
import { dataApiSignature, signedParams } from './data-api-signature';

describe(dataApiSignature.name, () => {
  it('should match an HMAC-SHA256 computed independently over the documented string', () => {
    // Expected value from openssl: printf 'app_id=bi123&nonce=abc&sign=sha256&timestamp=1643212800' |
    //   openssl dgst -sha256 -hmac 's3cret'
    expect(dataApiSignature('s3cret', 'bi123', 'abc', '1643212800')).toBe(
      '5c1370b5cb8f77c8e0736e9066e2b39660ff1b26a95696013567fa519778b1bb',
    );
  });

  it('should give fresh nonces and a seconds timestamp', () => {
    const a = signedParams('bi123', 'k', 1_700_000_000_999);
    const b = signedParams('bi123', 'k', 1_700_000_000_999);
    expect(a.timestamp).toBe('1700000000');
    expect(a.nonce).toMatch(/^[0-9a-f]{32}$/);
    expect(a.nonce).not.toBe(b.nonce);
    const expected = createHmac('sha256', 'k')
      .update(`app_id=bi123&nonce=${a.nonce}&sign=sha256&timestamp=1700000000`)
      .digest('hex');
    expect(a.signature).toBe(expected);
  });
});
