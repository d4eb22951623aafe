/* global Page, wx */
const { request } = require('../../utils/request');
const { formatPrice } = require('../../utils/price');

const PAGE_SIZE = 6;

function withPriceText(list) {
  return list.map((g) => Object.assign({}, g, { priceText: formatPrice(g.price) }));
}

Page({
  data: {
    goods: [],
    page: 0,
    hasMore: true,
    loading: false,
    store: null,
    keyword: '',
  },

  onLoad() {
    this.loadGoods(1);
  },

  onShow() {
    this.setData({ store: wx.getStorageSync('selectedStore') || null });
  },

  loadGoods(page) {
    if (this.data.loading) return Promise.resolve();
    this.setData({ loading: true });
    return request({ url: '/goods', data: { page, size: PAGE_SIZE } })
      .then((res) => {
        const list = withPriceText(res.list);
        this.setData({
          goods: page === 1 ? list : this.data.goods.concat(list),
          page,
          hasMore: page * PAGE_SIZE < res.total,
          loading: false,
        });
      })
      .catch(() => {
        this.setData({ loading: false });
        wx.showToast({ title: '加载失败', icon: 'none' });
      });
  },

  onPullDownRefresh() {
    this.loadGoods(1).then(() => wx.stopPullDownRefresh());
  },

  onReachBottom() {
    if (this.data.hasMore) this.loadGoods(this.data.page + 1);
  },

  onKeywordInput(e) {
    this.setData({ keyword: e.detail.value });
  },

  onSearchConfirm(e) {
    const keyword = (e.detail.value || '').trim();
    if (!keyword) return;
    wx.navigateTo({ url: '/pages/search/index?keyword=' + encodeURIComponent(keyword) });
  },

  onPickStore() {
    wx.navigateTo({ url: '/pages/stores/index' });
  },
});
