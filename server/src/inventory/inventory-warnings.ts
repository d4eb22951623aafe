import { compilePattern, type Rule, type TrackingConfig, type Violation } from '@trackway/language';

/** The keys of an app's inventory the publish check compares rules with. */
export interface InventoryKey {
  kind: string;
  route: string;
  name: string;
}

const warn = (path: string, zh: string, en: string): Violation => ({
  path,
  code: 'not_observed',
  severity: 'warning',
  message: { zh, en },
});

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

// `cartGoods[3].num` is seen as `cartGoods[0].num` (the inventory keeps lists by their first item); a computed
// key (`list[event.dataset.index]`) is left unchecked.
const normalizeDataPath = (p: string): string | undefined =>
  /\[(?!\d+\])/.test(p) ? undefined : p.replace(/\[\d+\]/g, '[0]');

/**
 * Publish check of issue 13: warnings, never errors, for rules that point at a route, method, data path,
 * component or request URL no device of this app reported in a debug session. Nothing when the app has no
 * inventory yet (every rule would warn). Paths are JSON Pointers to the field that names the unseen thing.
 */
export function inventoryWarnings(config: unknown, items: InventoryKey[]): Violation[] {
  if (!items.length || !isObject(config)) return [];
  const c = config as unknown as TrackingConfig;
  const of = (kind: string) => items.filter((i) => i.kind === kind);
  const pages = of('page');
  const out: Violation[] = [];

  const checkRule = (rule: Rule, at: string, route: RegExp | null) => {
    const t = isObject(rule) && isObject(rule.trigger) ? rule.trigger : undefined;
    if (!t) return;
    const onRoute = (i: InventoryKey) => !route || route.test(i.route);
    if (t.kind === 'method' && typeof t.method === 'string') {
      const comp = typeof t.component === 'string' ? compilePattern(t.component, 'route') : undefined;
      const seen = comp
        ? of('component').some((i) => i.name === t.method && comp.test(i.route))
        : t.component === undefined
          ? of('method').some((i) => i.name === t.method && onRoute(i)) ||
            (!route && of('component').some((i) => i.name === t.method))
          : true;
      if (!seen && comp)
        out.push(
          warn(
            at + '/trigger/component',
            `调试会话中从未见过组件 ${t.component} 的方法 ${t.method}`,
            `method ${t.method} of component ${t.component} was never observed in a debug session`,
          ),
        );
      else if (!seen)
        out.push(
          warn(
            at + '/trigger/method',
            `调试会话中从未见过方法 ${t.method} 被调用（是否已改名？）`,
            `method ${t.method} was never observed being called in a debug session (renamed?)`,
          ),
        );
    }
    if (t.kind === 'data' && typeof t.path === 'string') {
      const p = normalizeDataPath(t.path);
      if (p !== undefined && !of('data').some((i) => i.name === p && onRoute(i)))
        out.push(
          warn(
            at + '/trigger/path',
            `调试会话中从未见过数据路径 ${t.path}`,
            `data path ${t.path} was never observed in setData in a debug session`,
          ),
        );
    }
    if (t.kind === 'request' && typeof t.url === 'string') {
      const url = compilePattern(t.url, 'url');
      const method = typeof t.method === 'string' ? t.method.toUpperCase() : undefined;
      const seen = of('request').some((i) => {
        const sp = i.name.indexOf(' ');
        return (!method || i.name.slice(0, sp) === method) && !!url && url.test(i.name.slice(sp + 1));
      });
      if (url && !seen)
        out.push(
          warn(
            at + '/trigger/url',
            `调试会话中从未见过匹配 ${t.url} 的请求`,
            `no request matching ${t.url} was observed in a debug session`,
          ),
        );
    }
  };

  (Array.isArray(c.pages) ? c.pages : []).forEach((page, i) => {
    if (!isObject(page)) return;
    const route = typeof page.route === 'string' ? compilePattern(page.route, 'route') : null;
    if (route && !pages.some((p) => route.test(p.route)))
      out.push(
        warn(
          `/pages/${i}/route`,
          `调试会话中从未打开过匹配 ${page.route} 的页面`,
          `no page matching route ${page.route} was opened in a debug session`,
        ),
      );
    (Array.isArray(page.rules) ? page.rules : []).forEach((r, j) => checkRule(r, `/pages/${i}/rules/${j}`, route));
  });
  (Array.isArray(c.rules) ? c.rules : []).forEach((r, j) => checkRule(r, `/rules/${j}`, null));
  return out;
}
