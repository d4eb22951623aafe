/** RFC 6901 helpers for the violation paths of the catalog validators. */

export function escapePointerSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function pointerSegments(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** `/orders/3/payment_info` → `orders[3].payment_info`: how a PM reads a field name. */
export function pointerToFieldName(pointer: string): string {
  let name = '';
  for (const segment of pointerSegments(pointer)) {
    if (/^(0|[1-9][0-9]*)$/.test(segment)) name += `[${segment}]`;
    else name += name === '' ? segment : `.${segment}`;
  }
  return name;
}

function isContainer(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** The value at `pointer`, or undefined when any step is missing. Reads own properties only. */
export function valueAtPointer(document: unknown, pointer: string): unknown {
  let current: unknown = document;
  for (const segment of pointerSegments(pointer)) {
    if (!isContainer(current) || !Object.prototype.hasOwnProperty.call(current, segment)) return undefined;
    current = current[segment];
  }
  return current;
}

/**
 * Position of `pointer` in the document, as the index of each step among its siblings (Infinity for a step that is
 * missing, such as a required field): sorting by it lists violations in document order.
 */
export function documentPosition(document: unknown, pointer: string): number[] {
  const position: number[] = [];
  let current: unknown = document;
  for (const segment of pointerSegments(pointer)) {
    const keys = isContainer(current) ? Object.keys(current) : [];
    const index = keys.indexOf(segment);
    position.push(index < 0 ? Infinity : index);
    current = index < 0 ? undefined : (current as Record<string, unknown>)[segment];
  }
  return position;
}

export function comparePositions(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
    if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return a.length - b.length;
}
