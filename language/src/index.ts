export * from './violation';
export * from './catalog/catalog-types';
export * from './config/config-types';
export * from './evaluator/evaluator-types';
export * from './evaluator/index';
export * from './hash/index';
export { validateConfig } from './config/validate-config';
export { CONFIG_JSON_SCHEMA } from './config/config-json-schema';
export { MAX_CONFIG_BYTES } from './config/check-size';
export { SCOPE_ROOTS } from './config/scope-roots';
export * from './catalog/event-props';
export * from './catalog/interface-bodies';
export { CATALOG, COMMON_REQUIRED_PROPS, COMMON_PROP_NAMES, type EventCatalogEntry } from './catalog/event-catalog';
export { INTERFACE_CATALOG, MAX_ORDERS_PER_CALL, type InterfaceCatalogEntry } from './catalog/interface-catalog';
export { ANALYSIS_MODULES, type AnalysisModule } from './catalog/analysis-modules';
export {
  CUSTOM_ORDER_STATUS_MAPPING,
  CUSTOM_ORDER_STATUS_MAPPING_NOTE,
  type CustomOrderStatusMapping,
} from './catalog/custom-order-status';
export { EVENT_SCHEMAS, INTERFACE_SCHEMAS, SHARED_SCHEMAS } from './catalog/schema-registry';
export { requiredLeafPaths } from './catalog/required-leaf-paths';
export { validateEvent, isYoushuEventName } from './catalog/validate-event';
export { validateInterfaceBody, isYoushuInterfaceName } from './catalog/validate-interface-body';
export { UNCONFIRMED_FACTS, type UnconfirmedFact, type CatalogTarget } from './catalog/unconfirmed-facts';
export { normalizeEventProps, MAX_STAY_TIME_MS } from './catalog/normalize-event-props';
export { SKU_SPU_FALLBACK_EVENTS, SKU_SPU_FALLBACK_FIELDS } from './catalog/sku-spu-fallback';
export { loadConformanceCases, CONFORMANCE_CASES_DIR } from './conformance/load-cases';
export type { ConformanceCase, ConformanceStep, ConformanceExpectation } from './conformance/conformance-case';
