import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { E2E_ADMIN, REPO_ROOT } from './server-process';

/** Debian's chromium (.ci/run installs it); CHROMIUM_PATH overrides. */
const EXECUTABLE = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/**
 * docs/screenshots/ when TRACKWAY_SCREENSHOTS=1 (`npm run screenshots`), else a temporary folder: an ordinary
 * test run takes the same pictures without rewriting the committed ones.
 */
export const SCREENSHOT_DIR =
  process.env.TRACKWAY_SCREENSHOTS === '1'
    ? join(REPO_ROOT, 'docs', 'screenshots')
    : join(tmpdir(), 'trackway-screenshots');

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  /** Console errors (but 4xx answers) and uncaught page errors seen so far (a test asserts there are none). */
  errors: string[];
  close(): Promise<void>;
}

/** A fresh chromium profile (new user data dir) with one page at the server's URL. */
export async function openBrowser(baseURL = process.env.TRACKWAY_E2E_URL!): Promise<BrowserSession> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'trackway-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: EXECUTABLE,
    headless: true,
    args: FLAGS,
    baseURL,
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('console', (m) => {
    // A 4xx the UI shows as a message (wrong password, a taken name) is an answer, not an error of the page.
    if (m.type() !== 'error' || /^Failed to load resource: the server responded with a status of 4\d\d/.test(m.text()))
      return;
    errors.push(`${m.text()} @ ${m.location().url}:${m.location().lineNumber}`);
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return {
    context,
    page,
    errors,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Signs in through the login form (the first admin unless `user`) and waits to land on `landing`. */
export async function signIn(
  page: Page,
  user: { username: string; password: string } = E2E_ADMIN,
  landing = '**/apps',
): Promise<void> {
  if (!page.url().includes('/login')) await page.goto('/login');
  await page.getByLabel('用户名').fill(user.username);
  await page.getByLabel('密码').fill(user.password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.waitForURL(landing);
}

/**
 * Saves <SCREENSHOT_DIR>/<name>.png of the current page (the README shows them). Toasts are hidden unless
 * `toasts` is set, so a picture shows the screen rather than the last few messages.
 */
export async function screenshot(page: Page, name: string, options: { toasts?: boolean } = {}): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  // Let antd's enter animations finish so the picture shows the settled screen.
  await page.waitForTimeout(400);
  const hide = options.toasts
    ? null
    : await page.addStyleTag({ content: '.ant-message { display: none !important; }' });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
  await hide?.evaluate((el) => (el as Element).remove());
}
