/** One problem in a rejected upload: a JSON Pointer into the (decrypted) body and a message in both languages. */
export interface ReportProblem {
  path: string;
  message: { zh: string; en: string };
}

/**
 * Why an upload was refused as a whole; nothing of it is stored. `code` is the non-zero Youshu-style `code` of
 * the answer (sr-sdk-wxapp and the runtime only check `code === 0`, then retry), `error` a stable name for tests
 * and dashboards. Codes: 4xx00 + n, by HTTP status.
 */
export class ReportRejection {
  constructor(
    readonly status: number,
    readonly code: number,
    readonly error: string,
    readonly msg: string,
    readonly problems: ReportProblem[] = [],
    readonly headers: Record<string, string> = {},
  ) {}

  body(): string {
    return JSON.stringify({
      code: this.code,
      msg: this.msg,
      error: this.error,
      ...(this.problems.length ? { errors: this.problems } : {}),
    });
  }
}

export const rejections = {
  badToken: () =>
    new ReportRejection(
      401,
      40100,
      'invalid_token',
      'Query parameter token is missing or is not the collector token of a known app / 查询参数 token 缺失或不是已登记小程序的上报 token',
    ),
  invalidJson: (detail: string) =>
    new ReportRejection(
      400,
      40001,
      'invalid_json',
      `The body is not a JSON array of events (${detail}) / 请求体不是事件 JSON 数组（${detail}）`,
    ),
  invalidEvents: (problems: ReportProblem[]) =>
    new ReportRejection(
      400,
      40002,
      'invalid_events',
      `${problems.length} event field(s) have the wrong type; nothing was stored / ${problems.length} 个事件字段类型错误，本次上报未保存`,
      problems.slice(0, 50),
    ),
  tooManyEvents: (count: number, max: number) =>
    new ReportRejection(
      400,
      40003,
      'too_many_events',
      `${count} events in one upload; at most ${max} / 单次上报 ${count} 个事件，最多 ${max} 个`,
    ),
  badEncryption: (detail: string) =>
    new ReportRejection(
      400,
      40004,
      'invalid_encryption',
      `The encrypted body cannot be read: ${detail} / 加密请求体无法解密：${detail}`,
    ),
  tooLarge: (max: number) =>
    new ReportRejection(
      413,
      41300,
      'payload_too_large',
      `The body is larger than ${max} bytes / 请求体超过 ${max} 字节`,
      [],
      { connection: 'close' },
    ),
  methodNotAllowed: () =>
    new ReportRejection(405, 40500, 'method_not_allowed', 'Only POST / 仅支持 POST', [], { allow: 'POST' }),
  rateLimited: (retryAfterSeconds: number) =>
    new ReportRejection(
      429,
      42900,
      'rate_limited',
      `Too many events for this token; retry in ${retryAfterSeconds} s / 该 token 上报过于频繁，请 ${retryAfterSeconds} 秒后重试`,
      [],
      { 'retry-after': String(retryAfterSeconds) },
    ),
  unavailable: (why: string) =>
    new ReportRejection(503, 50300, 'unavailable', `${why}; retry later / 服务暂不可用，请稍后重试`, [], {
      'retry-after': '1',
    }),
};
