export { canonicalJson } from './canonical-json';
export { sha256Hex } from './sha256-hex';
export { fnv1a32 } from './fnv1a32';
export { sortedJson } from './sorted-json';
