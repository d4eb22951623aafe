/** f's result, or `fallback` when it throws: runtime code on a host path never throws into the host. */
export function attempt<T>(f: () => T, fallback?: T): T | undefined {
  try {
    return f();
    // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES2017 has no optional catch binding
  } catch (_) {
    return fallback;
  }
}
