/* eslint-disable @typescript-eslint/no-explicit-any */
// The mini-program's globals. They are free identifiers in WeChat's app service; the test host puts them on
// globalThis. Every read goes through `typeof` so a missing one (a plugin, a unit test) is undefined, not a throw.
import { attempt } from '../core/attempt';

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

/** Replaces a global constructor; a no-op where it cannot be replaced (plugins use tw.App/tw.Page/tw.Component). */
export function setGlobal(name: GlobalName, f: AnyFn): void {
  attempt(() => (name === 'App' ? (App = f) : name === 'Page' ? (Page = f) : (Component = f)));
}

export const pages = (): Obj[] => {
  const list = attempt(() => getCurrentPages());
  return Array.isArray(list) ? list : [];
};

export const globalData = (): unknown => attempt(() => getApp().globalData);

/** The navigation bar title from app.json / page.json, where sr-sdk-wxapp reads it too. */
export const navTitle = (route: string): string | undefined =>
  attempt(() => {
    const p = __wxConfig.page || {};
    const w = (p[route] || p[route + '.html'] || {}).window || {};
    return w.navigationBarTitleText || __wxConfig.global.window.navigationBarTitleText || undefined;
  });
