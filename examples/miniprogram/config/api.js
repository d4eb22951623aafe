// The shop's own backend.
module.exports = {
  apiBase: 'https://shop.example.com/api',
};
