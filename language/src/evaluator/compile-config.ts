import type { TrackingConfig } from '../config/config-types';
import type { CompileOptions, CompiledConfig } from './evaluator-types';
import { loadRuntimeConfig } from './load-runtime-config';
import { precompileConfig } from './precompile-config';

/**
 * A config as written, ready for fire/watchList: what the server (precompileConfig) and the runtime
 * (loadRuntimeConfig) do in turn, in one call, for Node-side tools and tests. Never throws.
 */
export function compileConfig(config: TrackingConfig, opts?: CompileOptions): CompiledConfig {
  return loadRuntimeConfig(precompileConfig(config), opts);
}
