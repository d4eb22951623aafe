export * from './violation';
export * from './catalog/catalog-types';
export * from './config/config-types';
export * from './evaluator/evaluator-types';
export * from './evaluator/index';
export * from './hash/index';
