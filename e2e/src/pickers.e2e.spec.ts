// Issue 13 pickers: what a debug device reported feeds the rule form. The device side is the runtime's wire shape
// (ADR 011: `trackway_inventory` events with [kind, route, name, sample] items) uploaded to the real collector;
// the simulated-host journey of the example shop is sdk-runtime/test/inventory.spec.ts and collector.spec.ts.
import { useServer } from '../support/use-server';
import { apiAs, createAppViaApi, saveDraftViaApi } from '../support/api';
import { openBrowser, screenshot, signIn, type BrowserSession } from '../support/browser';

const ITEMS = [
  ['page', 'pages/goods/detail', '', { title: '商品详情', query: { id: 'sku-1' } }],
  ['data', 'pages/goods/detail', 'goods', { sku_id: 'sku-1', name: '龙井', spu_id: 'spu-1', price: 1999 }],
  ['method', 'pages/goods/detail', 'onAddCart', { type: 'tap', dataset: { sku: 'sku-1' } }],
  ['request', 'pages/goods/detail', 'POST https://shop.example/api/order/submit', { statusCode: 200, data: {} }],
];

/** Uploads as the runtime does in a debug session, retrying until the collector learned the new app's token. */
async function reportInventory(token: string): Promise<void> {
  const body = JSON.stringify([
    {
      type: 'trackway_inventory',
      from: 'trackway',
      tracking_id: `${Date.now()}-inv`,
      log_id: 1,
      props: { trackway: { session: 'dbg-1', version: null }, items: ITEMS },
    },
  ]);
  for (let i = 0; i < 100; i++) {
    const res = await fetch(`${process.env.TRACKWAY_E2E_URL}/youshu/api/report?token=${token}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    if (res.status === 200) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the collector never accepted the inventory');
}

describe('pickers fed by the device inventory', () => {
  useServer();
  let b: BrowserSession;
  beforeAll(async () => {
    b = await openBrowser();
    await signIn(b.page);
  });
  afterAll(() => b.close());

  it('should build browse_sku_page by picking route and data path, preview the mapping, and warn of a renamed handler before publish', async () => {
    const { page } = b;
    const app = await createAppViaApi('拣选商城');
    await reportInventory(app.collectorToken);
    const { items } = await apiAs('GET', `/api/apps/${app.appid}/inventory`);
    expect(items.length).toBeGreaterThan(3);

    await page.goto(`/apps/${app.appid}/plan`);
    await page.getByTestId('add-page').click();
    // the route comes from the device, with its title
    await page.getByTestId('page-route').fill('');
    await page.getByTestId('page-route').click();
    await page.getByText('pages/goods/detail · 商品详情').click();
    await expect(page.getByTestId('page-route').inputValue()).resolves.toBe('pages/goods/detail');
    await expect(page.getByTestId('page-title').inputValue()).resolves.toBe('商品详情');

    await page.getByTestId('add-rule').click();
    await page.getByRole('menuitem', { name: '浏览商品详情页 browse_sku_page' }).click();
    const drawer = page.getByTestId('rule-drawer');
    // the data path is picked, not typed: the dropdown shows the device's sample beside it
    await drawer.getByTestId('trigger-path').fill('');
    await drawer.getByTestId('trigger-path').click();
    const option = page.getByText('goods = {"name":"龙井"', { exact: false });
    await option.waitFor();
    await screenshot(page, 'plan-pickers');
    await option.click();
    await expect(drawer.getByTestId('trigger-path').inputValue()).resolves.toBe('goods');
    // the template's mapping evaluated on the sample
    const skuRow = drawer.locator('.ant-form-item', { has: page.locator('[data-path$="/props/sku/sku_id"]') });
    await skuRow.getByTestId('prop-preview').getByText('"sku-1"').waitFor();
    await page.getByTestId('save-state').getByText('已保存').waitFor();
    await page.locator('.ant-drawer-close:visible').click();

    // a handler renamed in the mini-program: onAddToCart was never called on a device
    const { config } = await apiAs('GET', `/api/apps/${app.appid}/draft`);
    config.pages[0].rules.push({
      id: 'cart_1',
      event: 'add_to_cart',
      trigger: { kind: 'method', method: 'onAddToCart' },
      props: {
        action_type: 'append_to_cart_in_cart',
        sku_num: 1,
        sku: { sku_id: '{{event.dataset.sku}}', sku_name: '{{data.goods.name}}' },
      },
    });
    await saveDraftViaApi(app.appid, config);
    await page.goto(`/apps/${app.appid}/releases`);
    await page.getByTestId('open-publish').click();
    const warnings = page.getByTestId('publish-warnings');
    await warnings.getByText('onAddToCart', { exact: false }).first().waitFor();
    await screenshot(page, 'publish-not-observed');
    // a warning, not an error: publishing goes through
    await page.getByTestId('publish-message').fill('拣选出的规则');
    await page.getByTestId('publish-submit').click();
    await page.getByText('已发布 v1').waitFor();
  });
});
