/* global Page, wx */
const MESSAGES = {
  success: '支付成功',
  cancel: '已取消支付，订单已保留',
  fail: '支付失败，请稍后重试',
};

Page({
  data: {
    status: 'success',
    message: '',
    orderNo: '',
  },

  onLoad(query) {
    const status = MESSAGES[query.status] ? query.status : 'fail';
    this.setData({ status, message: MESSAGES[status], orderNo: query.orderNo || '' });
  },

  onBackHome() {
    wx.switchTab({ url: '/pages/index/index' });
  },
});
