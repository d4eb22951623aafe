export { canonicalJson } from './canonical-json';
export { sha256Hex } from './sha256-hex';
