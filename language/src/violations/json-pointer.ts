/** RFC 6901 helpers shared by the validators' violation paths. */

/** Builds a JSON Pointer from path segments: `['props', 'a/b']` → `/props/a~1b`. */
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
 * The root is '' here; each validator names it in its messages.
 */
export function fieldLabel(pointer: string): string {
  let out = '';
  for (const seg of fromPointer(pointer)) {
    if (/^(0|[1-9][0-9]*)$/.test(seg)) out += '[' + seg + ']';
    else out += (out ? '.' : '') + seg;
  }
  return out;
}

function isContainer(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The value at `pointer`, or undefined when any step is missing. Reads own properties only. */
export function valueAtPointer(document: unknown, pointer: string): unknown {
  let current: unknown = document;
  for (const seg of fromPointer(pointer)) {
    if (!isContainer(current) || !Object.prototype.hasOwnProperty.call(current, seg)) return undefined;
    current = current[seg];
  }
  return current;
}

/**
 * Where `pointer` sits in the document: the index of each step among its siblings, up to the first step that is
 * missing (a required field), so a missing field sorts with its parent.
 */
export function documentPosition(document: unknown, pointer: string): number[] {
  const position: number[] = [];
  let current: unknown = document;
  for (const seg of fromPointer(pointer)) {
    const index = isContainer(current) ? Object.keys(current).indexOf(seg) : -1;
    if (index < 0) break;
    position.push(index);
    current = (current as Record<string, unknown>)[seg];
  }
  return position;
}
