/** Builds a JSON Pointer (RFC 6901) from path segments. */
export function toPointer(segments: readonly (string | number)[]): string {
  return segments.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/** Splits a JSON Pointer into its unescaped segments. */
export function fromPointer(pointer: string): string[] {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * The field as a PM reads it in messages: `/pages/0/rules/1/props/sku/sku_id` → `pages[0].rules[1].props.sku.sku_id`.
 * The root is named 配置文档 / the document by the message builders, not here.
 */
export function fieldLabel(pointer: string): string {
  let out = '';
  for (const seg of fromPointer(pointer)) {
    if (/^\d+$/.test(seg)) out += '[' + seg + ']';
    else out += (out ? '.' : '') + seg;
  }
  return out;
}
