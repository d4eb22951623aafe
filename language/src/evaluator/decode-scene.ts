import { attempt, isKey } from './util';

/**
 * Reads a QR-code scene (`guide_id%3D100%26shop%3D5`, up to 32 chars in WeChat) into `{guide_id: '100', shop: '5'}`.
 * Decodes once as a whole, then splits k=v pairs; a malformed escape keeps the raw text. Never throws.
 */
export function decodeScene(scene: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isKey(scene)) return out;
  // a malformed escape throws: the raw text is kept ('' decodes to '' either way)
  const text = attempt(() => decodeURIComponent(scene as string)) || String(scene);
  for (const pair of text.split('&')) {
    const eq = pair.indexOf('=');
    const k = eq < 0 ? pair : pair.slice(0, eq);
    if (k) out[k] = eq < 0 ? '' : pair.slice(eq + 1);
  }
  return out;
}
