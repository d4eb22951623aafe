import { compilePattern } from '@trackway/language';
import type { InventoryItem } from '../../../api/api-types';

/** One picker choice: the value written into the rule, and what the PM reads beside it. */
export interface PickerOption {
  value: string;
  label: string;
}

// A segment that is an id, not a name: digits (10086), long hex (5f3a9c2e) or a uuid — a wildcard matches all.
const ID_SEGMENT = /^(\d+|[0-9a-f]{8,}|[0-9a-f]{8}-[0-9a-f-]{27})$/i;

/** `pages/shop/10086/detail` → `pages/shop/{asterisk}/detail`; null when no segment looks like an id. */
export function proposeRouteWildcard(route: string): string | null {
  const parts = route.split('/');
  const next = parts.map((p) => (ID_SEGMENT.test(p) ? '*' : p));
  return next.some((p, i) => p !== parts[i]) ? next.join('/') : null;
}

/** `POST https://api.shop.com/v2/order/submit?x=1` → `**\/order/submit`: the last two path segments. */
export function proposeUrlPattern(name: string): string {
  const url = name.replace(/^[A-Z]+\s+/, '').replace(/[?#].*$/, '');
  const path = url.replace(/^[a-z]+:\/\/[^/]+/i, '');
  const segs = path.split('/').filter(Boolean);
  return segs.length ? `**/${segs.slice(-2).join('/')}` : url;
}

const short = (v: unknown): string => {
  const s = v === undefined ? '' : JSON.stringify(v);
  return s.length > 40 ? `${s.slice(0, 39)}…` : s;
};

const onRoute = (route: string | undefined) => {
  const re = route ? compilePattern(route, 'route') : null;
  return (i: InventoryItem) => !re || re.test(i.route);
};

const unique = (opts: PickerOption[]): PickerOption[] => {
  const seen = new Set<string>();
  return opts.filter((o) => !seen.has(o.value) && (seen.add(o.value), true));
};

/** Observed page routes with their title, plus a wildcard proposal where a route has ids. */
export function routeOptions(items: InventoryItem[]): PickerOption[] {
  return unique(
    items
      .filter((i) => i.kind === 'page')
      .flatMap((i) => {
        const title = (i.sample as { title?: unknown } | null)?.title;
        const own = { value: i.route, label: typeof title === 'string' && title ? `${i.route} · ${title}` : i.route };
        const wild = proposeRouteWildcard(i.route);
        return wild ? [{ value: wild, label: `${wild} · *` }, own] : [own];
      }),
  );
}

/** Page methods called on the chosen page, each with its event type and dataset keys. */
export function methodOptions(items: InventoryItem[], route: string | undefined): PickerOption[] {
  return unique(
    items
      .filter((i) => i.kind === 'method' && onRoute(route)(i))
      .map((i) => {
        const s = (i.sample ?? {}) as { type?: unknown; dataset?: unknown };
        const keys = s.dataset && typeof s.dataset === 'object' ? Object.keys(s.dataset) : [];
        const type = typeof s.type === 'string' ? s.type : '';
        return {
          value: i.name,
          label: [i.name, type, keys.length ? `dataset: ${keys.join(', ')}` : ''].filter(Boolean).join(' · '),
        };
      }),
  );
}

/** Data paths set on the chosen page, each with its last sample value. */
export function dataPathOptions(items: InventoryItem[], route: string | undefined): PickerOption[] {
  return unique(
    items
      .filter((i) => i.kind === 'data' && onRoute(route)(i))
      .map((i) => ({ value: i.name, label: `${i.name} = ${short(i.sample)}` })),
  );
}

/** Request URLs seen, proposed as patterns (`**\/order/submit`), with the observed call beside. */
export function urlOptions(items: InventoryItem[]): PickerOption[] {
  return unique(
    items.filter((i) => i.kind === 'request').map((i) => ({ value: proposeUrlPattern(i.name), label: i.name })),
  );
}

/** The HTTP method a device called a URL pattern with (`POST` for `**\/api/orders`), when it saw one. */
export function observedMethod(items: InventoryItem[], pattern: string): string | undefined {
  const seen = items.find((i) => i.kind === 'request' && proposeUrlPattern(i.name) === pattern);
  return seen ? /^([A-Z]+)\s/.exec(seen.name)?.[1] : undefined;
}

/** Component paths whose methods were called (the `component` of a method trigger). */
export function componentOptions(items: InventoryItem[]): PickerOption[] {
  return unique(
    items.filter((i) => i.kind === 'component').map((i) => ({ value: i.route, label: `${i.route} · ${i.name}` })),
  );
}

/** Methods of one component path. */
export function componentMethodOptions(items: InventoryItem[], component: string): PickerOption[] {
  const re = compilePattern(component, 'route');
  return unique(
    items
      .filter((i) => i.kind === 'component' && (!re || re.test(i.route)))
      .map((i) => ({ value: i.name, label: `${i.name} · ${i.route}` })),
  );
}
