/* eslint-disable @nx/enforce-module-boundaries -- the bundle imports language files one by one (no ajv, no JSON Schemas) */
// The language pieces the runtime bundles, imported file by file so esbuild never pulls ajv or the JSON Schemas in. The
// config arrives precompiled by the server (precompileConfig), so no template scanner, path parser, pattern compiler
// or preset table is among them.
export { loadRuntimeConfig, pageTitle, rx } from '../../../language/src/evaluator/load-runtime-config';
export { fire, watchList } from '../../../language/src/evaluator/fire';
export { resolveFields, mergeKeptField } from '../../../language/src/evaluator/resolve-fields';
export { buildCommonProps, eventProps, nestFields, pagePath } from '../../../language/src/evaluator/build-common-props';
export { decodeScene } from '../../../language/src/evaluator/decode-scene';
export { sortedJson } from '../../../language/src/hash/sorted-json';
export { fnv1a32 } from '../../../language/src/hash/fnv1a32';
export { parseJson } from '../../../language/src/evaluator/filters';
export { normalizeWireProps } from '../../../language/src/catalog/normalize-event-props';
export { readPath } from '../../../language/src/evaluator/read-path';
export { RUNTIME_FORMAT } from '../../../language/src/evaluator/evaluator-types';
export { DEFAULT_SETTINGS } from '../../../language/src/evaluator/runtime-settings';
// one copy of the guards and aliases for language and runtime alike (each alias minifies to one letter per call site)
export { isObj, isArr, isFn, assign, keysOf, attempt, own } from '../../../language/src/evaluator/util';
export type {
  CompiledConfig,
  CompileOptions,
  KeptField,
  PageWatchList,
  RuntimeConfig,
  Scope,
  TriggerEvent,
} from '../../../language/src/evaluator/evaluator-types';
export type { FieldRule, VariableDecl } from '../../../language/src/config/config-types';
