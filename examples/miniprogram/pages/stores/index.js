/* global Page, wx */
const { request } = require('../../utils/request');

Page({
  data: {
    stores: [],
    selectedId: '',
  },

  onLoad() {
    const selected = wx.getStorageSync('selectedStore');
    this.setData({ selectedId: selected ? selected.id : '' });
    request({ url: '/stores' })
      .then((stores) => this.setData({ stores }))
      .catch(() => wx.showToast({ title: '门店加载失败', icon: 'none' }));
  },

  onPickStore(e) {
    const store = this.data.stores.find((s) => s.id === e.currentTarget.dataset.id);
    if (!store) return;
    wx.setStorageSync('selectedStore', { id: store.id, name: store.name });
    wx.navigateBack();
  },
});
