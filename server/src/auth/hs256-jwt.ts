import { createHmac, timingSafeEqual } from 'node:crypto';

// HS256 JWTs with node:crypto. @nestjs/jwt 12 is ESM-only and does not load under jest on Node 20; the
// token format needs only these ~30 lines.
const HEADER = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');

export interface JwtClaims {
  sub: string;
  username: string;
  iat: number;
  exp: number;
}

const mac = (data: string, secret: string) => createHmac('sha256', secret).update(data).digest();

export function signJwt(
  claims: Omit<JwtClaims, 'iat' | 'exp'>,
  secret: string,
  ttlSeconds: number,
  now = Date.now(),
): string {
  const iat = Math.floor(now / 1000);
  const payload = Buffer.from(JSON.stringify({ ...claims, iat, exp: iat + ttlSeconds })).toString('base64url');
  return `${HEADER}.${payload}.${mac(`${HEADER}.${payload}`, secret).toString('base64url')}`;
}

/** The claims of a token signed with `secret` and not expired; null for anything else. Never throws. */
export function verifyJwt(token: string, secret: string, now = Date.now()): JwtClaims | null {
  const parts = token.split('.');
  if (parts.length !== 3 || parts[0] !== HEADER) return null;
  const expected = mac(`${parts[0]}.${parts[1]}`, secret);
  const given = Buffer.from(parts[2], 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  try {
    const claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as JwtClaims;
    if (typeof claims.sub !== 'string' || typeof claims.exp !== 'number') return null;
    return claims.exp * 1000 > now ? claims : null;
  } catch {
    return null;
  }
}
