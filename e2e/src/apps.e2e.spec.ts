import { useServer } from '../support/use-server';
import { openBrowser, screenshot, signIn, type BrowserSession } from '../support/browser';
import { randomAppid } from '../support/api';

describe('login and apps', () => {
  useServer();
  let b: BrowserSession;
  beforeAll(async () => (b = await openBrowser()));
  afterAll(() => b.close());

  it('should sign in, create an app (appid checked at the field, secrets shown once) and land in its plan', async () => {
    const { page } = b;
    await page.goto('/');
    await page.waitForURL('**/login**');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await screenshot(page, 'login');

    // A wrong password says so, in Chinese.
    await page.getByLabel('用户名').fill('admin');
    await page.getByLabel('密码').fill('not-the-password');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await expect(page.getByTestId('login-error').textContent()).resolves.toContain('用户名或密码错误');

    await signIn(page);
    await page.getByText('还没有应用').waitFor();
    await page.getByTestId('create-app').click();

    const appid = randomAppid();
    await page.getByTestId('app-name').fill('示例商城');
    await page.getByTestId('app-appid').fill('wx123');
    await page
      .getByRole('button', { name: /添加应用/ })
      .last()
      .click();
    await page.getByText('appid 格式不正确').waitFor();

    await page.getByTestId('app-appid').fill(appid);
    await page
      .getByRole('button', { name: /添加应用/ })
      .last()
      .click();
    await page.getByText('已添加 示例商城').waitFor();
    const collector = await page.getByTestId('collector-token').inputValue();
    const secret = await page.getByTestId('data-api-secret').inputValue();
    expect(collector.length).toBeGreaterThan(16);
    expect(secret.length).toBeGreaterThan(16);
    await screenshot(page, 'app-created');

    await page.getByTestId('app-created-done').click();
    await page.waitForURL(`**/apps/${appid}/plan`);
    await page.getByTestId('plan-page').waitFor();
    // Monaco, bundled locally and loaded on demand, shows the new app's starter draft.
    await page.getByRole('tab', { name: 'JSON' }).click();
    await page.locator('[data-testid="json-editor"] .view-lines').getByText('"schemaVersion"').waitFor();
    await screenshot(page, 'plan-new-app');

    // The list finds it by appid; the secret is not shown again anywhere.
    await page.goto('/apps');
    await page.getByPlaceholder('按名称或 appid 搜索').fill(appid.slice(-6));
    await page.getByRole('link', { name: '示例商城' }).waitFor();
    expect(await page.content()).not.toContain(secret);
    await screenshot(page, 'apps');
    expect(b.errors).toEqual([]);
  });

  it('should show a server-side field error at the field: an appid that already exists', async () => {
    const { page } = b;
    const appid = randomAppid();
    await page.goto('/apps');
    for (const attempt of [1, 2]) {
      await page.getByTestId('create-app').click();
      await page.getByTestId('app-name').fill(`重复 ${attempt}`);
      await page.getByTestId('app-appid').fill(appid);
      await page
        .getByRole('button', { name: /添加应用/ })
        .last()
        .click();
      if (attempt === 1) {
        await page.getByTestId('app-created-done').click();
        await page.goto('/apps');
      }
    }
    const help = page.locator('.ant-form-item-explain-error');
    await help.first().waitFor();
    expect(await help.first().textContent()).toContain(appid);
  });

  it('should open a deep link after sign-in, and switch the UI to English', async () => {
    const { page } = b;
    await b.context.clearCookies();
    await page.evaluate(() => localStorage.clear());
    await page.goto('/apps/wx0000000000000000/releases');
    await page.waitForURL('**/login?next=**');
    await signIn(page, undefined, '**/apps/wx0000000000000000/releases');
    await page.getByText('加载失败').waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByText('Could not load').waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByRole('button', { name: '中文' }).click();
  });
});
