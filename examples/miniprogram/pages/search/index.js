/* global Page, wx */
const { request } = require('../../utils/request');
const { formatPrice } = require('../../utils/price');

Page({
  data: {
    keyword: '',
    goods: [],
    searched: false,
  },

  onLoad(query) {
    const keyword = decodeURIComponent(query.keyword || '');
    this.setData({ keyword });
    if (keyword) this.search(keyword);
  },

  search(keyword) {
    return request({ url: '/goods/search', data: { keyword } })
      .then((res) => {
        const goods = res.list.map((g) => Object.assign({}, g, { priceText: formatPrice(g.price) }));
        this.setData({ goods, searched: true });
      })
      .catch(() => wx.showToast({ title: '搜索失败', icon: 'none' }));
  },

  onSearchConfirm(e) {
    const keyword = (e.detail.value || '').trim();
    if (!keyword) return;
    this.setData({ keyword });
    this.search(keyword);
  },
});
