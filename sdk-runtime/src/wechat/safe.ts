/* eslint-disable @typescript-eslint/no-explicit-any */
import type { AnyFn } from './wx-globals';

/** Marks functions the runtime produced, so nothing is wrapped twice (sr-sdk-wxapp's proxies, a second init). */
export const MARK = '__tw';

export const isMarked = (f: unknown): boolean => typeof f === 'function' && !!(f as any)[MARK];

export function mark<F extends AnyFn>(f: F, orig?: unknown): F {
  try {
    Object.defineProperty(f, MARK, { value: orig || true });
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES2017 has no optional catch binding
  } catch (_) {
    // a frozen function stays unmarked; wrapping is still guarded by the caller
  }
  return f;
}

let onError: (where: string, error: unknown) => void = () => undefined;
export const setErrorSink = (f: typeof onError) => void (onError = f);

/** Runs runtime code on a host path: whatever it throws stays here. */
export function safe(where: string, f: () => void): void {
  try {
    f();
  } catch (e) {
    try {
      onError(where, e);
      // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES2017 has no optional catch binding
    } catch (_) {
      // the error sink itself failed; nothing left to tell
    }
  }
}

/**
 * Wraps obj[name] so `before` and `after` run around the original, which keeps its `this`, arguments, return
 * value and exceptions. `after` sees the return value and runs even when the original threw (lifecycle hooks),
 * unless `onlyOnReturn` (method triggers: "a method that throws does not fire after").
 */
export function wrapMember(
  obj: any,
  name: string,
  hooks: { before?: (self: any, args: IArguments) => void; after?: (self: any, args: IArguments, result: unknown) => void },
  create: boolean,
  onlyOnReturn?: boolean,
): void {
  const orig = obj[name];
  if (isMarked(orig) || (typeof orig !== 'function' && (!create || orig !== undefined))) return;
  obj[name] = mark(function (this: any) {
    // eslint-disable-next-line prefer-rest-params -- ES5-style wrapper keeps arguments.length as the host sent it
    const args = arguments;
    if (hooks.before) safe(name, () => hooks.before!(this, args));
    let result: unknown;
    let returned = false;
    try {
      result = typeof orig === 'function' ? orig.apply(this, args) : undefined;
      returned = true;
      return result;
    } finally {
      if (hooks.after && (returned || !onlyOnReturn)) safe(name, () => hooks.after!(this, args, result));
    }
  }, orig || true);
}
