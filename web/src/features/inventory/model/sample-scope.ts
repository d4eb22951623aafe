import { compilePattern, type Scope, type Trigger } from '@trackway/language';
import type { InventoryItem } from '../../../api/api-types';

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});

/**
 * The scope a rule would see on the last observed sample (issue 13 previews): the page's data from its
 * top-level setData keys, its query and title, and the trigger's own root (event, response, item).
 * Null when the device never reported the page or the trigger: there is nothing to preview.
 */
export function sampleScope(items: InventoryItem[], trigger: Trigger | undefined, route?: string): Scope | null {
  const re = route ? compilePattern(route, 'route') : null;
  const onPage = (i: InventoryItem) => !re || re.test(i.route);
  const page = items.find((i) => i.kind === 'page' && onPage(i));
  const data: Obj = {};
  for (const i of items)
    if (i.kind === 'data' && onPage(i) && !/[.[]/.test(i.name) && !(i.name in data)) data[i.name] = i.sample;
  const scope: Scope = {
    data,
    query: obj(obj(page?.sample).query),
    page: page ? { route: page.route, title: obj(page.sample).title } : undefined,
  };
  const t = trigger as (Trigger & Obj) | undefined;
  if (t?.kind === 'method' && typeof t.method === 'string') {
    const comp = typeof t.component === 'string' ? compilePattern(t.component, 'route') : null;
    const seen = items.find((i) =>
      comp
        ? i.kind === 'component' && i.name === t.method && comp.test(i.route)
        : i.kind === 'method' && i.name === t.method && onPage(i),
    );
    if (!seen) return null;
    scope.event = seen.sample;
  } else if (t?.kind === 'request' && typeof t.url === 'string') {
    const url = compilePattern(t.url, 'url');
    const seen = items.find((i) => i.kind === 'request' && url?.test(i.name.replace(/^[A-Z]+\s+/, '')));
    if (!seen) return null;
    const s = obj(seen.sample);
    scope.request = { url: seen.name.replace(/^[A-Z]+\s+/, ''), method: seen.name.split(' ')[0] };
    scope.response = { statusCode: s.status, data: s.data };
  } else if (t?.kind === 'expose') {
    scope.item = items.find((i) => i.kind === 'expose' && onPage(i) && i.name === t.selector)?.sample;
  }
  return page || Object.keys(data).length || scope.event || scope.response ? scope : null;
}
