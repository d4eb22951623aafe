/* global wx */
const { apiBase } = require('../config/api');

// The backend answers {code, msg, data}; code 0 is success. Resolves with `data`.
function request({ url, method = 'GET', data }) {
  const session = wx.getStorageSync('session');
  return new Promise((resolve, reject) => {
    wx.request({
      url: apiBase + url,
      method,
      data,
      header: session ? { Authorization: 'Bearer ' + session.token } : {},
      success(res) {
        const body = res.data || {};
        if (res.statusCode === 200 && body.code === 0) resolve(body.data);
        else reject(new Error(body.msg || 'HTTP ' + res.statusCode));
      },
      fail(err) {
        reject(new Error(err.errMsg));
      },
    });
  });
}

module.exports = { request };
