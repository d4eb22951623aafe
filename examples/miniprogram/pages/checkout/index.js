/* global Page, wx */
const { request } = require('../../utils/request');
const { formatPrice } = require('../../utils/price');

Page({
  data: {
    items: [],
    store: null,
    totalText: '0.00',
    submitting: false,
  },

  onLoad() {
    this.setData({ store: wx.getStorageSync('selectedStore') || null });
    request({ url: '/cart' }).then((cart) => {
      const totalFen = cart.items.reduce((sum, item) => sum + item.price * item.quantity, 0);
      this.setData({
        items: cart.items.map((item) => Object.assign({}, item, { priceText: formatPrice(item.price) })),
        totalText: formatPrice(totalFen),
      });
    });
  },

  onSubmitOrder() {
    if (this.data.submitting || !this.data.items.length) return;
    this.setData({ submitting: true });
    const store = this.data.store;
    request({
      url: '/orders',
      method: 'POST',
      data: {
        items: this.data.items.map((item) => ({ skuId: item.skuId, quantity: item.quantity })),
        storeId: store ? store.id : '',
      },
    })
      .then((order) => this.pay(order))
      .catch((err) => {
        this.setData({ submitting: false });
        wx.showToast({ title: err.message, icon: 'none' });
      });
  },

  pay(order) {
    const params = order.payParams;
    wx.requestPayment({
      timeStamp: params.timeStamp,
      nonceStr: params.nonceStr,
      package: params.package,
      signType: params.signType,
      paySign: params.paySign,
      success: () => {
        wx.redirectTo({ url: '/pages/pay-result/index?status=success&orderNo=' + order.orderNo });
      },
      fail: (err) => {
        const status = err.errMsg.indexOf('cancel') >= 0 ? 'cancel' : 'fail';
        wx.redirectTo({ url: '/pages/pay-result/index?status=' + status + '&orderNo=' + order.orderNo });
      },
    });
  },
});
