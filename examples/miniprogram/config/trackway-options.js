// Trackway init options. `server` is the Trackway server (config delivery and, by default, the report
// receiver); `token` is the app's Youshu token. Replace both placeholders before uploading the mini-program.
module.exports = {
  appid: 'wx0123456789abcdef',
  server: 'https://trackway.example.com',
  token: 'YOUR_YOUSHU_TOKEN',
};
