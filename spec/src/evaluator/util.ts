/** Small guards shared by the evaluator files (one copy in the runtime bundle). */
export const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
export const isArr = Array.isArray;
export const own = (o: object, k: PropertyKey): boolean => Object.prototype.hasOwnProperty.call(o, k);
/** undefined, null and '' count as "no value" for sources, $coalesce and `default`. */
export const empty = (v: unknown): boolean => v === undefined || v === null || v === '';
export const list = <T>(v: unknown): T[] => (isArr(v) ? v : []);
