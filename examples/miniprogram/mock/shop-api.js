// The shop backend in memory, for tests and for the WeChat devtools' mock mode. Amounts are in fen, as the
// real API sends them. `handle` answers one wx.request ({url, method, data}) with {statusCode, data}.
const catalog = require('./catalog.json');

const IMG = 'https://img.shop.example.com/goods/';

function detailOf(g) {
  const category = catalog.categories.find((c) => c.id === g.categoryId);
  return Object.assign({}, g, {
    cover: IMG + g.id + '/cover.jpg',
    images: [IMG + g.id + '/1.jpg', IMG + g.id + '/2.jpg', IMG + g.id + '/3.jpg'],
    category: { id: category.id, name: category.name, parentId: category.parentId },
    description: g.title + '，产地直采，48 小时内发货。',
  });
}

function summaryOf(g) {
  const d = detailOf(g);
  return { id: d.id, spuId: d.spuId, title: d.title, price: d.price, marketPrice: d.marketPrice, cover: d.cover };
}

function parseUrl(url) {
  const [path, qs] = url.split('?');
  const query = {};
  (qs || '').split('&').forEach((pair) => {
    if (!pair) return;
    const [k, v] = pair.split('=');
    query[decodeURIComponent(k)] = decodeURIComponent(v || '');
  });
  return { path: path.replace(/^https?:\/\/[^/]+\/api/, ''), query };
}

function createShopApi(options) {
  const opts = Object.assign({ unionId: 'oUnion_7f3a9c21', userId: 'U800123', now: () => Date.now() }, options);
  const state = { cart: [], orders: [], nextOrder: 1 };

  const ok = (data) => ({ statusCode: 200, data: { code: 0, msg: 'ok', data } });
  const bad = (code, msg) => ({ statusCode: 200, data: { code, msg, data: null } });
  const cartView = () => ({
    items: state.cart.map((line) => {
      const g = summaryOf(catalog.goods.find((x) => x.id === line.skuId));
      return { skuId: g.id, spuId: g.spuId, title: g.title, cover: g.cover, price: g.price, quantity: line.quantity };
    }),
  });
  const find = (id) => catalog.goods.find((g) => g.id === id);

  function handle(req) {
    const { path, query } = parseUrl(req.url);
    const method = (req.method || 'GET').toUpperCase();
    const data = Object.assign({}, query, typeof req.data === 'object' && req.data ? req.data : {});
    let m;
    if (method === 'POST' && path === '/session') {
      return ok({ token: 'tok_' + data.code, userId: opts.userId, unionId: opts.unionId });
    }
    if (method === 'GET' && path === '/goods') {
      const page = +data.page || 1;
      const size = +data.size || 6;
      const list = catalog.goods.slice((page - 1) * size, page * size).map(summaryOf);
      return ok({ list, total: catalog.goods.length, page });
    }
    if (method === 'GET' && path === '/goods/search') {
      const kw = String(data.keyword || '');
      return ok({ list: catalog.goods.filter((g) => g.title.indexOf(kw) >= 0).map(summaryOf), keyword: kw });
    }
    if (method === 'GET' && (m = /^\/goods\/([\w-]+)$/.exec(path))) {
      const g = find(m[1]);
      return g ? ok(detailOf(g)) : bad(404, '商品不存在');
    }
    if (method === 'GET' && path === '/stores') return ok(catalog.stores);
    if (method === 'GET' && path === '/cart') return ok(cartView());
    if (method === 'POST' && path === '/cart/items') {
      const g = find(data.skuId);
      if (!g) return bad(404, '商品不存在');
      const line = state.cart.find((l) => l.skuId === g.id);
      if (line) line.quantity += +data.quantity || 1;
      else state.cart.push({ skuId: g.id, quantity: +data.quantity || 1 });
      return ok(cartView());
    }
    if ((m = /^\/cart\/items\/([\w-]+)$/.exec(path)) && (method === 'PUT' || method === 'DELETE')) {
      const line = state.cart.find((l) => l.skuId === m[1]);
      if (!line) return bad(404, '购物车里没有这件商品');
      if (method === 'DELETE' || +data.quantity <= 0) state.cart = state.cart.filter((l) => l !== line);
      else line.quantity = +data.quantity;
      return ok(cartView());
    }
    if (method === 'POST' && path === '/orders') {
      const lines = (data.items || []).map((i) => ({ g: find(i.skuId), quantity: +i.quantity }));
      if (!lines.length || lines.some((l) => !l.g)) return bad(400, '订单商品有误');
      const totalFee = lines.reduce((s, l) => s + l.g.price * l.quantity, 0);
      // every order gets the shop's 5 yuan coupon, so the payable amount differs from the order amount
      const payFee = totalFee - 500;
      const orderNo = 'SO' + String(20261128000 + state.nextOrder++);
      const createdAt = opts.now();
      const order = { orderNo, totalFee, payFee, createdAt, storeId: data.storeId || '', goodsCount: lines.length };
      state.orders.push(order);
      state.cart = [];
      return ok(
        Object.assign({}, order, {
          payParams: {
            timeStamp: String(Math.floor(createdAt / 1000)),
            nonceStr: 'n' + orderNo,
            package: 'prepay_id=wx' + orderNo,
            signType: 'RSA',
            paySign: 'signature-of-' + orderNo,
          },
        }),
      );
    }
    return { statusCode: 404, data: { code: 404, msg: 'no route ' + method + ' ' + path, data: null } };
  }

  return { handle, state, catalog };
}

module.exports = { createShopApi };
