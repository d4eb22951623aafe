/** WeChat mini-program appid: `wx` followed by 16 lowercase hex digits. */
export const APPID_PATTERN = /^wx[0-9a-f]{16}$/;

export const APPID_MESSAGE =
  'appid must be "wx" followed by 16 lowercase hex digits, e.g. wx0123456789abcdef / appid 必须是 wx 加 16 位小写十六进制字符';
