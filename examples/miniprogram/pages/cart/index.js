/* global Page, wx, getApp */
const { request } = require('../../utils/request');
const { formatPrice } = require('../../utils/price');

function present(cart) {
  const items = cart.items.map((item) => Object.assign({}, item, { priceText: formatPrice(item.price) }));
  const totalFen = cart.items.reduce((sum, item) => sum + item.price * item.quantity, 0);
  return { items, totalText: formatPrice(totalFen) };
}

Page({
  data: {
    items: [],
    totalText: '0.00',
    updating: false,
  },

  onShow() {
    this.load();
  },

  load() {
    return request({ url: '/cart' })
      .then((cart) => this.setData(present(cart)))
      .catch(() => wx.showToast({ title: '购物车加载失败', icon: 'none' }));
  },

  setQuantity(skuId, quantity) {
    if (this.data.updating) return;
    this.setData({ updating: true });
    const call =
      quantity > 0
        ? request({ url: '/cart/items/' + skuId, method: 'PUT', data: { quantity } })
        : request({ url: '/cart/items/' + skuId, method: 'DELETE' });
    call
      .then((cart) => {
        this.setData(Object.assign({ updating: false }, present(cart)));
        getApp().globalData.cartCount = cart.items.reduce((n, item) => n + item.quantity, 0);
      })
      .catch((err) => {
        this.setData({ updating: false });
        wx.showToast({ title: err.message, icon: 'none' });
      });
  },

  onIncrease(e) {
    const item = this.data.items.find((i) => i.skuId === e.currentTarget.dataset.skuId);
    if (item) this.setQuantity(item.skuId, item.quantity + 1);
  },

  onDecrease(e) {
    const item = this.data.items.find((i) => i.skuId === e.currentTarget.dataset.skuId);
    if (item) this.setQuantity(item.skuId, item.quantity - 1);
  },

  onCheckout() {
    if (!this.data.items.length) return;
    wx.navigateTo({ url: '/pages/checkout/index' });
  },
});
