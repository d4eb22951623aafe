import { useServer } from '../support/use-server';
import type { Page } from 'playwright-core';
import { createAppViaApi, saveDraftViaApi } from '../support/api';
import { openBrowser, screenshot, signIn, type BrowserSession } from '../support/browser';
import { goodsConfig } from '../support/configs';

/** What the mini-program runtime downloads: GET /v1/config/:appid?env=… (the real delivery endpoint). */
async function servedConfig(appid: string, env: string) {
  const res = await fetch(`${process.env.TRACKWAY_E2E_URL}/v1/config/${appid}?env=${env}`);
  return {
    status: res.status,
    body: res.status === 200 ? ((await res.json()) as { version: number; hash: string }) : null,
  };
}

async function publishDraft(page: Page, message: string) {
  await page.getByTestId('open-publish').click();
  await page.getByTestId('publish-message').fill(message);
  await page.getByTestId('publish-submit').click();
}

async function pickGray(page: Page, percent: number) {
  // The slider only stops at 1/5/10/20/50/100: click the mark's label.
  await page.locator('.ant-modal .ant-slider-mark-text', { hasText: new RegExp(`^${percent}%$`) }).click();
}

describe('publish, release and roll back', () => {
  useServer();
  let b: BrowserSession;
  beforeAll(async () => {
    b = await openBrowser();
    await signIn(b.page);
  });
  afterAll(() => b.close());

  it('should publish, release to trial at 20 %, publish a change, roll back, and serve the rolled-back version', async () => {
    const { page } = b;
    const app = await createAppViaApi();
    await saveDraftViaApi(app.appid, goodsConfig());
    await page.goto(`/apps/${app.appid}/releases`);
    await page.getByText('还没有版本').waitFor();
    await screenshot(page, 'releases-empty');

    // v1: the first publish has nothing to compare with.
    await page.getByTestId('open-publish').click();
    await page.getByText('这是第一个版本').waitFor();
    await page.getByTestId('publish-submit').click();
    await page.getByText('请填写版本说明').waitFor();
    await page.getByTestId('publish-message').fill('商品详情页浏览');
    await page.getByTestId('publish-submit').click();
    await page.getByText('已发布 v1').waitFor();

    // Release v1 to 体验版: nothing is live there yet, so the first release is full.
    await page.getByTestId('env-trial').getByRole('button', { name: '发布到此环境' }).click();
    await page.getByText('首次发布为全量').waitFor();
    await page.getByTestId('release-submit').click();
    await page.getByText('已发布 v1 到体验版（全量）').waitFor();
    expect((await servedConfig(app.appid, 'trial')).body?.version).toBe(1);

    // A change in the draft: the publish dialog lists it against the live v1, and shows both JSON documents.
    await saveDraftViaApi(app.appid, goodsConfig('goods-load'));
    await page.getByTestId('open-publish').click();
    const changes = page.getByTestId('change-list');
    await changes.getByText('goods-load').waitFor();
    expect(await changes.textContent()).toContain('新增');
    await page.getByRole('tab', { name: '查看 JSON 差异' }).click();
    await page.locator('[data-testid="json-diff"] .monaco-diff-editor').waitFor();
    await screenshot(page, 'publish-dialog');
    await page.getByTestId('publish-message').fill('商品页加载时也上报');
    await page.getByTestId('publish-submit').click();
    await page.getByText('已发布 v2').waitFor();

    // v2 to 体验版 at 20 %: v1 stays for the other 80 %.
    await page.getByTestId('env-trial').getByRole('button', { name: '发布到此环境' }).click();
    await page.getByTestId('release-version').click();
    await page.locator('.ant-select-item-option', { hasText: 'v2' }).click();
    await pickGray(page, 20);
    await page.getByText('20% 的设备使用 v2，其余继续使用 v1').waitFor();
    await page.getByTestId('release-submit').click();
    await page.getByText('已发布 v2 到体验版，灰度 20%').waitFor();
    await page.getByTestId('gray-trial').getByText('v2 · 20% 的设备').waitFor();
    await screenshot(page, 'releases', { toasts: true });

    // Roll back: a reason is required, and the dialog shows what users will lose (the goods-load rule).
    await page.getByTestId('env-trial').getByRole('button', { name: '回滚' }).click();
    await page.getByText('将从 v2 回到 v1').waitFor();
    await page.locator('.ant-modal').getByTestId('change-list').getByText('goods-load').waitFor();
    await screenshot(page, 'rollback-dialog');
    await page.getByTestId('rollback-submit').click();
    await page.getByText('请填写回滚原因').waitFor();
    await page.getByTestId('rollback-reason').fill('加载事件重复上报');
    await page.getByTestId('rollback-submit').click();
    await page.getByText('已将体验版回滚到 v1').waitFor();

    const served = await servedConfig(app.appid, 'trial');
    expect(served.status).toBe(200);
    expect(served.body?.version).toBe(1);
    await page.getByTestId('gray-trial').waitFor({ state: 'detached' });
    expect((await servedConfig(app.appid, 'release')).status).toBe(404);
    expect(b.errors).toEqual([]);
  });

  it('should block publishing an invalid draft and show its errors', async () => {
    const { page } = b;
    const app = await createAppViaApi();
    await saveDraftViaApi(app.appid, {
      schemaVersion: 1,
      pages: [
        {
          id: 'p',
          route: 'pages/x/x',
          rules: [{ id: 'r1', event: 'no_such_event', trigger: { kind: 'page', on: 'show' } }],
        },
      ],
    });
    await page.goto(`/apps/${app.appid}/releases`);
    await page.getByTestId('open-publish').click();
    await page.getByTestId('publish-blocked').waitFor();
    expect(await page.getByTestId('violation-list').textContent()).toContain('/pages/0/rules/0');
    expect(await page.getByTestId('publish-submit').isDisabled()).toBe(true);
  });

  it('should compare any two versions, with a deep link', async () => {
    const { page } = b;
    const app = await createAppViaApi();
    await saveDraftViaApi(app.appid, goodsConfig());
    await page.goto(`/apps/${app.appid}/releases`);
    await publishDraft(page, 'v1');
    await page.getByText('已发布 v1').waitFor();
    await saveDraftViaApi(app.appid, goodsConfig('extra-rule'));
    await publishDraft(page, 'v2');
    await page.getByText('已发布 v2').waitFor();
    await page.getByRole('link', { name: '与上一版对比' }).click();
    await page.waitForURL(`**/apps/${app.appid}/releases/diff/1/2`);
    await page.getByTestId('change-list').getByText('extra-rule').waitFor();
    await screenshot(page, 'version-compare');
    await page.goto(`/apps/${app.appid}/releases/versions/2`);
    await page.locator('[data-testid="json-editor"] .view-lines').getByText('"extra-rule"').waitFor();
  });
});
