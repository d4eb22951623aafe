import type * as Runtime from '../../src/index';

export type RuntimeModule = typeof Runtime;

/**
 * A fresh copy of the runtime (its module state is per app run, like a mini-program's). From the sources by
 * default; `dist` loads the built bundle instead (what a mini-program ships). `TW_RUNTIME=dist npx jest` runs the
 * whole suite against the bundle, which checks the build's property mangling and second minifier pass.
 */
export function loadRuntime(from: 'src' | 'dist' = process.env.TW_RUNTIME === 'dist' ? 'dist' : 'src'): RuntimeModule {
  let mod: RuntimeModule | undefined;
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a fresh module instance per app run
    mod = from === 'dist' ? require('../../dist/index.js') : require('../../src/index');
  });
  return mod as RuntimeModule;
}
