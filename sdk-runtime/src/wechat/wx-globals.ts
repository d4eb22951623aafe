/* eslint-disable @typescript-eslint/no-explicit-any */
// The mini-program's globals. They are free identifiers in WeChat's app service; the test host puts them on
// globalThis. Every read goes through `typeof` so a missing one (a plugin, a unit test) is undefined, not a throw.
export type AnyFn = (...args: any[]) => any;
export type Obj = Record<string, any>;

declare const wx: Obj;
declare let App: AnyFn;
declare let Page: AnyFn;
declare let Component: AnyFn;
declare const getApp: AnyFn;
declare const getCurrentPages: () => Obj[];
declare const __wxConfig: Obj;

export type GlobalName = 'App' | 'Page' | 'Component';

export const getWx = (): Obj | undefined => (typeof wx === 'object' && wx ? wx : undefined);

export function getGlobal(name: GlobalName): AnyFn | undefined {
  const f = name === 'App' ? typeof App !== 'undefined' && App : name === 'Page' ? typeof Page !== 'undefined' && Page : typeof Component !== 'undefined' && Component;
  return typeof f === 'function' ? f : undefined;
}

/** Replaces a global constructor; false where it cannot be replaced (plugins use tw.App/tw.Page/tw.Component). */
export function setGlobal(name: GlobalName, f: AnyFn): boolean {
  try {
    if (name === 'App') App = f;
    else if (name === 'Page') Page = f;
    else Component = f;
    return getGlobal(name) === f;
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES2017 has no optional catch binding
  } catch (_) {
    return false;
  }
}

export function pages(): Obj[] {
  try {
    const list = typeof getCurrentPages === 'function' ? getCurrentPages() : [];
    return Array.isArray(list) ? list : [];
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES2017 has no optional catch binding
  } catch (_) {
    return [];
  }
}

export function globalData(): unknown {
  try {
    const app = typeof getApp === 'function' ? getApp() : undefined;
    return app ? app.globalData : undefined;
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES2017 has no optional catch binding
  } catch (_) {
    return undefined;
  }
}

/** The navigation bar title from app.json / page.json, where sr-sdk-wxapp reads it too. */
export function navTitle(route: string): string | undefined {
  try {
    const p = __wxConfig.page || {};
    const w = (p[route] || p[route + '.html'] || {}).window || {};
    return w.navigationBarTitleText || (__wxConfig.global && __wxConfig.global.window && __wxConfig.global.window.navigationBarTitleText) || undefined;
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES2017 has no optional catch binding
  } catch (_) {
    return undefined;
  }
}
