/* eslint-disable @typescript-eslint/no-explicit-any */
// The mini-program's globals. They are free identifiers in WeChat's app service; the test host puts them on
// globalThis. Every read is guarded, so a missing one (a plugin, a unit test) is undefined, not a throw.
import { attempt, isFn as isFnOf, isObj } from '../core/language-api';

export type AnyFn = (...args: any[]) => any;
export type Obj = Record<string, any>;

declare const wx: Obj;
declare let App: AnyFn;
declare let Page: AnyFn;
declare let Component: AnyFn;
declare const getApp: AnyFn;
declare const getCurrentPages: () => Obj[];
declare const __wxConfig: Obj;

export const isFn = isFnOf as (f: unknown) => f is AnyFn;
export const objOr = (v: unknown): Obj => (isObj(v) ? v : {});

export type GlobalName = 'App' | 'Page' | 'Component';

export const getWx = (): Obj | undefined => attempt(() => wx);

/** Reads a global constructor, or replaces it with `f`: a no-op where it cannot be replaced (plugins use tw.App…). */
export const global = (name: GlobalName, f?: AnyFn): AnyFn | undefined =>
  attempt(() =>
    name === 'App'
      ? f
        ? (App = f)
        : App
      : name === 'Page'
        ? f
          ? (Page = f)
          : Page
        : f
          ? (Component = f)
          : Component,
  );

export const pages = (): Obj[] => attempt(() => getCurrentPages()) || [];

export const globalData = (): unknown => attempt(() => getApp().globalData);

const titles: Record<string, string | undefined> = {};
/** The navigation bar title from app.json / page.json, where sr-sdk-wxapp reads it too (read once per route). */
export const navTitle = (route: string): string | undefined =>
  route in titles
    ? titles[route]
    : (titles[route] = attempt(() => {
        const p = __wxConfig.page || {};
        const w = (p[route] || p[route + '.html'] || {}).window || {};
        return w.navigationBarTitleText || __wxConfig.global.window.navigationBarTitleText || undefined;
      }));
/** `Load` → `load`, `PullDownRefresh` → `pullDownRefresh`: a hook's name as a trigger's `on`. */
export const lowerFirst = (s: string): string => s[0].toLowerCase() + s.slice(1);
