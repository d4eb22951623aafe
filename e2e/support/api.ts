import { randomBytes } from 'node:crypto';
import { E2E_ADMIN } from './server-process';

/** Direct admin API calls for what a test only needs as a precondition (never for what it checks in the UI). */
export async function apiAs(
  method: string,
  path: string,
  body?: unknown,
  user: { username: string; password: string } = E2E_ADMIN,
): Promise<any> {
  const base = process.env.TRACKWAY_E2E_URL!;
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(user),
  });
  const { token } = (await login.json()) as { token: string };
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
}

export const randomAppid = () => `wx${randomBytes(8).toString('hex')}`;
