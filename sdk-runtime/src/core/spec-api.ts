/* eslint-disable @nx/enforce-module-boundaries -- the bundle imports spec files one by one (no ajv, no JSON Schemas) */
// The spec pieces the runtime bundles, imported file by file so esbuild never pulls ajv or the JSON Schemas in. The
// config arrives precompiled by the server (precompileConfig), so no template scanner, path parser, pattern compiler
// or preset table is among them.
export { loadRuntimeConfig, pageTitle, rx } from '../../../spec/src/evaluator/load-runtime-config';
export { fire, watchList } from '../../../spec/src/evaluator/fire';
export { resolveFields, mergeKeptField } from '../../../spec/src/evaluator/resolve-fields';
export { buildCommonProps, eventProps, nestFields, pagePath } from '../../../spec/src/evaluator/build-common-props';
export { decodeScene } from '../../../spec/src/evaluator/decode-scene';
export { canonicalJson } from '../../../spec/src/hash/canonical-json';
export { sha256Hex } from '../../../spec/src/hash/sha256-hex';
export { parseJson } from '../../../spec/src/evaluator/filters';
export { normalizeEventProps } from '../../../spec/src/catalog/normalize-event-props';
export { readPath } from '../../../spec/src/evaluator/read-path';
export { RUNTIME_FORMAT } from '../../../spec/src/evaluator/evaluator-types';
export { DEFAULT_SETTINGS } from '../../../spec/src/evaluator/runtime-settings';
// one copy of the guards and aliases for spec and runtime alike (each alias minifies to one letter per call site)
export { isObj, isArr, isFn, assign, keysOf, attempt, own } from '../../../spec/src/evaluator/util';
export type {
  CompiledConfig,
  CompileOptions,
  KeptField,
  PageWatchList,
  RuntimeConfig,
  Scope,
  TriggerEvent,
} from '../../../spec/src/evaluator/evaluator-types';
export type { FieldRule, VariableDecl } from '../../../spec/src/config/config-types';
