/* eslint-disable @typescript-eslint/no-explicit-any */
import { attempt } from '../core/language-api';
import { isFn, type AnyFn } from './wx-globals';

/** Marks functions the runtime produced, so nothing is wrapped twice (sr-sdk-wxapp's proxies, a second init). */
export const MARK = '__tw';

export const isMarked = (f: unknown): boolean => isFn(f) && !!(f as any)[MARK];

export function mark<F extends AnyFn>(f: F, orig?: unknown): F {
  // a frozen function stays unmarked; wrapping is still guarded by the caller
  attempt(() => Object.defineProperty(f, MARK, { value: orig || true }));
  return f;
}

let onError: (where: string, error: unknown) => void = () => undefined;
export const setErrorSink = (f: typeof onError) => void (onError = f);

/** Runs runtime code on a host path: whatever it throws stays here. */
export function safe(where: string, f: () => unknown): void {
  try {
    f();
  } catch (e) {
    // the error sink itself may fail; nothing is left to tell then
    attempt(() => onError(where, e));
  }
}

export type Phase = 'before' | 'after';
export type Hook = (phase: Phase, self: any, args: IArguments, result?: unknown) => void;

/**
 * The one wrapper of host functions (lifecycle hooks, page and component methods): `hook` runs before and after
 * the original, which keeps its `this`, arguments, return value and exceptions. Lifecycle hooks (`lifecycle`)
 * run `after` even when the original threw; methods fire `after` only on return, after a returned promise
 * resolves ("a method that throws does not fire after"). `orig` may be missing for a lifecycle hook the runtime adds.
 */
export function around(orig: AnyFn | undefined, name: string, hook: Hook, lifecycle?: boolean): AnyFn {
  return mark(function (this: any) {
    // eslint-disable-next-line prefer-rest-params -- ES5-style wrapper keeps arguments.length as the host sent it
    const args = arguments;
    const after = (result: unknown) => safe(name, () => hook('after', this, args, result));
    safe(name, () => hook('before', this, args));
    if (lifecycle) {
      let result: unknown;
      try {
        return (result = orig && orig.apply(this, args as unknown as unknown[]));
      } finally {
        after(result);
      }
    }
    const r = (orig as AnyFn).apply(this, args as unknown as unknown[]);
    safe(name, () => (r && isFn(r.then) ? r.then(after, () => undefined) : after(r)));
    return r;
  }, orig || true);
}

/** Wraps obj[name] as a lifecycle hook; `create` adds it when the definition lacks it. */
export function wrapMember(obj: any, name: string, hook: Hook, create: boolean): void {
  const orig = obj[name];
  if (isMarked(orig) || (!isFn(orig) && (!create || orig !== undefined))) return;
  obj[name] = around(orig, name, hook, true);
}
