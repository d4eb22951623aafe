import type { Violation } from '../violation';
import { parsePath } from '../evaluator/parse-path';
import { compilePattern } from '../evaluator/patterns';
import { configViolation } from './config-violation';
import { asArray, isObject, ruleSites } from './config-sites';

const ROUTE_HINT = {
  zh: '路由模式无效：不带开头的 /、不含 ? 和空白，* 匹配一段路径，** 匹配任意',
  en: "is not a valid route pattern: no leading '/', no '?' or blanks; * = one path segment, ** = anything",
};
const URL_HINT = {
  zh: 'URL 模式无效：不能有空白，* 匹配除 / 外的任意字符，** 匹配任意',
  en: 'is not a valid URL pattern: no blanks; * = anything but /, ** = anything',
};

/** Route patterns, URL patterns, component paths and data paths the runtime could not match. */
export function checkPatterns(doc: unknown): Violation[] {
  if (!isObject(doc)) return [];
  const out: Violation[] = [];
  const route = (v: unknown, at: string) => {
    if (typeof v === 'string' && v && !compilePattern(v, 'route'))
      out.push(configViolation(at, 'bad_pattern', ROUTE_HINT.zh, ROUTE_HINT.en));
  };
  const url = (v: unknown, at: string) => {
    if (typeof v === 'string' && v && !compilePattern(v, 'url'))
      out.push(configViolation(at, 'bad_pattern', URL_HINT.zh, URL_HINT.en));
  };
  // a page data path (a data trigger's, an expose trigger's list): no computed keys, nothing but page data to read
  const dataPath = (v: unknown, at: string) => {
    const segs = typeof v === 'string' && v ? parsePath(v) : [];
    if (!segs || segs.some((s) => Array.isArray(s)))
      out.push(
        configViolation(
          at,
          'bad_path',
          '数据路径无效：用点号和 [n] 下标，如 goods.list[0].sku_id',
          'is not a valid data path: use dots and [n] indexes, e.g. goods.list[0].sku_id',
        ),
      );
  };
  asArray(doc.pages).forEach((page, p) => {
    if (isObject(page)) route(page.route, `/pages/${p}/route`);
  });
  for (const { rule, path } of ruleSites(doc)) {
    const t = rule.trigger;
    if (!isObject(t)) continue;
    if (t.kind === 'method') route(t.component, `${path}/trigger/component`);
    if (t.kind === 'request') url(t.url, `${path}/trigger/url`);
    if (t.kind === 'data') dataPath(t.path, `${path}/trigger/path`);
    if (t.kind === 'expose') dataPath(t.list, `${path}/trigger/list`);
  }
  asArray(doc.propagate).forEach((rule, i) => {
    if (isObject(rule)) url(rule.url, `/propagate/${i}/url`);
  });
  return out;
}
