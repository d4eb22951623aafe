// The PM's side of the journey, through the admin API exactly as the web UI calls it.
import request from 'supertest';
/* eslint-disable @nx/enforce-module-boundaries -- the journey publishes through the real server's admin API */
import { adminToken, bearer, createApp, publish, saveDraft } from '../../../../server/test/factories';
import type { TestApp } from '../../../../server/test/test-app';
/* eslint-enable @nx/enforce-module-boundaries */

export interface PublishedVersion {
  number: number;
  hash: string;
}

export async function registerApp(t: TestApp, appid: string, name: string): Promise<void> {
  await createApp(t, { appid, name });
}

/** Saves `config` as the draft and publishes it; returns the new version. */
export async function publishConfig(
  t: TestApp,
  appid: string,
  config: unknown,
  message: string,
): Promise<PublishedVersion> {
  await saveDraft(t, appid, config);
  const v = await publish(t, appid, message);
  return { number: v.number, hash: v.hash };
}

export async function release(t: TestApp, appid: string, env: string, version: number): Promise<void> {
  const res = await request(t.url)
    .post(`/api/apps/${appid}/releases/${env}`)
    .set(bearer(await adminToken(t)))
    .send({ version });
  if (res.status !== 200) throw new Error(`release failed: ${res.status} ${JSON.stringify(res.body)}`);
}

export async function rollback(
  t: TestApp,
  appid: string,
  env: string,
  toVersion: number,
  reason: string,
): Promise<void> {
  const res = await request(t.url)
    .post(`/api/apps/${appid}/releases/${env}/rollback`)
    .set(bearer(await adminToken(t)))
    .send({ toVersion, reason });
  if (res.status !== 200) throw new Error(`rollback failed: ${res.status} ${JSON.stringify(res.body)}`);
}
