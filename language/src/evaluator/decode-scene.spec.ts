import { decodeScene } from './decode-scene';

describe(decodeScene.name, () => {
  it('should decode a QR-code scene into its key=value pairs', () => {
    expect(decodeScene('guide_id%3DG100%26shop%3D7')).toEqual({ guide_id: 'G100', shop: '7' });
    expect(decodeScene('a=1&b=x=y&c')).toEqual({ a: '1', b: 'x=y', c: '' });
  });

  it('should never throw on malformed or missing input', () => {
    expect(decodeScene('%E0%A4%A=1')).toEqual({ '%E0%A4%A': '1' });
    expect(decodeScene(undefined)).toEqual({});
    expect(decodeScene({})).toEqual({});
    expect(decodeScene(1047)).toEqual({ '1047': '' });
  });
});
