import { useServer } from '../support/use-server';
import { apiAs, createAppViaApi, saveDraftViaApi } from '../support/api';
import { openBrowser, screenshot, signIn, type BrowserSession } from '../support/browser';
import { goodsConfig } from '../support/configs';

describe('users, roles, settings and audit', () => {
  useServer();
  let admin: BrowserSession;
  let appid: string;
  beforeAll(async () => {
    admin = await openBrowser();
    await signIn(admin.page);
    appid = (await createAppViaApi('审计测试商城')).appid;
    await saveDraftViaApi(appid, goodsConfig());
    await apiAs('POST', `/api/apps/${appid}/versions`, { message: '第一版' });
  });
  afterAll(() => admin.close());

  it('should let an admin add a viewer, who then sees the app read-only and cannot publish', async () => {
    const { page } = admin;
    await page.goto('/users');
    await page.getByTestId('create-user').click();
    await page.getByTestId('user-username').fill('admin');
    await page.getByTestId('user-password').fill('viewer-password-1');
    await page.getByTestId('user-role').click();
    await page.locator('.ant-select-item-option', { hasText: '只读' }).click();
    await page.locator('.ant-modal').getByRole('button', { name: '添加用户' }).click();
    // The server's 409 username_taken lands at the username field.
    await page.locator('.ant-form-item-explain-error', { hasText: '用户名已被占用' }).waitFor();
    await page.getByTestId('user-username').fill('pm-viewer');
    await page.locator('.ant-modal').getByRole('button', { name: '添加用户' }).click();
    await page.getByText('已添加用户 pm-viewer').waitFor();
    await page.getByRole('cell', { name: 'pm-viewer' }).waitFor();
    await screenshot(page, 'users');

    const viewer = await openBrowser();
    try {
      await signIn(viewer.page, { username: 'pm-viewer', password: 'viewer-password-1' });
      expect(await viewer.page.getByTestId('create-app').count()).toBe(0);
      await viewer.page.goto(`/apps/${appid}/releases`);
      await viewer.page.getByTestId('read-only-banner').waitFor();
      expect(await viewer.page.getByTestId('open-publish').isDisabled()).toBe(true);
      expect(
        await viewer.page.getByTestId('env-trial').getByRole('button', { name: '发布到此环境' }).isDisabled(),
      ).toBe(true);
      await viewer.page.goto(`/apps/${appid}/settings`);
      expect(await viewer.page.getByTestId('settings-name').isDisabled()).toBe(true);
      await viewer.page.goto('/users');
      await viewer.page.getByText('只有管理员可以管理用户').waitFor();
      expect(viewer.errors).toEqual([]);
    } finally {
      await viewer.close();
    }
  });

  it('should rename the app in settings and show it in the header and the audit log, filterable', async () => {
    const { page } = admin;
    await page.goto(`/apps/${appid}/settings`);
    await page.getByTestId('settings-name').fill('审计测试商城（新）');
    await page.getByTestId('settings-save').click();
    await page.getByText('已保存设置').waitFor();
    await page.locator('.ant-breadcrumb').getByText('审计测试商城（新）').waitFor();
    // forwarding to Youshu: a URL that is not http(s) is refused at the field, a good one is kept
    const card = page.getByTestId('forwarding-card');
    await card.getByTestId('fwd-report-enabled').click();
    await card.getByTestId('fwd-report-url').fill('ftp://zhls.example/report');
    await card.getByTestId('fwd-save').click();
    await card.locator('.ant-form-item-explain-error').first().waitFor();
    await card.getByTestId('fwd-report-url').fill('https://zhls.example/api/report');
    await card.getByTestId('fwd-save').click();
    await page.getByText('已保存转发设置').waitFor();
    await page.reload();
    await expect(page.getByTestId('fwd-report-url').inputValue()).resolves.toBe('https://zhls.example/api/report');
    expect(await page.getByTestId('fwd-report-enabled').getAttribute('aria-checked')).toBe('true');
    await screenshot(page, 'settings');

    await page.getByRole('link', { name: '审计', exact: true }).click();
    await page.waitForURL(`**/apps/${appid}/audit`);
    const rows = page.locator('.ant-table-tbody tr.ant-table-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThanOrEqual(4); // app added, draft saved, version published, renamed
    await screenshot(page, 'audit');

    await page.getByTestId('audit-action-filter').click();
    await page.locator('.ant-select-item-option', { hasText: '发布版本' }).click();
    await page.keyboard.press('Escape');
    await page.getByText('显示 1 /').waitFor();
    expect(await rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('发布版本');
    expect(admin.errors).toEqual([]);
  });
});
