import type { Violation } from '../violation';
import { configViolation } from './config-violation';

/** design.md §5: a published config is at most 256 KB (WeChat keeps 1 MB per storage key; the runtime caches it). */
export const MAX_CONFIG_BYTES = 256 * 1024;

/**
 * Size of the canonical JSON. Canonical JSON (sorted keys, no blanks) has exactly the bytes of JSON.stringify
 * in another key order, so the length is measured without sorting.
 */
export function configByteLength(doc: unknown): number {
  return utf8Length(JSON.stringify(doc) ?? '');
}

// Counted by hand: the web editor runs this validator in the browser, where Buffer does not exist.
function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      n += 4; // a surrogate pair is one 4-byte code point
      i++;
    } else n += 3;
  }
  return n;
}

/** `json` is the document's JSON text (validateConfig has it already). */
export function checkSize(json: string): Violation[] {
  const bytes = utf8Length(json);
  if (bytes <= MAX_CONFIG_BYTES) return [];
  const kb = (bytes / 1024).toFixed(1);
  return [
    configViolation(
      '',
      'too_large',
      `配置有 ${kb} KB，超过上限 256 KB；删除不用的规则或把重复的映射合并`,
      `the config is ${kb} KB, over the 256 KB limit; remove unused rules or merge repeated mappings`,
    ),
  ];
}
