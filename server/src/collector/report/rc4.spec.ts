import { rc4 } from './rc4';

const bytes = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

describe(rc4.name, () => {
  // RFC 6229 does not list these short keys; the classic published vectors (Wikipedia "RC4" test vectors).
  it.each([
    ['Key', 'Plaintext', 'bbf316e8d940af0ad3'],
    ['Wiki', 'pedia', '1021bf0420'],
    ['Secret', 'Attack at dawn', '45a01f645fc35b383552544b9bf5'],
  ])('should encrypt %s / %s to the published cipher text', (key, plain, hex) => {
    expect(Buffer.from(rc4(bytes(key), bytes(plain))).toString('hex')).toBe(hex);
  });

  it('should give back the plain text when applied twice with the same key', () => {
    const plain = bytes(JSON.stringify([{ type: 'search', props: { keyword: '龙井' } }]));
    const key = bytes('1764840000000-0f8fad5b-d9cb-469f-a165-70867728950e');
    expect(Buffer.from(rc4(key, rc4(key, plain))).toString('utf8')).toBe(Buffer.from(plain).toString('utf8'));
  });
});
