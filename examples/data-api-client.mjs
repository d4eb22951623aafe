#!/usr/bin/env node
// A minimal Youshu-compatible data API client: signs and sends one order (add_order), one daily summary
// (add_order_sum) and one day of page visits (add_wxapp_visit_page) to Trackway — or to Youshu itself, since the
// signing and the bodies are Youshu's (docs/data-api.md). Node ≥ 20, no dependencies.
//
//   TRACKWAY_URL=http://localhost:3000 APP_ID=wx0123456789abcdef APP_SECRET=<dataApiSecret> \
//     node examples/data-api-client.mjs
//
// APP_ID / APP_SECRET: the app's WeChat appid and the data API secret shown when the app was registered — or the
// merchant's real Youshu app_id / app_secret once stored in the app's forwarding settings.
// Exits 1 unless every call answers retcode 0.
import { createHmac, randomBytes } from 'node:crypto';

const BASE = process.env.TRACKWAY_URL || 'http://localhost:3000';
const APP_ID = process.env.APP_ID;
const APP_SECRET = process.env.APP_SECRET;
const DATA_SOURCE_ID = process.env.DATA_SOURCE_ID || '10000';
if (!APP_ID || !APP_SECRET) {
  console.error('Set APP_ID and APP_SECRET (see the comment at the top of this file).');
  process.exit(2);
}

/** Youshu's signature: hex HMAC-SHA256 keyed with the secret over app_id, nonce, sign and timestamp (seconds). */
function signedQuery() {
  const nonce = randomBytes(16).toString('hex');
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = createHmac('sha256', APP_SECRET)
    .update(`app_id=${APP_ID}&nonce=${nonce}&sign=sha256&timestamp=${timestamp}`)
    .digest('hex');
  return new URLSearchParams({ app_id: APP_ID, nonce, sign: 'sha256', timestamp, signature });
}

async function send(path, body) {
  const res = await fetch(`${BASE}${path}?${signedQuery()}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const answer = await res.json();
  console.log(`${path} → HTTP ${res.status} retcode ${answer.retcode} ${answer.errmsg}`);
  for (const r of answer.data?.results ?? []) {
    for (const v of [...r.errors, ...r.warnings]) console.log(`  [${r.index}] ${v.severity} ${v.message.en}`);
  }
  return answer.retcode;
}

// Yesterday 00:00 in China time (+08:00), as Youshu's ref_date expects.
const dayStart = Math.floor((Date.now() + 8 * 3_600_000) / 86_400_000) * 86_400_000 - 8 * 3_600_000 - 86_400_000;
const placedAt = dayStart + 10 * 3_600_000;
const ymd = new Date(dayStart + 8 * 3_600_000).toISOString().slice(0, 10).replaceAll('-', '');

const order = {
  external_order_id: `EXAMPLE-${ymd}-001`,
  create_time: String(placedAt),
  order_source: 'wxapp',
  order_type: 1,
  goods_num_total: 1,
  goods_amount_total: 79.9,
  freight_amount: 0,
  order_amount: 79.9,
  payable_amount: 79.9,
  payment_amount: 79.9,
  order_status: '1150',
  status_change_time: String(placedAt + 60_000),
  user_info: { open_id: 'oExampleOpenId' },
  goods_info: [
    {
      external_sku_id: 'SKU-TEE-M',
      sku_name_chinese: '白色 T 恤 M 码',
      goods_amount: 99,
      payment_amount: 79.9,
      external_spu_id: 'SPU-TEE',
      spu_name_chinese: '白色 T 恤',
      goods_num: 1,
      chan_info: [{ chan_wxapp: { chan_scene: 1037 }, guide_id: 'guide-001' }],
    },
  ],
  payment_info: [{ payment_type: '00009', trans_id: '4200000000000000001', trans_amount: 79.9 }],
};

const codes = [
  await send('/data-api/v1/order/add_order', { dataSourceId: DATA_SOURCE_ID, orders: [order] }),
  await send('/data-api/v1/order/add_order_sum', {
    dataSourceId: DATA_SOURCE_ID,
    orders: [
      {
        ref_date: String(dayStart),
        give_order_amount_sum: 79.9,
        give_order_num_sum: 1,
        payment_amount_sum: 79.9,
        payed_num_sum: 1,
      },
    ],
  }),
  await send('/data-api/v1/analysis/add_wxapp_visit_page', {
    dataSourceId: DATA_SOURCE_ID,
    rawMsg: [
      {
        ref_date: ymd,
        list: [
          { page_path: 'pages/index/index', page_visit_pv: 120, page_visit_uv: 80, page_staytime_pv: 12.5 },
          { page_path: 'pages/goods/detail', page_visit_pv: 45, page_visit_uv: 30, page_staytime_pv: 30.1 },
        ],
      },
    ],
  }),
];
process.exit(codes.every((c) => c === 0) ? 0 : 1);
