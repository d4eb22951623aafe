import { createHmac } from 'node:crypto';
import { signJwt, verifyJwt } from './hs256-jwt';

describe(verifyJwt.name, () => {
  const now = Date.parse('2026-11-01T00:00:00Z');

  it('should accept its own unexpired token and give back the user', () => {
    const token = signJwt({ sub: 'u1', username: 'alice' }, 'k', 60, now);
    expect(verifyJwt(token, 'k', now + 59_000)).toMatchObject({ sub: 'u1', username: 'alice' });
  });

  it('should be a standard HS256 JWT any library can check', () => {
    const token = signJwt({ sub: 'u1', username: 'alice' }, 'k', 60, now);
    const [h, p, s] = token.split('.');
    expect(JSON.parse(Buffer.from(h, 'base64url').toString())).toEqual({ alg: 'HS256', typ: 'JWT' });
    expect(createHmac('sha256', 'k').update(`${h}.${p}`).digest('base64url')).toBe(s);
  });

  it('should refuse an expired token, another secret, a forged payload and garbage', () => {
    const token = signJwt({ sub: 'u1', username: 'alice' }, 'k', 60, now);
    expect(verifyJwt(token, 'k', now + 60_000)).toBeNull();
    expect(verifyJwt(token, 'other', now)).toBeNull();
    const [h, , s] = token.split('.');
    const forged = Buffer.from(JSON.stringify({ sub: 'admin', username: 'x', iat: 0, exp: 9e9 })).toString('base64url');
    expect(verifyJwt(`${h}.${forged}.${s}`, 'k', now)).toBeNull();
    expect(verifyJwt('not-a-token', 'k', now)).toBeNull();
    expect(verifyJwt(`${h}.%%%.${s}`, 'k', now)).toBeNull();
  });
});
