import { randomBytes } from 'node:crypto';
import { E2E_ADMIN } from './server-process';

const tokens = new Map<string, Promise<string>>();

/** One login per user and run: the server allows 10 login attempts a minute per user. */
function tokenOf(base: string, user: { username: string; password: string }): Promise<string> {
  const key = `${base} ${user.username}`;
  let token = tokens.get(key);
  if (!token) {
    token = fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(user),
    }).then(async (res) => {
      if (!res.ok) throw new Error(`login ${user.username}: ${res.status} ${await res.text()}`);
      return ((await res.json()) as { token: string }).token;
    });
    tokens.set(key, token);
  }
  return token;
}

/** Direct admin API calls for what a test only needs as a precondition (never for what it checks in the UI). */
export async function apiAs(
  method: string,
  path: string,
  body?: unknown,
  user: { username: string; password: string } = E2E_ADMIN,
): Promise<any> {
  const base = process.env.TRACKWAY_E2E_URL!;
  const token = await tokenOf(base, user);
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

/** Registers an app as the first admin and returns the POST /api/apps body. */
export const createAppViaApi = (name = '发布测试商城') => apiAs('POST', '/api/apps', { appid: randomAppid(), name });

/** Replaces the draft (reading its revision first), as the plan editor would save it. */
export async function saveDraftViaApi(appid: string, config: unknown): Promise<any> {
  const { revision } = await apiAs('GET', `/api/apps/${appid}/draft`);
  return apiAs('PUT', `/api/apps/${appid}/draft`, { config, revision });
}
