import { randomBytes } from 'node:crypto';
import request from 'supertest';
import type { UserRole } from '../src/users/user-role';
import type { TestApp } from './test-app';

/** The first admin's password in every startTestApp server (see test-app.ts). */
export const TEST_ADMIN = { username: 'admin', password: 'admin-password-1' };

export interface LoggedIn {
  username: string;
  role: UserRole;
  token: string;
  /** `{ Authorization: 'Bearer …' }` for supertest's `.set()`. */
  auth: { Authorization: string };
}

const adminTokens = new WeakMap<TestApp, Promise<string>>();

async function login(t: TestApp, username: string, password: string): Promise<string> {
  const res = await request(t.url).post('/api/auth/login').send({ username, password });
  if (res.status !== 200) throw new Error(`login ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.token as string;
}

/** The first admin's token (logged in once per server). */
export function adminToken(t: TestApp): Promise<string> {
  let token = adminTokens.get(t);
  if (!token) {
    token = login(t, TEST_ADMIN.username, TEST_ADMIN.password);
    adminTokens.set(t, token);
  }
  return token;
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** A new user with `role` (the first admin for 'admin' unless `fresh`), logged in. */
export async function loginAs(t: TestApp, role: UserRole, options: { fresh?: boolean } = {}): Promise<LoggedIn> {
  const admin = await adminToken(t);
  if (role === 'admin' && !options.fresh) {
    return { username: TEST_ADMIN.username, role, token: admin, auth: bearer(admin) };
  }
  const username = `${role}-${randomBytes(4).toString('hex')}`;
  const password = `pw-${randomBytes(8).toString('hex')}`;
  const res = await request(t.url).post('/api/users').set(bearer(admin)).send({ username, password, role });
  if (res.status !== 201) throw new Error(`create user failed: ${res.status} ${JSON.stringify(res.body)}`);
  const token = await login(t, username, password);
  return { username, role, token, auth: bearer(token) };
}

/** A random valid WeChat appid. */
export const randomAppid = () => `wx${randomBytes(8).toString('hex')}`;

export interface CreatedApp {
  appid: string;
  name: string;
  collectorToken: string;
  dataApiSecret: string;
}

/** Registers an app (as the first admin) and returns the POST /api/apps body, secret included. */
export async function createApp(t: TestApp, input: { appid?: string; name?: string } = {}): Promise<CreatedApp> {
  const appid = input.appid ?? randomAppid();
  const res = await request(t.url)
    .post('/api/apps')
    .set(bearer(await adminToken(t)))
    .send({ appid, name: input.name ?? `Shop ${appid.slice(-4)}` });
  if (res.status !== 201) throw new Error(`create app failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as CreatedApp;
}

/** A small valid config: presets on, one goods page with one rule (ids given so tests can diff by id). */
export function sampleConfig(extraRuleId?: string): Record<string, unknown> {
  const rules: unknown[] = [{ id: 'goods-view', event: 'browse_wxapp_page', trigger: { kind: 'page', on: 'show' } }];
  if (extraRuleId) rules.push({ id: extraRuleId, event: 'browse_wxapp_page', trigger: { kind: 'page', on: 'load' } });
  return {
    schemaVersion: 1,
    presets: { app: true, page: true, share: true, pullDownRefresh: true, reachBottom: true },
    pages: [{ id: 'goods', route: 'pages/goods/detail', title: 'Goods', rules }],
    rules: [],
  };
}

/** Saves `config` as the app's draft (reading the current revision first) and returns the PUT body. */
export async function saveDraft(t: TestApp, appid: string, config: unknown, token?: string): Promise<any> {
  const auth = bearer(token ?? (await adminToken(t)));
  const current = await request(t.url).get(`/api/apps/${appid}/draft`).set(auth).expect(200);
  const res = await request(t.url)
    .put(`/api/apps/${appid}/draft`)
    .set(auth)
    .send({ config, revision: current.body.revision });
  if (res.status !== 200) throw new Error(`save draft failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** Publishes the current draft and returns the new version's summary (`number`, `hash`…). */
export async function publish(t: TestApp, appid: string, message = 'test publish', token?: string): Promise<any> {
  const res = await request(t.url)
    .post(`/api/apps/${appid}/versions`)
    .set(bearer(token ?? (await adminToken(t))))
    .send({ message });
  if (res.status !== 201) throw new Error(`publish failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}
