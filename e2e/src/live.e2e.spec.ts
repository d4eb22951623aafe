// 实时调试 end to end (issue 11 "Done when"): the real sr-sdk-wxapp 2.1.1 and the example shop, run in the
// simulated mini-program host and uploading to the real server, show up in the live page of a real chromium —
// over the SSE stream, with the catalog's verdict on each event.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { apiAs, saveDraftViaApi } from '../support/api';
import { openBrowser, screenshot, signIn, type BrowserSession } from '../support/browser';
import { newPhoneApp, report, runDebugShop, runSrSdk } from '../support/phone';
import { REPO_ROOT } from '../support/server-process';
import { useServer } from '../support/use-server';

const server = () => process.env.TRACKWAY_E2E_URL!;

const row = (page: Page, type: string) => page.locator(`[data-testid="live-event-${type}"]`);

async function openLive(page: Page, appid: string): Promise<void> {
  await page.goto(`/apps/${appid}/live`);
  await page.getByTestId('live-status').getByText('已连接').waitFor();
}

describe('实时调试', () => {
  useServer();
  let b: BrowserSession;
  beforeAll(async () => {
    b = await openBrowser();
    await signIn(b.page);
  });
  afterAll(() => b.close());
  beforeEach(() => void jest.spyOn(console, 'warn').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it('should stream what the real sr-sdk-wxapp sends, encryption off and on, each event green with its Chinese name', async () => {
    const { page } = b;
    const app = await newPhoneApp('实时调试商城');
    await openLive(page, app.appid);
    // a QR code per environment, carrying the session in the launch query
    const session = (await page.getByTestId('live-session').textContent())!;
    for (const env of ['develop', 'trial', 'release']) {
      await page.getByTestId(`launch-${env}`).locator('canvas').waitFor();
      const url = new URL(await page.getByTestId(`launch-url-${env}`).inputValue());
      expect([url.searchParams.get('appid'), url.searchParams.get('env_version')]).toEqual([app.appid, env]);
      expect(url.searchParams.get('query')).toBe(`trackway_debug=${session}`);
    }
    await page.getByText('还没有事件').waitFor();

    expect(await runSrSdk(app, server(), false)).toBeGreaterThan(0);
    // no reload: the events arrive over the stream
    await row(page, 'add_to_cart').first().waitFor();
    for (const [type, zh] of [
      ['browse_sku_page', '浏览商品详情页'],
      ['add_to_cart', '加购物车'],
    ]) {
      const r = row(page, type).first();
      await expect(r.textContent()).resolves.toContain(zh);
      await expect(r.getByTestId('validity-tag').textContent()).resolves.toBe('有效');
    }
    await expect(row(page, 'app_launch').count()).resolves.toBeGreaterThan(0);

    // cleared, then the encrypted upload streams in the same way
    await page.getByTestId('live-clear').click();
    await page.getByText('还没有事件').waitFor();
    expect(await runSrSdk(app, server(), true)).toBeGreaterThan(0);
    await row(page, 'add_to_cart').first().waitFor();
    await expect(row(page, 'browse_sku_page').getByTestId('validity-tag').textContent()).resolves.toBe('有效');

    // 就绪度 shows, under what the draft declares, what the phone was observed to send
    await page.getByRole('link', { name: '就绪度', exact: true }).click();
    const observed = page.getByTestId('observed-coverage');
    await observed.getByTestId('coverage-browse_sku_page').waitFor();
    expect(await observed.getByTestId('coverage-add_to_cart').textContent()).toContain('加购物车');
    await screenshot(page, 'readiness-observed');
    expect(b.errors).toEqual([]);
  });

  it('should show an invalid event red, its bad paths red in the tree with their messages; filter and pause', async () => {
    const { page } = b;
    const app = await newPhoneApp('校验商城');
    await openLive(page, app.appid);
    const props = {
      page: 'pages/goods/detail',
      page_title: '商品详情',
      time: Date.now(),
      wx_user: { app_id: app.appid, open_id: 'o-e2e-1' },
      chan: { chan_wxapp_scene: 'x' },
      sku: { sku_id: 123, sku_name: '龙井' },
      spu: { spu_id: 'P1', spu_name: '龙井' },
    };
    expect((await report(app.collectorToken, [{ type: 'browse_sku_page', props, from: 'trackway' }])).status).toBe(200);
    const bad = row(page, 'browse_sku_page');
    await bad.waitFor();
    await expect(bad.getAttribute('data-valid')).resolves.toBe('false');
    await expect(bad.getByTestId('validity-tag').textContent()).resolves.toBe('无效');
    await bad.click();
    const detail = page.getByTestId('event-detail');
    await detail.waitFor();
    const violations = await detail.getByTestId('event-violation').allTextContents();
    expect(violations.join('\n')).toContain('sku.sku_id：应为字符串，实际是整数 123');
    expect(violations.join('\n')).toContain('chan.chan_wxapp_scene：应为整数');
    // the tree marks exactly the offending leaves, in red
    const invalid = detail.getByTestId('tree-invalid');
    await expect(invalid.evaluateAll((els) => els.map((e) => e.getAttribute('data-path')).sort())).resolves.toEqual([
      '/chan/chan_wxapp_scene',
      '/sku/sku_id',
    ]);
    await expect(invalid.first().evaluate((e) => getComputedStyle(e).color)).resolves.toBe('rgb(207, 19, 34)');
    await detail.evaluate((e) => e.scrollIntoView({ block: 'center' }));
    await screenshot(page, 'live-invalid-event');

    // filtered by event, a valid search does not show; paused, new events wait behind the button
    await page.getByTestId('live-filter-event').click();
    await page.keyboard.type('browse_sku_page');
    await page.keyboard.press('Enter');
    await page.getByTestId('live-status').getByText('已连接').waitFor();
    await page.getByTestId('live-pause').click();
    const ok = { ...props, chan: { chan_wxapp_scene: 1047 }, sku: { sku_id: 'S1', sku_name: '白茶' } };
    await report(app.collectorToken, [
      { type: 'search', props: { ...ok, keyword: '白茶' }, from: 'trackway' },
      { type: 'browse_sku_page', props: ok, from: 'trackway' },
    ]);
    await page.getByTestId('live-pause').getByText('继续（1 条新事件）').waitFor();
    await expect(row(page, 'browse_sku_page').count()).resolves.toBe(1);
    await page.getByTestId('live-pause').click();
    await row(page, 'browse_sku_page').nth(1).waitFor();
    await expect(row(page, 'search').count()).resolves.toBe(0);
    expect(b.errors).toEqual([]);
  });

  it('should show each event of the example shop launched from the debug QR code with its rule id and version', async () => {
    const { page } = b;
    const app = await newPhoneApp('有品小铺');
    const config = JSON.parse(readFileSync(join(REPO_ROOT, 'examples/miniprogram/trackway.json'), 'utf8'));
    await saveDraftViaApi(app.appid, config);
    const version = (await apiAs('POST', `/api/apps/${app.appid}/versions`, { message: '有品小铺首版埋点' })).number;
    await apiAs('POST', `/api/apps/${app.appid}/releases/develop`, { version });
    await openLive(page, app.appid);
    const session = (await page.getByTestId('live-session').textContent())!;
    await page.getByTestId('live-only-session').click();
    await page.getByTestId('live-status').getByText('已连接').waitFor();
    // another phone's session does not show
    await report(app.collectorToken, [
      {
        type: 'app_launch',
        props: { page: 'pages/index/index', time: Date.now(), trackway: { session: 'someone-else' } },
        from: 'trackway',
      },
    ]);

    await runDebugShop(app, server(), session);
    const detail = row(page, 'browse_sku_page').first();
    await detail.waitFor();
    await expect(detail.textContent()).resolves.toContain('goods_detail_view');
    await expect(detail.textContent()).resolves.toContain(`v${version}`);
    await row(page, 'add_to_cart').first().getByText('detail_add_to_cart').waitFor();
    const sessions = await page.locator('[data-testid^="live-event-"]').evaluateAll((rows) => rows.length);
    expect(sessions).toBeGreaterThan(2);
    await expect(page.getByTestId('live-events').textContent()).resolves.not.toContain('someone-else');
    await screenshot(page, 'live');
    expect(b.errors).toEqual([]);
  });
});
