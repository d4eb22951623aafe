import { useServer } from '../support/use-server';
import { apiAs, randomAppid } from '../support/api';
import { openBrowser, screenshot, signIn, type BrowserSession } from '../support/browser';

describe('tracking plan editor, readiness and chan simulator', () => {
  useServer();
  let b: BrowserSession;
  beforeAll(async () => (b = await openBrowser()));
  afterAll(() => b.close());

  it('should map browse_sku_page through the forms, fix a validation error, turn guide analysis green and simulate a QR launch', async () => {
    const { page } = b;
    await signIn(page);

    // create an app through the UI
    const appid = randomAppid();
    await page.getByTestId('create-app').click();
    await page.getByTestId('app-name').fill('计划商城');
    await page.getByTestId('app-appid').fill(appid);
    await page
      .getByRole('button', { name: /添加应用/ })
      .last()
      .click();
    await page.getByTestId('app-created-done').click();
    await page.waitForURL(`**/apps/${appid}/plan**`);

    // a goods page
    await page.getByTestId('add-page').click();
    await page.getByTestId('page-route').fill('pages/goods/detail');
    await page.getByTestId('page-title').fill('商品详情');

    // 添加 → 浏览商品详情页: the template fills the trigger and the mappings
    await page.getByTestId('add-rule').click();
    await page.getByRole('menuitem', { name: '浏览商品详情页 browse_sku_page' }).click();
    const drawer = page.getByTestId('rule-drawer');
    await drawer.getByText('页面数据到达').waitFor();
    await expect(drawer.getByTestId('trigger-path').inputValue()).resolves.toBe('goods');

    // a mistyped scope root: the server's validator names the field, inline and in the 校验 panel
    const skuId = drawer.locator('[data-path="/pages/0/rules/0/props/sku/sku_id"] input');
    await skuId.fill('{{goods.sku_id}}');
    await drawer.getByTestId('field-error').first().waitFor();
    await page.getByTestId('save-state').getByText('已保存').waitFor();
    await screenshot(page, 'plan-rule-drawer');
    await page.locator('.ant-drawer-close:visible').click();
    await page.getByTestId('rule-row-browse_sku_page_1').getByText('1 个错误').waitFor();
    await screenshot(page, 'plan-editor');

    await page.getByTestId('open-validation').click();
    const violation = page.getByTestId('violation').first();
    await expect(violation.textContent()).resolves.toContain('/pages/0/rules/0/props/sku/sku_id');
    await screenshot(page, 'plan-validation');
    await violation.click();
    // the rule opens with the named field focused
    await page.waitForFunction(() =>
      document.activeElement?.closest('[data-path="/pages/0/rules/0/props/sku/sku_id"]'),
    );
    await skuId.fill('{{data.goods.sku_id}}');
    // the message goes once the corrected draft is saved and the server finds nothing wrong
    await drawer.getByTestId('field-error').first().waitFor({ state: 'detached' });
    await page.getByTestId('save-state').getByText('已保存').waitFor();
    await page.locator('.ant-drawer-close:visible').click();
    await page.getByTestId('rule-row-browse_sku_page_1').getByText('正常').waitFor();

    // what was saved is the mapped rule (checked on the server, not in the UI)
    const saved = await apiAs('GET', `/api/apps/${appid}/draft`);
    expect(saved.valid).toBe(true);
    expect(saved.config.pages[0]).toMatchObject({
      route: 'pages/goods/detail',
      title: '商品详情',
      rules: [
        {
          event: 'browse_sku_page',
          trigger: { kind: 'data', path: 'goods' },
          props: { sku: { sku_id: '{{data.goods.sku_id}}' } },
        },
      ],
    });

    // the JSON view shows the same draft
    await page.getByRole('tab', { name: 'JSON' }).click();
    await page.locator('[data-testid="json-editor"] .view-lines').getByText('"browse_sku_page"').first().waitFor();
    await screenshot(page, 'plan-json');
    await page.getByRole('tab', { name: '可视化' }).click();

    // readiness: guide analysis needs chan.guide_id
    await page.getByRole('link', { name: '就绪度' }).click();
    const guideCell = page.getByTestId('cell-browse_sku_page-guide');
    await expect(guideCell.getAttribute('data-status')).resolves.toBe('missing');
    await expect(page.getByTestId('cell-add_to_cart-guide').getAttribute('data-status')).resolves.toBe('missing');

    // a guide_id chan rule from the QR scene
    await page.getByRole('link', { name: '埋点方案' }).click();
    await page.getByRole('menuitem', { name: '渠道字段' }).click();
    await page.getByTestId('add-chan-rule').click();
    await page.getByTestId('chan-field-0').click();
    await page.locator('.ant-select-dropdown').getByTitle('guide_id').click();
    await page.locator('[data-path="/chan/0/sources/0"] input').fill('{{scene.gid}}');
    await page.getByTestId('save-state').getByText('已保存').waitFor();

    // the simulator runs the draft's chan rules on a QR launch
    await page.getByTestId('sim-qr').fill('gid%3D88');
    await page.getByTestId('sim-run').click();
    const chan = page.getByTestId('sim-chan');
    await expect(chan.textContent()).resolves.toContain('guide_id');
    await expect(chan.textContent()).resolves.toContain('"88"');
    await expect(chan.textContent()).resolves.toContain('1047');
    await screenshot(page, 'plan-chan-simulator');

    await page.getByRole('link', { name: '就绪度' }).click();
    await page.locator('[data-testid="cell-browse_sku_page-guide"][data-status="ok"]').waitFor();
    await expect(page.getByTestId('cell-app_show-guide').getAttribute('data-status')).resolves.toBe('ok');
    // add_to_cart is still not tracked at all
    await expect(page.getByTestId('cell-add_to_cart-guide').getAttribute('data-status')).resolves.toBe('missing');
    await screenshot(page, 'readiness');
    expect(b.errors).toEqual([]);
  });

  it('should open the conflict dialog when someone else saved meanwhile, compare both and keep mine', async () => {
    const { page } = b;
    const appid = randomAppid();
    await apiAs('POST', '/api/apps', { name: '冲突商城', appid });
    await page.goto(`/apps/${appid}/plan/settings`);
    const shareSwitch = page.locator('[data-path="/presets/share"] button');
    await shareSwitch.waitFor();

    // someone else saves the draft after this page loaded it
    const before = await apiAs('GET', `/api/apps/${appid}/draft`);
    await apiAs('PUT', `/api/apps/${appid}/draft`, {
      config: { ...before.config, description: '别人的修改' },
      revision: before.revision,
    });

    await shareSwitch.click();
    await page.getByText('别人刚刚也修改了这个草稿').waitFor();
    await page.getByRole('button', { name: '并排比较' }).click();
    await page.locator('[data-testid="json-diff"] .view-lines').first().waitFor();
    await screenshot(page, 'plan-conflict');
    await page.getByTestId('conflict-mine').click();
    await page.getByTestId('save-state').getByText('已保存').waitFor();

    const after = await apiAs('GET', `/api/apps/${appid}/draft`);
    expect(after.config.presets.share).toBe(false);
    expect(after.revision).toBe(before.revision + 2);
    expect(b.errors.filter((e) => !e.includes('409'))).toEqual([]);
  });
});
