// Issue 13 "Done when", as a new PM would do it: a test phone (the example shop in the simulated mini-program
// host, uploading over HTTP) opens the mini-program from the debug link and goes through the shop; the PM then
// maps browse_sku_page, add_to_cart and custom_order by picking what the phone showed — routes, data paths,
// handler, request URL and every property value, none typed — sees a stale handler name warned before publish,
// publishes, relaunches the phone, and watches the three events arrive valid in 实时调试.
import type { Locator, Page } from 'playwright-core';
import { apiAs, saveDraftViaApi } from '../support/api';
import { openBrowser, screenshot, signIn, type BrowserSession } from '../support/browser';
import { newPhoneApp, runDebugShop } from '../support/phone';
import { useServer } from '../support/use-server';

const server = () => process.env.TRACKWAY_E2E_URL!;
// an amount in yuan as the preview prints it: 38 or 19.9, not the shop's fen (3800)
const YUAN = /^\d{1,4}(\.\d{1,2})?$/;

/** Opens a picker field's dropdown and clicks the option whose text starts with `text`. */
async function pick(page: Page, field: Locator, text: string): Promise<void> {
  const open = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
  await field.click();
  const option = open.locator('.ant-select-item-option').filter({ hasText: text }).first();
  await option.waitFor();
  await option.click();
  // the dropdown animates out; the next field's dropdown holds the same kind of options
  for (let i = 0; i < 50 && (await open.count()); i++) await page.waitForTimeout(50);
}

/** The rule drawer's input of one property mapping (`sku/sku_id`). */
const propInput = (drawer: Locator, path: string) => drawer.locator(`[data-path$="/props/${path}"] input`);

/** Picks the value of a property and checks what the phone's sample makes of it. */
async function pickProp(page: Page, drawer: Locator, path: string, option: string, preview: string | RegExp) {
  await pick(page, propInput(drawer, path), option);
  const row = drawer.locator('.ant-form-item', { has: page.locator(`[data-path$="/props/${path}"]`) });
  await row.getByTestId('prop-preview').getByText(preview).waitFor();
  const warnings = await row.getByTestId('prop-preview-warning').allTextContents();
  expect({ path, warnings }).toEqual({ path, warnings: [] });
}

async function addPage(page: Page, option: string): Promise<void> {
  const pages = await page.locator('[data-testid^="page-item-"]').count();
  await page.getByTestId('add-page').click();
  // the new page is selected with the editor's default route, which the PM replaces by a picked one
  await page.getByTestId(`page-item-${pages}`).waitFor();
  const route = page.getByTestId('page-route');
  for (let i = 0; i < 50 && (await route.inputValue()) !== 'pages/goods/*'; i++) await page.waitForTimeout(50);
  await pick(page, route, option);
  await expect(route.inputValue()).resolves.toBe(option);
}

async function addRule(page: Page, event: string): Promise<Locator> {
  await page.getByTestId('add-rule').click();
  await page.getByRole('menuitem', { name: event }).click();
  return page.getByTestId('rule-drawer');
}

async function closeDrawer(page: Page): Promise<void> {
  await page.getByTestId('save-state').getByText('已保存').waitFor();
  await page.locator('.ant-drawer-close:visible').click();
}

describe('mapping the example shop from what a debug phone showed', () => {
  useServer();
  let b: BrowserSession;
  beforeAll(async () => {
    b = await openBrowser();
    await signIn(b.page);
  });
  afterAll(() => b.close());
  beforeEach(() => void jest.spyOn(console, 'warn').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it('should build browse_sku_page, add_to_cart and custom_order by picking only, warn of a stale handler, and see the three arrive valid', async () => {
    const { page } = b;
    const app = await newPhoneApp('拣选商城');

    // 1. 实时调试: nothing learnt yet; the test phone opens the shop from the debug link and shops
    await page.goto(`/apps/${app.appid}/live`);
    await page.getByTestId('live-status').getByText('已连接').waitFor();
    const inventoryCard = page.getByTestId('device-inventory');
    await inventoryCard.getByText('用调试链接打开小程序后').waitFor();
    const session = (await page.getByTestId('live-session').textContent())!;
    await runDebugShop(app, server(), session, { checkout: true });
    // the card refreshes while a phone reports: pages, methods, data paths and requests of the journey
    await inventoryCard.getByTestId('inventory-counts').waitFor({ timeout: 15_000 });
    const pages = Number((await inventoryCard.getByTestId('inventory-count-page').textContent())!.replace(/\D/g, ''));
    expect(pages).toBeGreaterThanOrEqual(3);
    await screenshot(page, 'live-inventory');

    // 2. browse_sku_page on the goods detail page: route, data path and the four ids/names picked
    await page.goto(`/apps/${app.appid}/plan`);
    await addPage(page, 'pages/goods/detail');
    let drawer = await addRule(page, '浏览商品详情页 browse_sku_page');
    await drawer.getByTestId('trigger-path').fill('');
    await pick(page, drawer.getByTestId('trigger-path'), 'goods.id = "SKU10002"');
    await expect(drawer.getByTestId('trigger-path').inputValue()).resolves.toBe('goods.id');
    await pickProp(page, drawer, 'sku/sku_id', '{{data.goods.id}} =', '"SKU10002"');
    await screenshot(page, 'plan-value-picker');
    await pickProp(page, drawer, 'sku/sku_name', '{{data.goods.title}} =', '"');
    await pickProp(page, drawer, 'spu/spu_id', '{{data.goods.spuId}} =', '"');
    await pickProp(page, drawer, 'spu/spu_name', '{{data.goods.title}} =', '"');
    await closeDrawer(page);

    // 3. add_to_cart: the template's handler name does not exist in this shop — warned, then picked
    drawer = await addRule(page, '加购物车 add_to_cart');
    const methodWarning = drawer.getByTestId('field-error').filter({ hasText: '从未见过方法 addToCart' });
    await methodWarning.waitFor();
    await screenshot(page, 'plan-stale-handler');
    await pick(page, drawer.getByTestId('trigger-method'), 'onAddToCart');
    await expect(drawer.getByTestId('trigger-method').inputValue()).resolves.toBe('onAddToCart');
    await methodWarning.waitFor({ state: 'detached' });
    await pickProp(page, drawer, 'sku/sku_id', '{{data.goods.id}} =', '"SKU10002"');
    await pickProp(page, drawer, 'sku/sku_name', '{{data.goods.title}} =', '"');
    await pickProp(page, drawer, 'spu/spu_id', '{{data.goods.spuId}} =', '"');
    await pickProp(page, drawer, 'spu/spu_name', '{{data.goods.title}} =', '"');
    await closeDrawer(page);

    // 4. custom_order on the checkout page: the order request picked as a pattern, amounts converted to yuan
    await addPage(page, 'pages/checkout/index');
    drawer = await addRule(page, '订单 custom_order');
    await drawer.getByTestId('trigger-url').fill('');
    await pick(page, drawer.getByTestId('trigger-url'), 'POST https://shop.example.com/api/orders');
    await expect(drawer.getByTestId('trigger-url').inputValue()).resolves.toBe('**/api/orders');
    await expect(drawer.getByTestId('trigger-http-method').textContent()).resolves.toContain('POST');
    await pickProp(page, drawer, 'order/order_id', '{{response.data.data.orderNo}} =', '"');
    await pickProp(page, drawer, 'order/order_time', '{{response.data.data.createdAt}} =', '17');
    await pickProp(page, drawer, 'sub_orders/0/sub_order_id', '{{response.data.data.orderNo}} =', '"');
    await pickProp(page, drawer, 'sub_orders/0/order_amt', '{{response.data.data.totalFee | yuan}}', YUAN);
    await pickProp(page, drawer, 'sub_orders/0/pay_amt', '{{response.data.data.payFee | yuan}}', YUAN);
    await screenshot(page, 'plan-order-picked');
    await closeDrawer(page);

    // nothing was typed that the phone did not show: the draft is valid and has no "never observed" warning
    const draft = await apiAs('GET', `/api/apps/${app.appid}/draft`);
    expect(draft.errors.filter((v: { severity: string }) => v.severity === 'error')).toEqual([]);
    expect(draft.valid).toBe(true);
    expect(draft.errors.filter((v: { code: string }) => v.code === 'not_observed')).toEqual([]);

    // 5. publish, release to 开发版, and relaunch the phone from the debug link
    await page.goto(`/apps/${app.appid}/releases`);
    await page.getByTestId('open-publish').click();
    await page.getByTestId('publish-message').fill('拣选出的三条规则');
    await page.getByTestId('publish-submit').click();
    await page.getByText('已发布 v1').waitFor();
    await page.getByTestId('env-develop').getByRole('button', { name: '发布到此环境' }).click();
    await page.getByTestId('release-submit').click();
    await page.getByText('已发布 v1 到开发版（全量）').waitFor();

    await page.goto(`/apps/${app.appid}/live`);
    await page.getByTestId('live-status').getByText('已连接').waitFor();
    const again = (await page.getByTestId('live-session').textContent())!;
    await runDebugShop(app, server(), again, { checkout: true });
    for (const type of ['browse_sku_page', 'add_to_cart', 'custom_order']) {
      const row = page.locator(`[data-testid="live-event-${type}"]`).first();
      await row.waitFor();
      await expect(row.getByTestId('validity-tag').textContent()).resolves.toBe('有效');
      await expect(row.textContent()).resolves.toContain('v1');
    }
    await page.locator('[data-testid="live-event-custom_order"]').first().scrollIntoViewIfNeeded();
    await screenshot(page, 'live-picked-rules');
    expect(b.errors).toEqual([]);
  });
  it('should warn in the plan and the publish dialog of a handler a new build renamed, until the PM picks the new name', async () => {
    const { page } = b;
    const app = await newPhoneApp('改名商城');
    // what the PM mapped on the previous build of the shop
    await saveDraftViaApi(app.appid, {
      schemaVersion: 1,
      pages: [
        {
          id: 'detail',
          route: 'pages/goods/detail',
          rules: [
            {
              id: 'cart_add',
              event: 'add_to_cart',
              trigger: { kind: 'method', method: 'onAddToCart' },
              props: {
                action_type: 'append_to_cart',
                sku_num: 1,
                sku: { sku_id: '{{data.goods.id}}', sku_name: '{{data.goods.title}}' },
                spu: { spu_id: '{{data.goods.spuId}}', spu_name: '{{data.goods.title}}' },
              },
            },
          ],
        },
      ],
    });
    await page.goto(`/apps/${app.appid}/live`);
    await page.getByTestId('live-status').getByText('已连接').waitFor();
    const session = (await page.getByTestId('live-session').textContent())!;
    const card = page.getByTestId('device-inventory');
    await runDebugShop(app, server(), session);
    await card.getByTestId('inventory-counts').waitFor({ timeout: 15_000 });

    // the new build arrives: what the old one showed is cleared, and the phone runs the new build
    await card.getByTestId('inventory-clear').click();
    await page.locator('.ant-popconfirm').getByRole('button', { name: '清空清单' }).click();
    await page.getByText('真机清单已清空').waitFor();
    await card.getByText('用调试链接打开小程序后').waitFor();
    await runDebugShop(app, server(), session, { addToCart: 'onAddGoods' });
    await card.getByTestId('inventory-counts').waitFor({ timeout: 15_000 });

    // before publishing: the dialog names the handler no device called any more (a warning, not a block)
    await page.goto(`/apps/${app.appid}/releases`);
    await page.getByTestId('open-publish').click();
    await page.getByTestId('publish-warnings').getByText('onAddToCart', { exact: false }).first().waitFor();
    await screenshot(page, 'publish-not-observed');
    await page.keyboard.press('Escape');

    // in the plan, the rule's handler field says the same; the new name is among the choices
    await page.goto(`/apps/${app.appid}/plan`);
    await page.getByTestId('page-item-0').click();
    await page.getByTestId('rule-row-cart_add').click();
    const drawer = page.getByTestId('rule-drawer');
    const warning = drawer.getByTestId('field-error').filter({ hasText: '从未见过方法 onAddToCart' });
    await warning.waitFor();
    await pick(page, drawer.getByTestId('trigger-method'), 'onAddGoods');
    await warning.waitFor({ state: 'detached' });
    await closeDrawer(page);

    await page.goto(`/apps/${app.appid}/releases`);
    await page.getByTestId('open-publish').click();
    await page.getByTestId('publish-message').fill('加购按钮的新方法名');
    await expect(page.getByTestId('publish-warnings').count()).resolves.toBe(0);
    await page.getByTestId('publish-submit').click();
    await page.getByText('已发布 v1').waitFor();
    expect(b.errors).toEqual([]);
  });
});
