/* global App, wx */
require('@trackway/sdk-runtime').init(require('./config/trackway-options'));

const { request } = require('./utils/request');

App({
  globalData: {
    userInfo: null,
    cartCount: 0,
  },

  onLaunch() {
    this.login();
  },

  onShow() {
    this.refreshCartCount();
  },

  // Exchanges the wx.login code for the shop's session; the session carries the user's unionid once the
  // mini-program is bound to the merchant's open platform account.
  login() {
    wx.login({
      success: ({ code }) => {
        request({ url: '/session', method: 'POST', data: { code } })
          .then((session) => {
            this.globalData.userInfo = { userId: session.userId, unionId: session.unionId };
            wx.setStorageSync('session', session);
          })
          .catch(() => wx.showToast({ title: '登录失败', icon: 'none' }));
      },
    });
  },

  refreshCartCount() {
    const session = wx.getStorageSync('session');
    if (!session) return;
    request({ url: '/cart' })
      .then((cart) => {
        this.globalData.cartCount = cart.items.reduce((n, item) => n + item.quantity, 0);
      })
      .catch(() => {});
  },
});
