import { isArr, isObj } from './util';

/**
 * A light structural check of a downloaded config before the runtime trusts it: the server validated it fully at
 * publish and the hash catches truncation, so this only rejects documents of another format and top-level members
 * of the wrong type, which the runtime reads directly. Malformed rules, pages and fields inside the arrays are
 * left to compileConfig, which leaves them out as `problems`. null when usable, else a reason code of REASONS
 * (reason-codes.ts) followed by the member: `no_object`, `version`, `no_object settings`, `no_array rules`.
 */
export function checkConfigShape(doc: unknown): string | null {
  if (!isObj(doc)) return 'no_object';
  if (doc.schemaVersion !== 1) return 'version';
  for (const k of ['settings', 'presets', 'variables'])
    if (doc[k] !== undefined && !isObj(doc[k])) return 'no_object ' + k;
  for (const k of ['pages', 'rules', 'chan', 'user', 'propagate'])
    if (doc[k] !== undefined && !isArr(doc[k])) return 'no_array ' + k;
  return null;
}
