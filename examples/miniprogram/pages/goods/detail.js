/* global Page, wx */
const { request } = require('../../utils/request');
const { formatPrice } = require('../../utils/price');

Page({
  data: {
    goods: null,
    quantity: 1,
    adding: false,
  },

  onLoad(query) {
    this.goodsId = query.id;
    request({ url: '/goods/' + encodeURIComponent(query.id) })
      .then((goods) => {
        this.setData({
          goods: Object.assign({}, goods, {
            priceText: formatPrice(goods.price),
            marketPriceText: formatPrice(goods.marketPrice),
          }),
        });
        wx.setNavigationBarTitle({ title: goods.title });
      })
      .catch(() => wx.showToast({ title: '商品不存在', icon: 'none' }));
  },

  onMinus() {
    if (this.data.quantity > 1) this.setData({ quantity: this.data.quantity - 1 });
  },

  onPlus() {
    const stock = this.data.goods ? this.data.goods.stock : 1;
    if (this.data.quantity < stock) this.setData({ quantity: this.data.quantity + 1 });
  },

  onAddToCart() {
    const { goods, quantity, adding } = this.data;
    if (!goods || adding) return;
    this.setData({ adding: true });
    request({ url: '/cart/items', method: 'POST', data: { skuId: goods.id, quantity } })
      .then(() => {
        this.setData({ adding: false });
        wx.showToast({ title: '已加入购物车' });
      })
      .catch((err) => {
        this.setData({ adding: false });
        wx.showToast({ title: err.message, icon: 'none' });
      });
  },

  onGoCart() {
    wx.switchTab({ url: '/pages/cart/index' });
  },

  onShareAppMessage() {
    const goods = this.data.goods;
    return {
      title: goods ? goods.title : '有品小铺',
      path: '/pages/goods/detail?id=' + this.goodsId,
      imageUrl: goods ? goods.images[0] : '',
    };
  },
});
