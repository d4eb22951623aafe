// 对账 end to end (issue 12 item 4): orders and a daily summary through the signed data API, custom_order
// events through the collector, a planted mismatch — the page flags the day in its chart and table and the
// drill-down names the order behind it.
import { createHmac, randomBytes } from 'node:crypto';
import { createAppViaApi } from '../support/api';
import { openBrowser, screenshot, signIn, type BrowserSession } from '../support/browser';
import { useServer } from '../support/use-server';

const HOUR = 3_600_000;
const server = () => process.env.TRACKWAY_E2E_URL!;

/** Signed like Youshu's data API (youshu-spec §2): HMAC-SHA256 over app_id, nonce, sign and timestamp. */
async function dataApi(path: string, appid: string, secret: string, body: unknown): Promise<any> {
  const nonce = randomBytes(16).toString('hex');
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = createHmac('sha256', secret)
    .update(`app_id=${appid}&nonce=${nonce}&sign=sha256&timestamp=${timestamp}`)
    .digest('hex');
  const q = new URLSearchParams({ app_id: appid, nonce, sign: 'sha256', timestamp, signature });
  const res = await fetch(`${server()}/data-api/v1/${path}?${q}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json = await res.json();
  if (res.status !== 200 || json.retcode !== 0) throw new Error(`${path}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

/** Midnight of the China day `daysAgo` before today, in ms, and its YYYY-MM-DD. */
function chinaDay(daysAgo: number): { ms: number; day: string } {
  const shifted = new Date(Date.now() + 8 * HOUR);
  const midnight = Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate() - daysAgo) - 8 * HOUR;
  return { ms: midnight, day: new Date(midnight + 8 * HOUR).toISOString().slice(0, 10) };
}

function order(id: string, placedMs: number, amount: number) {
  return {
    external_order_id: id,
    create_time: String(placedMs),
    order_source: 'wxapp',
    order_type: 1,
    goods_num_total: 1,
    goods_amount_total: amount,
    freight_amount: 0,
    order_amount: amount,
    payable_amount: amount,
    payment_amount: amount,
    order_status: '1150',
    status_change_time: String(placedMs + 60_000),
    user_info: { open_id: 'oE2eBuyer1' },
    goods_info: [
      {
        external_sku_id: 'SKU1',
        sku_name_chinese: '龙井 250g',
        goods_amount: amount,
        payment_amount: amount,
        external_spu_id: 'SPU1',
        spu_name_chinese: '龙井',
        goods_num: 1,
      },
    ],
    payment_info: [{ payment_type: '00009', trans_id: `42000${id}`, trans_amount: amount }],
  };
}

function customOrder(appid: string, id: string, status: 'give_order' | 'payed', placedMs: number, amount: number) {
  return {
    type: 'custom_order',
    from: 'trackway',
    props: {
      page: 'pages/pay/index',
      page_title: '支付',
      time: placedMs,
      wx_user: { app_id: appid, open_id: 'oE2eBuyer1' },
      chan: { chan_wxapp_scene: 1001 },
      order: {
        order_id: id,
        order_time: placedMs,
        order_status: status,
        ...(status === 'payed' ? { pay_time: placedMs + 60_000 } : {}),
      },
      sub_orders: [{ sub_order_id: id, order_amt: amount, pay_amt: amount }],
    },
  };
}

describe('对账', () => {
  useServer();
  let b: BrowserSession;
  beforeAll(async () => (b = await openBrowser()));
  afterAll(() => b.close());

  it('should flag the day with a planted mismatch in chart and table and drill down to its order', async () => {
    const app = await createAppViaApi('对账商城');
    const good = chinaDay(2);
    const bad = chinaDay(1);
    const at = (d: { ms: number }) => d.ms + 10 * HOUR;
    await dataApi('order/add_order', app.appid, app.dataApiSecret, {
      dataSourceId: 'e2e',
      orders: [
        order('G1', at(good), 79.9),
        order('G2', at(good), 20),
        order('B1', at(bad), 50),
        order('B2', at(bad), 30),
      ],
    });
    const sum = (d: { ms: number }, placed: number, paid: number, amount: number) => ({
      ref_date: String(d.ms),
      give_order_amount_sum: amount,
      give_order_num_sum: placed,
      payment_amount_sum: amount,
      payed_num_sum: paid,
    });
    // the planted mismatch: the merchant's summary for `bad` claims 3 orders where add_order reported 2
    await dataApi('order/add_order_sum', app.appid, app.dataApiSecret, {
      dataSourceId: 'e2e',
      orders: [sum(good, 2, 2, 99.9), sum(bad, 3, 2, 80)],
    });
    // the phone saw every order placed, and every payment but B2's
    const events = [
      ...['G1', 'G2'].flatMap((id, i) => {
        const amount = [79.9, 20][i];
        return [
          customOrder(app.appid, id, 'give_order', at(good), amount),
          customOrder(app.appid, id, 'payed', at(good), amount),
        ];
      }),
      customOrder(app.appid, 'B1', 'give_order', at(bad), 50),
      customOrder(app.appid, 'B1', 'payed', at(bad), 50),
      customOrder(app.appid, 'B2', 'give_order', at(bad), 30),
    ];
    for (let i = 0; ; i++) {
      const res = await fetch(`${server()}/youshu/api/report?token=${app.collectorToken}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(events),
      });
      if (res.status === 200) break;
      if (i > 100) throw new Error(`collector: ${res.status}`);
      await new Promise((r) => setTimeout(r, 20));
    }

    const { page } = b;
    await signIn(b.page);
    await page.goto(`/apps/${app.appid}/reconcile`);
    await page.getByTestId('reconcile-summary').getByText('1 天不一致').waitFor();
    // the chart draws a red band and a red ⚠ date for the bad day only
    const chart = page.getByTestId('reconcile-chart');
    await chart.locator('.recharts-bar-rectangle').first().waitFor();
    await expect(chart.locator('text', { hasText: '⚠' }).allTextContents()).resolves.toEqual([`${bad.day.slice(5)} ⚠`]);
    // the table: the bad day red with the reported and the collector's figures that disagree, the good day agrees
    await expect(page.getByTestId(`reconcile-day-${bad.day}`).textContent()).resolves.toContain('不一致');
    await expect(page.getByTestId(`reconcile-day-${good.day}`).textContent()).resolves.toContain('一致');
    await expect(page.getByTestId(`reconcile-day-${good.day}`).textContent()).resolves.not.toContain('不一致');
    const flagged = await page.locator('[data-testid="reconcile-days"] [data-mismatch]').allTextContents();
    // reported.giveOrderNumSum 3 (not 2), collector.paymentAmountSum ¥50.00 and payedNumSum 1 (B2 unpaid there)
    expect(flagged.sort()).toEqual(['1', '3', '¥50.00'].sort());
    await screenshot(page, 'reconcile');

    await page.getByTestId(`drill-${bad.day}`).click();
    const drawer = page.getByTestId('reconcile-drill');
    await drawer.getByText(`${bad.day} 的订单`).waitFor();
    // the title shows at once, the orders when the drill-down answers
    await drawer.getByTestId('drill-order').first().waitFor();
    await expect(drawer.getByTestId('drill-order').allTextContents()).resolves.toEqual(['B2']);
    await expect(drawer.getByTestId('drill-problem').allTextContents()).resolves.toEqual(['采集器中未支付']);
    await page.getByTestId('drill-all').click();
    await drawer.getByTestId('drill-order').nth(1).waitFor();
    await expect(drawer.getByTestId('drill-order').allTextContents()).resolves.toEqual(['B1', 'B2']);
    await screenshot(page, 'reconcile-drill-down');
    expect(b.errors).toEqual([]);
  });
});
